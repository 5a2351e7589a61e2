using Sitrep.Core.Model;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// Links claims of one document that cannot both be true. Two claims by different claimants about the same place
/// contradict when one affirms and the other denies the same side's hold or capture of it, when both affirm that
/// different sides hold overlapping parts of it ("full control" against "we hold the north"), or when one affirms
/// and the other denies an encirclement there.
/// </summary>
internal static class Contradictions
{
    private const int MaxCompared = 256;

    public static void Link(List<Proposition> propositions)
    {
        // only claims about the same place can clash: compare within each place's group
        var byPlace = new Dictionary<long, List<Proposition>>();
        foreach (var p in propositions)
        {
            if (p.Claim.Place is { } place)
            {
                if (!byPlace.TryGetValue(place.GeonameId, out var group))
                {
                    byPlace[place.GeonameId] = group = [];
                }

                group.Add(p);
            }
        }

        foreach (var group in byPlace.Values)
        {
            // a bound on untrusted input: a document with thousands of claims about one place is compared in windows
            for (var i = 0; i < group.Count; i++)
            {
                for (var j = i + 1; j < Math.Min(group.Count, i + 1 + MaxCompared); j++)
                {
                    if (Contradict(group[i], group[j]))
                    {
                        group[i].Claim.Contradicts.Add(group[j].Claim.Id);
                        group[j].Claim.Contradicts.Add(group[i].Claim.Id);
                    }
                }
            }
        }
    }

    public static bool Contradict(Proposition a, Proposition b)
    {
        var x = a.Claim;
        var y = b.Claim;
        if (x.Place is null || y.Place is null || x.Place.GeonameId != y.Place.GeonameId
            || string.Equals(x.Claimant, y.Claimant, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (x.Kind == ClaimKind.Encirclement || y.Kind == ClaimKind.Encirclement)
        {
            return x.Kind == y.Kind && a.Affirms != b.Affirms;
        }

        if (!IsTerritorial(x.Kind) || !IsTerritorial(y.Kind) || a.Controller is null || b.Controller is null)
        {
            return false;
        }

        if (a.Controller == b.Controller)
        {
            return a.Affirms != b.Affirms && Overlap(x.Extent, y.Extent);
        }

        return a.Affirms && b.Affirms && Overlap(x.Extent, y.Extent);
    }

    private static bool IsTerritorial(ClaimKind kind) => kind is ClaimKind.Control or ClaimKind.Capture;

    /// <summary>Whether two extents can be the same ground: "full" (or none given) covers everything; "partial" is too vague to clash.</summary>
    private static bool Overlap(string? e1, string? e2)
    {
        if (e1 is null or "full" || e2 is null or "full")
        {
            return true;
        }

        return e1 == e2 && e1 != "partial";
    }
}
