namespace Sitrep.Extraction.Places.Matching;

/// <summary>A document's candidate arrays: the per-document lookup tables, and candidates split by whether they are regions.</summary>
internal sealed partial class PlaceMatcher
{
    [ThreadStatic]
    private static DocumentCaches? t_caches;

    private int CountAdmin1(int[] candidates, bool admin1)
    {
        var count = 0;
        foreach (var c in candidates)
        {
            count += gazetteer[c].IsAdmin1 == admin1 ? 1 : 0;
        }

        return count;
    }

    /// <summary>The candidates that are (or, with <paramref name="admin1"/> false, are not) first-level regions, in order.</summary>
    private int[] Admin1Only(int[] candidates, bool admin1)
    {
        var count = CountAdmin1(candidates, admin1);
        if (count == 0)
        {
            return [];
        }

        var kept = new int[count];
        var k = 0;
        foreach (var c in candidates)
        {
            if (gazetteer[c].IsAdmin1 == admin1)
            {
                kept[k++] = c;
            }
        }

        return kept;
    }

    /// <summary>
    /// What a document's names resolve to, by name key and by candidate array, looked up again at each repeat of a
    /// name. Kept per thread and cleared for each document, so that the tables are not allocated again each time.
    /// </summary>
    private sealed class DocumentCaches
    {
        public Dictionary<ulong, (int[] All, int[]? Added)> CandidateSets { get; } = [];

        public Dictionary<int[], int[]> PlaceSets { get; } = new(ReferenceEqualityComparer.Instance);

        public Dictionary<ulong, int[]> TownSets { get; } = [];

        /// <summary>The names of city districts the document has named as districts so far.</summary>
        public HashSet<ulong> DistrictKeys { get; } = [];

        /// <summary>An adjective's candidates without the city districts it did not name, by name key.</summary>
        public Dictionary<ulong, int[]> NonDistrictSets { get; } = [];

        public void Clear()
        {
            DistrictKeys.Clear();
            NonDistrictSets.Clear();
            CandidateSets.Clear();
            PlaceSets.Clear();
            TownSets.Clear();
        }
    }
}
