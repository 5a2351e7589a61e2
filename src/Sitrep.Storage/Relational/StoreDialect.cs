using System.Data.Common;

namespace Sitrep.Storage.Relational;

/// <summary>What differs between SQLite and PostgreSQL: connections, schema scripts, locking and full-text search.</summary>
internal abstract class StoreDialect : IAsyncDisposable
{
    public abstract string Provider { get; }

    public abstract IReadOnlyList<Migration> Migrations { get; }

    /// <summary>How the dialect keeps a document's extraction (see <see cref="ISitrepStore.ExtractionForm"/>): as text
    /// unless it says otherwise.</summary>
    public virtual ExtractionForm ExtractionForm => ExtractionForm.Json;

    public abstract ValueTask<DbConnection> OpenAsync(CancellationToken ct);

    /// <summary>Serialises writers (ingest reconciles against what is stored, so two writers must not interleave).</summary>
    public virtual Task LockAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Search statement with parameters @q (from <see cref="SearchQuery"/>) and @limit; selects the
    /// summary columns then a snippet.</summary>
    public abstract string SearchSql(string summaryColumns);

    /// <summary>The user's query in the engine's syntax, or null when nothing searchable is left.</summary>
    public abstract string? SearchQuery(string query);

    /// <summary>Runs on the connection of a writing batch before its transaction (e.g. bulk-load settings).</summary>
    public virtual Task PrepareWriterAsync(DbConnection connection, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Runs on the connection of a writing batch once its transaction has committed (e.g. to start copying the
    /// write-ahead log into the database on another thread).</summary>
    public virtual void Committed(DbConnection connection)
    {
    }

    /// <summary>Runs once per migration run, before the scripts (e.g. journal mode).</summary>
    public virtual Task PrepareAsync(DbConnection connection, CancellationToken ct) => Task.CompletedTask;

    /// <summary>Inserts a document's row (a dialect whose schema does not index it for search does that too).</summary>
    public virtual async Task InsertDocumentAsync(Statements statements, DbTransaction transaction, DocumentRow row, CancellationToken ct)
    {
        await statements.ExecAsync(transaction, DocumentRow.InsertSql, ct,
            ("@seq", row.Seq), ("@id", row.Id), ("@title", row.Title), ("@url", row.Url), ("@outlet", row.Outlet),
            ("@published", row.Published), ("@language", row.Language), ("@medium", row.Medium), ("@origin", row.Origin),
            ("@added", row.AddedAt), ("@events", row.Events), ("@claims", row.Claims), ("@text", row.Text),
            ("@extraction", row.Json), ("@omits", row.Omits));
    }

    public virtual Task InsertReportAsync(Statements statements, DbTransaction transaction, ReportRow row, CancellationToken ct) =>
        statements.ExecAsync(transaction, ReportRow.InsertSql, ct,
            ("@doc", row.DocumentId), ("@local", row.LocalId), ("@event", row.EventId), ("@seq", row.Seq), ("@ordinal", row.Ordinal),
            ("@family", row.Family), ("@from", row.From), ("@to", row.To), ("@geoname", row.GeonameId), ("@lat", row.Lat),
            ("@lon", row.Lon), ("@reason", row.Reason), ("@json", Utf8(row.Json)));

    public virtual Task InsertClaimAsync(Statements statements, DbTransaction transaction, ClaimRow row, CancellationToken ct) =>
        statements.ExecAsync(transaction, ClaimRow.InsertSql, ct,
            ("@id", row.Id), ("@doc", row.DocumentId), ("@local", row.LocalId), ("@seq", row.Seq), ("@ordinal", row.Ordinal),
            ("@geoname", row.GeonameId), ("@place", row.PlaceKey), ("@side", row.Side), ("@kind", row.Kind), ("@stance", row.Stance),
            ("@from", row.From), ("@to", row.To), ("@outlet", row.Outlet), ("@published", row.Published), ("@json", Utf8(row.Json)));

    /// <summary>Inserts claim links (a link already stored is kept), many rows per statement.</summary>
    public virtual async Task InsertLinksAsync(Statements statements, DbTransaction transaction, IReadOnlyList<LinkRow> rows, CancellationToken ct)
    {
        const int RowsPerStatement = 200;
        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var values = string.Join(", ", chunk.Select((_, i) => $"(@s{i}, @o{i}, @os{i}, @oo{i}, @r{i}, @why{i})"));
            var args = chunk.SelectMany((l, i) => new (string, object?)[]
            {
                ($"@s{i}", l.Claim.Seq), ($"@o{i}", l.Claim.Ordinal), ($"@os{i}", l.Other.Seq), ($"@oo{i}", l.Other.Ordinal),
                ($"@r{i}", (short)l.Relation), ($"@why{i}", l.Reason),
            });
            await statements.ExecAsync(transaction, $"""
                INSERT INTO claim_links (seq, ordinal, other_seq, other_ordinal, relation, reason) VALUES {values}
                ON CONFLICT (seq, ordinal, other_seq, other_ordinal, relation) DO NOTHING
                """, ct, [.. args]);
        }
    }

    private static string Utf8(byte[] json) => System.Text.Encoding.UTF8.GetString(json);

    /// <summary>Inserts the row of an event opened by the batch, once its reports are known: its columns and its JSON,
    /// given as UTF-8 (see <see cref="EventJsonState"/>).</summary>
    public virtual Task InsertEventAsync(Statements statements, DbTransaction transaction, EventColumns row, long firstSeq, ReadOnlyMemory<byte> json, CancellationToken ct) =>
        statements.ExecAsync(transaction, EventColumns.InsertSql, ct,
            ("@id", row.Id), ("@seq", firstSeq), ("@type", row.Type), ("@subtype", row.Subtype), ("@from", row.From), ("@to", row.To),
            ("@geoname", row.GeonameId), ("@place", row.PlaceKey), ("@json", System.Text.Encoding.UTF8.GetString(json.Span)),
            ("@latestFrom", row.LatestFrom), ("@earliestTo", row.EarliestTo), ("@namedDay", row.NamedDay));

    /// <summary>Writes an event's row: its columns and its JSON, given as UTF-8 (see <see cref="EventJsonState"/>).</summary>
    public virtual Task UpdateEventAsync(Statements statements, DbTransaction transaction, EventColumns row, ReadOnlyMemory<byte> json, CancellationToken ct) =>
        statements.ExecAsync(transaction, EventColumns.UpdateSql, ct,
            ("@id", row.Id), ("@type", row.Type), ("@subtype", row.Subtype), ("@from", row.From), ("@to", row.To),
            ("@geoname", row.GeonameId), ("@place", row.PlaceKey), ("@json", System.Text.Encoding.UTF8.GetString(json.Span)),
            ("@latestFrom", row.LatestFrom), ("@earliestTo", row.EarliestTo), ("@namedDay", row.NamedDay));

    /// <summary>Writes an event's JSON and the bounds beside it (no indexed column: see <see cref="EventIndexed"/>).</summary>
    public virtual Task UpdateEventJsonAsync(Statements statements, DbTransaction transaction, EventColumns row, ReadOnlyMemory<byte> json, CancellationToken ct) =>
        statements.ExecAsync(transaction, EventColumns.UpdateJsonSql, ct,
            ("@id", row.Id), ("@json", System.Text.Encoding.UTF8.GetString(json.Span)),
            ("@latestFrom", row.LatestFrom), ("@earliestTo", row.EarliestTo), ("@namedDay", row.NamedDay));

    public virtual ValueTask DisposeAsync() => ValueTask.CompletedTask;
}

/// <summary>The columns of an event's row beside its JSON; the last three are its reports' dates that bound what may
/// join it (<see cref="Sitrep.Reconcile.Events.EventSpan"/>).</summary>
internal readonly record struct EventColumns(string Id, string Type, string Subtype, string? From, string? To, long? GeonameId, string? PlaceKey,
    string? LatestFrom, string? EarliestTo, string? NamedDay)
{
    public const string InsertSql = """
        INSERT INTO events (id, first_seq, type, subtype, date_from, date_to, geoname_id, place_key, json,
                            latest_from, earliest_to, named_day)
        VALUES (@id, @seq, @type, @subtype, @from, @to, @geoname, @place, @json, @latestFrom, @earliestTo, @namedDay)
        """;

    public const string UpdateSql = """
        UPDATE events SET type = @type, subtype = @subtype, date_from = @from, date_to = @to,
                          geoname_id = @geoname, place_key = @place, json = @json,
                          latest_from = @latestFrom, earliest_to = @earliestTo, named_day = @namedDay
        WHERE id = @id
        """;

    public const string UpdateJsonSql = """
        UPDATE events SET json = @json, latest_from = @latestFrom, earliest_to = @earliestTo, named_day = @namedDay
        WHERE id = @id
        """;
}

/// <summary>The columns of an event's row that <see cref="StoreDialect.UpdateEventJsonAsync"/> leaves as they are: those
/// an index holds (dates, place) and the type and subtype that queries filter on.</summary>
internal readonly record struct EventIndexed(string Type, string Subtype, string? From, string? To, long? GeonameId, string? PlaceKey)
{
    public EventIndexed(EventColumns row)
        : this(row.Type, row.Subtype, row.From, row.To, row.GeonameId, row.PlaceKey)
    {
    }
}
