namespace Sitrep.Extraction.Places.Matching;

/// <summary>The first-level regions a name before a region word means, when the name is no region's own name.</summary>
internal static class NamesakeRegions
{
    /// <summary>
    /// A region is named after its capital: "the Nikolaev region" is Mykolaiv Oblast, whatever villages elsewhere are
    /// called Nikolaev. Only where no candidate is a region's capital does every namesake's region count.
    /// </summary>
    public static List<int> Of(Gazetteer gazetteer, IReadOnlyList<int> candidates)
    {
        var capitals = candidates.Any(c => gazetteer[c].FeatureCode == "PPLA" && gazetteer.Admin1Of(gazetteer[c]) >= 0);
        return candidates
            .Where(c => !capitals || gazetteer[c].FeatureCode == "PPLA")
            .Select(c => gazetteer.Admin1Of(gazetteer[c]))
            .Where(r => r >= 0)
            .Distinct()
            .ToList();
    }
}
