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

        Dictionary<string, ClaimReport>? byLocalId = null; // made when a claim names another it contradicts (few do)
        var links = claimLinks;
        links.Clear();
        for (var ordinal = 0; ordinal < claims.Count; ordinal++)
        {
            var c = claims[ordinal];
            foreach (var other in c.Claim.Contradicts)
            {
                byLocalId ??= claims.ToDictionary(x => x.Claim.Id, StringComparer.Ordinal);
                if (byLocalId.TryGetValue(other, out var contradicted))
                {
                    links.Add(new ClaimLink(c.StoreId, contradicted.StoreId, ClaimLink.Contradicts, "in the same document"));
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
                    Relate(links, c.StoreId, facts[ordinal]!, s.StoreId, s.Facts);
                }
            }
            else
            {
                foreach (var (storeId, s) in await connection.QueryAsync(tx, $"""
                    SELECT {ClaimColumns} FROM claims
                    WHERE geoname_id = @geoname AND document_id <> @doc AND side <> @side AND date_from IS NULL AND {KindIn(kinds)}
                    ORDER BY seq, ordinal
                    """, r => (r.GetString(0), MatchableClaim.ForMatching(ReadParsed(r))),
                    ct, [("@geoname", place.GeonameId), ("@doc", c.DocumentId), ("@side", side), .. KindArgs(kinds)]))
                {
                    Relate(links, c.StoreId, facts[ordinal]!, storeId, s);
                }
            }
        }

        await LinkAsync(connection, tx, links, ct);
    }

    /// <summary>Adds the link of a new claim to a stored one, when they relate (<see cref="ClaimComparer.Compare"/>).</summary>
    private static void Relate(List<ClaimLink> links, string storeId, MatchableClaim facts, string otherId, MatchableClaim other)
    {
        if (ClaimComparer.Compare(facts, other) is { } relation)
        {
            var name = relation.Kind == ClaimRelationKind.Contradicts ? ClaimLink.Contradicts : ClaimLink.Corroborates;
            links.Add(new ClaimLink(storeId, otherId, name, relation.Reason));
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
            var stored = await connection.QueryAsync(tx, $"""
                SELECT {ClaimColumns}, seq, ordinal FROM claims
                WHERE geoname_id = @geoname AND date_to >= @cutoff AND date_from IS NOT NULL AND side IS NOT NULL AND {WindowKindIn}
                ORDER BY seq, ordinal
                """, r => (ReadParsed(r), r.Long(5), (int)r.Long(6)),
                ct, [("@geoname", geonameId), ("@cutoff", Day(held)), .. WindowKindArgs]);
            StoreMetrics.WindowClaims.Add(stored.Count);
            claimWindow.Load(geonameId, held, stored);
        }

        var found = claimWindow.Candidates(geonameId, claim.DocumentId, side, kinds, min, max);
        if (min < held)
        {
            var older = await connection.QueryAsync(tx, $"""
                SELECT {ClaimColumns}, seq, ordinal FROM claims
                WHERE geoname_id = @geoname AND date_from <= @max AND date_to >= @min AND date_to < @held AND side IS NOT NULL
                  AND side <> @side AND document_id <> @doc AND {KindIn(kinds)}
                ORDER BY seq, ordinal
                """, r => claimWindow.Compact(ReadParsed(r), r.Long(5), (int)r.Long(6)),
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

    private static readonly (string, object?)[] WindowKindArgs =
        [.. ClaimComparer.KindsWithRelations.Select((k, i) => ($"@related{i}", (object?)k))];

    private static string KindIn(IReadOnlyList<string> kinds) => $"kind IN ({string.Join(", ", kinds.Select((_, i) => $"@kind{i}"))})";

    private static IEnumerable<(string, object?)> KindArgs(IReadOnlyList<string> kinds) => kinds.Select((k, i) => ($"@kind{i}", (object?)k));

    /// <summary>Stores each link both ways (see <see cref="StoreDialect.InsertLinksAsync"/>).</summary>
    private Task LinkAsync(Statements connection, DbTransaction tx, List<ClaimLink> links, CancellationToken ct)
    {
        if (links.Count == 0)
        {
            return Task.CompletedTask;
        }

        // each link, then its reverse, the first of each (claim, other claim, relation) kept
        var rows = linkRows;
        rows.Clear();
        linkKeys.Clear();
        foreach (var l in links)
        {
            if (linkKeys.Add((l.ClaimId, l.OtherClaimId, l.Relation)))
            {
                rows.Add(l);
            }

            if (linkKeys.Add((l.OtherClaimId, l.ClaimId, l.Relation)))
            {
                rows.Add(l with { ClaimId = l.OtherClaimId, OtherClaimId = l.ClaimId });
            }
        }

        return dialect.InsertLinksAsync(connection, tx, rows, ct);
    }

    /// <summary>The links of the document being stored, and the rows they give, reused by the one thread that writes.</summary>
    private readonly List<ClaimLink> claimLinks = [];

    private readonly List<ClaimLink> linkRows = [];

    private readonly HashSet<(string, string, string)> linkKeys = [];

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
            where.Add("EXISTS (SELECT 1 FROM claim_links l WHERE l.claim_id = claims.id AND l.relation = 'contradicts')");
        }

        await using var connection = await dialect.OpenAsync(cancellationToken);
        var claims = new List<ClaimReport>();
        foreach (var (half, orderBy) in ClaimListOrder)
        {
            var left = query.Limit - claims.Count;
            if (left <= 0)
            {
                break;
            }

            claims.AddRange(await connection.QueryAsync(null, $"""
                SELECT {ClaimColumns} FROM claims WHERE {string.Join(" AND ", [half, .. where])}
                ORDER BY {orderBy}
                LIMIT @limit
                """, ReadClaim, cancellationToken, [.. args, ("@limit", (long)left)]));
        }

        var links = new List<(string Claim, string Other)>();
        foreach (var batch in claims.Select(c => c.StoreId).Distinct(StringComparer.Ordinal).Chunk(LinkBatch))
        {
            links.AddRange(await connection.QueryAsync(null, $"""
                SELECT claim_id, other_id FROM claim_links
                WHERE relation = 'contradicts' AND claim_id IN ({string.Join(", ", batch.Select((_, i) => $"@id{i}"))})
                """, r => (r.GetString(0), r.GetString(1)), cancellationToken, [.. batch.Select((id, i) => ($"@id{i}", (object?)id))]));
        }

        var contradicts = links.OrderBy(l => l.Claim, StringComparer.Ordinal).ThenBy(l => l.Other, StringComparer.Ordinal)
            .ToLookup(l => l.Claim, l => l.Other, StringComparer.Ordinal);
        return [.. claims.Select(c => Stored(c, [.. contradicts[c.StoreId]]))];
    }

    public async Task<IReadOnlyList<ClaimLink>> GetClaimLinksAsync(string claimId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QueryAsync(null, """
            SELECT claim_id, other_id, relation, reason FROM claim_links WHERE claim_id = @id ORDER BY relation, other_id
            """, r => new ClaimLink(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3)), cancellationToken, ("@id", claimId));
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
