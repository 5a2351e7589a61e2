using System.Data.Common;
using Sitrep.Core.Contract;
using Sitrep.Reconcile.Claims;
using Sitrep.Reconcile.Common;
using Sitrep.Storage.Relational;

namespace Sitrep.Storage;

public sealed partial class SitrepStore
{
    private const string ClaimColumns = "id, document_id, json, outlet, published";

    /// <summary>The claim window, for tests: its capacity may be lowered and what it holds counted.</summary>
    internal ClaimWindow ClaimWindowForTests => claimWindow;

    /// <summary>Stores the claims with store-wide ids, keeps the document's own contradictions, and relates each
    /// claim about a place to stored claims about the same place from other documents (<see cref="ClaimComparer"/>).</summary>
    private async Task AddClaimsAsync(Statements connection, DbTransaction tx, PreparedDocument prepared, long seq, CancellationToken ct)
    {
        var claims = prepared.Claims;
        for (var ordinal = 0; ordinal < claims.Count; ordinal++)
        {
            var (c, p) = (claims[ordinal], prepared.ClaimFacts[ordinal]);
            await dialect.InsertClaimAsync(connection, tx, new ClaimRow(
                c.StoreId, c.DocumentId, c.Claim.Id, seq, ordinal, c.Claim.Place?.GeonameId, p.PlaceKey, c.Claim.Side,
                c.Claim.Kind, c.Claim.Stance, p.FromDay, p.ToDay, c.Outlet, c.Published, prepared.ClaimJson[ordinal]), ct);
        }

        // what matching reads, worked out on the extracting threads for each claim that may relate to another (a
        // place, a side, a kind with relations), sharing the window's strings: it is compared below and, when dated,
        // held in the window
        var facts = new MatchableClaim?[claims.Count];
        for (var ordinal = 0; ordinal < claims.Count; ordinal++)
        {
            var c = claims[ordinal];
            if (prepared.ClaimFacts[ordinal].Facts is { } own)
            {
                facts[ordinal] = claimWindow.Share(own);
                if (prepared.ClaimFacts[ordinal].From is not null)
                {
                    claimWindow.Add(c, facts[ordinal]!, c.Claim.Place!.GeonameId, seq, ordinal);
                }
            }
        }

        Dictionary<string, int>? byLocalId = null; // made when a claim names another it contradicts (few do)
        var links = claimLinks;
        links.Clear();
        for (var ordinal = 0; ordinal < claims.Count; ordinal++)
        {
            var c = claims[ordinal];
            var position = new ClaimPosition(seq, ordinal);
            foreach (var other in c.Claim.Contradicts)
            {
                byLocalId ??= claims.Select((x, i) => (x.Claim.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
                if (byLocalId.TryGetValue(other, out var contradicted))
                {
                    links.Add(new LinkRow(position, new ClaimPosition(seq, contradicted), LinkRelations.Contradicts, "in the same document"));
                }
            }

            var kinds = ClaimComparer.KindsRelatedTo(c.Claim.Kind);
            if (c.Claim.Place is not { } place || c.Claim.Side is not { } side || kinds.Count == 0)
            {
                continue;
            }

            // Only claims by another side, about the same place, of a kind it may relate to, dated within the widest
            // window (or both undated).
            if (prepared.ClaimFacts[ordinal].From is { } from)
            {
                foreach (var s in await DatedCandidatesAsync(connection, tx, c, place.GeonameId, side, kinds, from.DayNumber - ClaimComparer.PossessionDays,
                    prepared.ClaimFacts[ordinal].To!.Value.DayNumber + ClaimComparer.PossessionDays, ct))
                {
                    Relate(links, position, facts[ordinal]!, new ClaimPosition(s.Seq, s.Ordinal), s.Facts);
                }
            }
            else
            {
                foreach (var (stored, s) in await connection.QueryAsync(tx, KindSql.Of(kinds.Count).Undated, r => (new ClaimPosition(r.Long(5), r.Long(6)), MatchableClaim.ForMatching(ReadParsed(r))),
                    ct, [("@geoname", place.GeonameId), ("@doc", c.DocumentId), ("@side", side), .. KindArgs(kinds)]))
                {
                    Relate(links, position, facts[ordinal]!, stored, s);
                }
            }
        }

        await LinkAsync(connection, tx, links, ct);
    }

    /// <summary>Adds the link of a new claim to a stored one, when they relate (<see cref="ClaimComparer.Compare"/>).</summary>
    private static void Relate(List<LinkRow> links, ClaimPosition claim, MatchableClaim facts, ClaimPosition other, MatchableClaim otherFacts)
    {
        if (ClaimComparer.Compare(facts, otherFacts) is { } relation)
        {
            var code = relation.Kind == ClaimRelationKind.Contradicts ? LinkRelations.Contradicts : LinkRelations.Corroborates;
            links.Add(new LinkRow(claim, other, code, relation.Reason));
        }
    }

    /// <summary>Stored dated claims about the place by another side, from other documents, whose period overlaps
    /// [<paramref name="min"/>, <paramref name="max"/>] (day numbers), in ingest order: from the claim window (after
    /// reading the place from the store when the window does not hold it), and those ending before what the window
    /// holds of the place (a claim dated long before its publication) straight from the store.</summary>
    private async Task<List<WindowClaim>> DatedCandidatesAsync(Statements connection, DbTransaction tx, ClaimReport claim, long geonameId, string side, IReadOnlyList<string> kinds, int min, int max, CancellationToken ct)
    {
        if (claimWindow.HeldFrom(geonameId) is not { } held)
        {
            held = claimWindow.LoadFrom(min);
            var stored = await connection.QueryAsync(tx, WindowLoadSql, r => (ReadParsed(r), r.Long(5), (int)r.Long(6)),
                ct, [("@geoname", geonameId), ("@cutoff", Day(held)), .. WindowKindArgs]);
            StoreMetrics.WindowClaims.Add(stored.Count);
            claimWindow.Load(geonameId, held, stored);
        }

        var found = claimWindow.Candidates(geonameId, claim.DocumentId, side, kinds, min, max);
        if (min < held)
        {
            var older = await connection.QueryAsync(tx, KindSql.Of(kinds.Count).Older, r => claimWindow.Compact(ReadParsed(r), r.Long(5), (int)r.Long(6)),
                ct, [("@geoname", geonameId), ("@max", Day(max)), ("@min", Day(min)), ("@held", Day(held)), ("@side", side), ("@doc", claim.DocumentId), .. KindArgs(kinds)]);
            StoreMetrics.WindowClaims.Add(older.Count);
            found = ClaimWindow.Merge(found, older);
        }

        return found;

        static string Day(int day) => IsoDates.Format(DateOnly.FromDayNumber(day))!;
    }

    /// <summary>The kinds the claim window holds (those that relate to some kind), as the window's load query filters
    /// them: the same set that decides which new claims join it.</summary>
    private static readonly string WindowKindIn =
        $"kind IN ({string.Join(", ", ClaimComparer.KindsWithRelations.Select((_, i) => $"@related{i}"))})";

    private static readonly string WindowLoadSql = $"""
        SELECT {ClaimColumns}, seq, ordinal FROM claims
        WHERE geoname_id = @geoname AND date_to >= @cutoff AND date_from IS NOT NULL AND side IS NOT NULL AND {WindowKindIn}
        ORDER BY seq, ordinal
        """;

    private static readonly (string, object?)[] WindowKindArgs =
        [.. ClaimComparer.KindsWithRelations.Select((k, i) => ($"@related{i}", (object?)k))];

    private static IEnumerable<(string, object?)> KindArgs(IReadOnlyList<string> kinds)
    {
        var names = KindSql.Of(kinds.Count).Names;
        for (var i = 0; i < kinds.Count; i++)
        {
            yield return (names[i], kinds[i]);
        }
    }

    /// <summary>The text of the two queries for stored claims of some kinds (undated claims; dated claims older than
    /// the window holds) and their kinds' parameter names, which depend only on how many kinds there are: made once
    /// for each count, not for every claim that looks for candidates (the text also keys the transaction's prepared
    /// command, <see cref="Statements"/>).</summary>
    private sealed record KindSql(string Undated, string Older, string[] Names)
    {
        private static KindSql?[] made = [];

        public static KindSql Of(int count)
        {
            var known = Volatile.Read(ref made);
            if (count < known.Length && known[count] is { } sql)
            {
                return sql;
            }

            string[] names = [.. Enumerable.Range(0, count).Select(i => $"@kind{i}")];
            var kindIn = $"kind IN ({string.Join(", ", names)})";
            sql = new KindSql($"""
                SELECT {ClaimColumns}, seq, ordinal FROM claims
                WHERE geoname_id = @geoname AND document_id <> @doc AND side <> @side AND date_from IS NULL AND {kindIn}
                ORDER BY seq, ordinal
                """, $"""
                SELECT {ClaimColumns}, seq, ordinal FROM claims
                WHERE geoname_id = @geoname AND date_from <= @max AND date_to >= @min AND date_to < @held AND side IS NOT NULL
                  AND side <> @side AND document_id <> @doc AND {kindIn}
                ORDER BY seq, ordinal
                """, names);
            var grown = new KindSql?[Math.Max(known.Length, count + 1)];
            known.CopyTo(grown, 0);
            grown[count] = sql;
            Volatile.Write(ref made, grown); // a race only makes the same text twice
            return sql;
        }
    }

    /// <summary>Stores each link once, under the newer of its two claims (see <see cref="LinkRow"/>): a link read from
    /// either claim is the same link, so the first of each pair of claims and relation is kept, as the reverse of a link
    /// stored both ways was. The rows go in the key's order: a new claim's links at the end of the table's key.</summary>
    private Task LinkAsync(Statements connection, DbTransaction tx, List<LinkRow> links, CancellationToken ct)
    {
        if (links.Count == 0)
        {
            return Task.CompletedTask;
        }

        var rows = linkRows;
        rows.Clear();
        linkKeys.Clear();
        foreach (var l in links)
        {
            var row = l.Claim.CompareTo(l.Other) >= 0 ? l : l with { Claim = l.Other, Other = l.Claim };
            if (linkKeys.Add((row.Claim, row.Other, row.Relation)))
            {
                rows.Add(row);
            }
        }

        rows.Sort(static (a, b) => a.Claim.CompareTo(b.Claim) is var c and not 0 ? c
            : a.Other.CompareTo(b.Other) is var o and not 0 ? o : a.Relation.CompareTo(b.Relation));
        return dialect.InsertLinksAsync(connection, tx, rows, ct);
    }

    /// <summary>The links of the document being stored, and the rows they give, reused by the one thread that writes.</summary>
    private readonly List<LinkRow> claimLinks = [];

    private readonly List<LinkRow> linkRows = [];

    private readonly HashSet<(ClaimPosition, ClaimPosition, int)> linkKeys = [];

    /// <summary>A stored claim read for matching (its parsed JSON shared through the store's cache).</summary>
    private ClaimReport ReadParsed(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), claimJson.Parse(r.GetString(2)), r.Text(3), r.Text(4));

    private static ClaimReport ReadClaim(DbDataReader r) =>
        new(r.GetString(0), r.GetString(1), FromJson<ClaimDto>(r.GetString(2)), r.Text(3), r.Text(4));

    /// <summary>The order claims are listed in: placed claims by place, date and document, then the unplaced ones. Each
    /// half is its own query so that the placed half walks <c>ix_claims_window</c> in order and stops at the limit
    /// (one query ordered by "unplaced last" sorted every matching claim with its JSON first: 35 s for the contested
    /// claims of 100,000 documents).</summary>
    private static readonly (string Where, string OrderBy)[] ClaimListOrder =
    [
        ("geoname_id IS NOT NULL", "geoname_id, date_from, seq, ordinal"),
        ("geoname_id IS NULL", "date_from, seq, ordinal"),
    ];

    /// <summary>How many claim ids one query for their contradictions names.</summary>
    private const int LinkBatch = 500;

    public async Task<IReadOnlyList<ClaimDto>> QueryClaimsAsync(ClaimQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new List<string>();
        var args = new List<(string, object?)>();
        PlaceFilter(query.Place, "geoname_id", "place_key", where, args);
        if (query.ContestedOnly)
        {
            // a link is stored once, under the newer claim: the claim contradicts or is contradicted by another
            where.Add($"""
                (EXISTS (SELECT 1 FROM claim_links l WHERE l.seq = claims.seq AND l.ordinal = claims.ordinal AND l.relation = {LinkRelations.Contradicts})
                 OR EXISTS (SELECT 1 FROM claim_links l WHERE l.other_seq = claims.seq AND l.other_ordinal = claims.ordinal AND l.relation = {LinkRelations.Contradicts}))
                """);
        }

        await using var connection = await dialect.OpenAsync(cancellationToken);
        var claims = new List<(ClaimReport Claim, ClaimPosition Position)>();
        foreach (var (half, orderBy) in ClaimListOrder)
        {
            var left = query.Limit - claims.Count;
            if (left <= 0)
            {
                break;
            }

            claims.AddRange(await connection.QueryAsync(null, $"""
                SELECT {ClaimColumns}, seq, ordinal FROM claims WHERE {string.Join(" AND ", [half, .. where])}
                ORDER BY {orderBy}
                LIMIT @limit
                """, r => (ReadClaim(r), new ClaimPosition(r.Long(5), r.Long(6))), cancellationToken, [.. args, ("@limit", (long)left)]));
        }

        // the listed claims' contradictions, both ways (each link is stored once, under the newer claim), with the
        // other claim's id. The listed places lead the join (CROSS JOIN keeps SQLite's order): left to choose, SQLite
        // 3.53 built a temporary index over every link for each batch (10 s for 10,000 claims of 6,000 documents).
        var links = new List<(ClaimPosition Claim, string Other)>();
        foreach (var batch in claims.Select(c => c.Position).Distinct().Chunk(LinkBatch))
        {
            var positions = string.Join(", ", batch.Select((_, i) => $"(@s{i}, @o{i})"));
            links.AddRange(await connection.QueryAsync(null, $"""
                WITH listed (seq, ordinal) AS (VALUES {positions})
                SELECT p.seq, p.ordinal, o.id FROM listed p CROSS JOIN claim_links l
                    JOIN claims o ON o.seq = l.other_seq AND o.ordinal = l.other_ordinal
                WHERE l.seq = p.seq AND l.ordinal = p.ordinal AND l.relation = {LinkRelations.Contradicts}
                UNION ALL
                SELECT p.seq, p.ordinal, o.id FROM listed p CROSS JOIN claim_links l
                    JOIN claims o ON o.seq = l.seq AND o.ordinal = l.ordinal
                WHERE l.other_seq = p.seq AND l.other_ordinal = p.ordinal AND l.relation = {LinkRelations.Contradicts}
                  AND NOT (l.seq = l.other_seq AND l.ordinal = l.other_ordinal)
                """, r => (Claim: new ClaimPosition(r.Long(0), r.Long(1)), Other: r.GetString(2)), cancellationToken,
                [.. batch.SelectMany((p, i) => new (string, object?)[] { ($"@s{i}", p.Seq), ($"@o{i}", p.Ordinal) })]));
        }

        var contradicts = links.OrderBy(l => l.Other, StringComparer.Ordinal).ToLookup(l => l.Claim, l => l.Other);
        return [.. claims.Select(c => Stored(c.Claim, [.. contradicts[c.Position]]))];
    }

    public async Task<IReadOnlyList<ClaimLink>> GetClaimLinksAsync(string claimId, CancellationToken cancellationToken = default)
    {
        // the claim's place from its id, then its links stored under it (to older claims) and under newer claims
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QueryAsync(null, """
            SELECT o.id, l.relation, l.reason
            FROM claims c JOIN claim_links l ON l.seq = c.seq AND l.ordinal = c.ordinal
                 JOIN claims o ON o.seq = l.other_seq AND o.ordinal = l.other_ordinal
            WHERE c.id = @id
            UNION
            SELECT o.id, l.relation, l.reason
            FROM claims c JOIN claim_links l ON l.other_seq = c.seq AND l.other_ordinal = c.ordinal
                 JOIN claims o ON o.seq = l.seq AND o.ordinal = l.ordinal
            WHERE c.id = @id
            ORDER BY 2, 1
            """, r => new ClaimLink(claimId, r.GetString(0), LinkRelations.Name(r.Long(1)), r.GetString(2)), cancellationToken, ("@id", claimId));
    }

    /// <summary>The claim as the store shows it: store-wide id, store-wide contradictions, its document, outlet and date.</summary>
    private static ClaimDto Stored(ClaimReport c, List<string> contradicts) => new()
    {
        Id = c.StoreId,
        Claimant = c.Claim.Claimant,
        Side = c.Claim.Side,
        Kind = c.Claim.Kind,
        Place = c.Claim.Place,
        Extent = c.Claim.Extent,
        Stance = c.Claim.Stance,
        Start = c.Claim.Start,
        End = c.Claim.End,
        Text = c.Claim.Text,
        From = c.Claim.From,
        To = c.Claim.To,
        Confidence = c.Claim.Confidence,
        Hedge = c.Claim.Hedge,
        Contradicts = contradicts,
        DocumentId = c.DocumentId,
        Outlet = c.Outlet,
        Published = c.Published,
    };
}
