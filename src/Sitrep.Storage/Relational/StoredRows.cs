namespace Sitrep.Storage.Relational;

/// <summary>A document's row; its extraction is compact JSON without the parts <paramref name="Omits"/> names (see
/// <see cref="StoredExtraction"/>), either UTF-8 deflated (<paramref name="ExtractionDeflated"/>, see
/// <see cref="StoredExtraction.Deflate"/>) or text (<paramref name="ExtractionJson"/>), as it was prepared
/// (<see cref="PreparedDocument"/>); each dialect converts the other form to its own (<paramref name="Omits"/> does
/// not say which: the store that keeps it deflated adds the flag). <paramref name="TextUtf8"/> is the text in UTF-8
/// when it was prepared so (for SQLite), else null.</summary>
internal sealed record DocumentRow(
    long Seq, string Id, string? Title, string? Url, string? Outlet, string? Published, string Language, string? Medium,
    string? Origin, string AddedAt, long Events, long Claims, string Text, byte[]? TextUtf8, byte[]? ExtractionDeflated, string? ExtractionJson, long Omits)
{
    /// <summary>The extraction deflated (SQLite's form), deflated here when it was prepared as text.</summary>
    public byte[] Deflated => ExtractionDeflated ?? StoredExtraction.Deflate(System.Text.Encoding.UTF8.GetBytes(ExtractionJson!));

    /// <summary>The extraction as text (PostgreSQL's form), inflated here when it was prepared deflated.</summary>
    public string Json => ExtractionJson ?? StoredExtraction.Inflate(ExtractionDeflated!);

    public const string InsertSql = """
        INSERT INTO documents (seq, id, title, url, outlet, published, language, medium, origin, added_at,
                               event_count, claim_count, text, extraction, extraction_omits)
        VALUES (@seq, @id, @title, @url, @outlet, @published, @language, @medium, @origin, @added,
                @events, @claims, @text, @extraction, @omits)
        """;
}

/// <summary>An event report's row; <paramref name="Json"/> is the report's event as compact JSON in UTF-8.</summary>
internal readonly record struct ReportRow(
    string DocumentId, string LocalId, string EventId, long Seq, long Ordinal, string Family, string? From, string? To,
    long? GeonameId, double? Lat, double? Lon, string Reason, byte[] Json)
{
    public const string InsertSql = """
        INSERT INTO event_reports (document_id, local_id, event_id, seq, ordinal, family, date_from, date_to,
                                   geoname_id, lat, lon, reason, json)
        VALUES (@doc, @local, @event, @seq, @ordinal, @family, @from, @to, @geoname, @lat, @lon, @reason, @json)
        """;
}

/// <summary>A claim's row; <paramref name="Json"/> is the claim as compact JSON in UTF-8.</summary>
internal readonly record struct ClaimRow(
    string Id, string DocumentId, string LocalId, long Seq, long Ordinal, long? GeonameId, string? PlaceKey, string? Side,
    string Kind, string Stance, string? From, string? To, string? Outlet, string? Published, byte[] Json)
{
    public const string InsertSql = """
        INSERT INTO claims (id, document_id, local_id, seq, ordinal, geoname_id, place_key, side, kind, stance,
                            date_from, date_to, outlet, published, json)
        VALUES (@id, @doc, @local, @seq, @ordinal, @geoname, @place, @side, @kind, @stance, @from, @to, @outlet, @published, @json)
        """;
}

/// <summary>A claim's place in ingest order: its document's sequence number and its ordinal in that document. Claim
/// links are stored under these (migration 9), so that a new claim's links land at the end of the links' key.</summary>
internal readonly record struct ClaimPosition(long Seq, long Ordinal) : IComparable<ClaimPosition>
{
    public int CompareTo(ClaimPosition other) => Seq != other.Seq ? Seq.CompareTo(other.Seq) : Ordinal.CompareTo(other.Ordinal);
}

/// <summary>A claim link's row, stored once: <paramref name="Claim"/> is the newer claim of the two (the later in ingest
/// order), <paramref name="Other"/> the older; <paramref name="Relation"/> is <see cref="LinkRelations"/>' code.</summary>
internal readonly record struct LinkRow(ClaimPosition Claim, ClaimPosition Other, int Relation, string Reason)
{
    public const string InsertSql = """
        INSERT INTO claim_links (seq, ordinal, other_seq, other_ordinal, relation, reason)
        VALUES (@seq, @ordinal, @otherSeq, @otherOrdinal, @relation, @reason)
        ON CONFLICT (seq, ordinal, other_seq, other_ordinal, relation) DO NOTHING
        """;
}

/// <summary>The relations' codes in <c>claim_links.relation</c>, in the order of their names (a listing ordered by
/// code is ordered by name).</summary>
internal static class LinkRelations
{
    public const int Contradicts = 0;
    public const int Corroborates = 1;

    public static string Name(long code) => code switch
    {
        Contradicts => ClaimLink.Contradicts,
        Corroborates => ClaimLink.Corroborates,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "not a claim relation's code"),
    };
}
