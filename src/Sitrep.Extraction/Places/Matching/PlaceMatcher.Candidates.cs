namespace Sitrep.Extraction.Places.Matching;

/// <summary>A document's candidate arrays: the per-document lookup tables, and candidates split by whether they are regions.</summary>
internal sealed partial class PlaceMatcher
{
    [ThreadStatic]
    private static DocumentCaches? t_caches;

    [ThreadStatic]
    private static CandidateMemo? t_memo;

    /// <summary>
    /// The candidate array of a name found by <see cref="LongestAt"/>: its places and, for a single word, those of
    /// Ukraine named by the word in the other romanisation (<see cref="WithOtherRomanisations"/>). What that costs (a
    /// skeleton lookup and spelling comparisons for each case ending) depends only on the word as written and its
    /// places, and the news names the same towns from report to report: the answer is kept across documents for the
    /// same word and the same places.
    /// </summary>
    private (int[] All, int[]? Added) CandidatesOf(ulong key, bool single, ReadOnlySpan<char> word, ReadOnlySpan<int> hits)
    {
        var memo = t_memo;
        if (memo is null || !ReferenceEquals(memo.Owner, gazetteer))
        {
            t_memo = memo = new CandidateMemo(gazetteer);
        }

        if (memo.TryGet(key, single, word, hits, out var found))
        {
            return found;
        }

        var made = single ? WithOtherRomanisations(word, hits) : (hits.ToArray(), null);
        memo.Add(key, single, word, hits, made);
        return made;
    }

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

    /// <summary>
    /// Candidate arrays made for names of earlier documents on this thread, by name key, each with the word as written
    /// (a single word) and the places it was made from: a hit only when both are the same again. The arrays are shared
    /// by the documents (nothing writes into a match's candidates). Cleared when it grows past
    /// <see cref="MaxEntries"/> names.
    /// </summary>
    private sealed class CandidateMemo(Gazetteer owner)
    {
        private const int MaxEntries = 1 << 14;

        private readonly Dictionary<ulong, Entry> _entries = [];

        public Gazetteer Owner { get; } = owner;

        public bool TryGet(ulong key, bool single, ReadOnlySpan<char> word, ReadOnlySpan<int> hits, out (int[] All, int[]? Added) candidates)
        {
            if (_entries.TryGetValue(key, out var entry) && entry.Single == single && hits.SequenceEqual(entry.Hits)
                && (!single || word.SequenceEqual(entry.Word)))
            {
                candidates = (entry.All, entry.Added);
                return true;
            }

            candidates = default;
            return false;
        }

        public void Add(ulong key, bool single, ReadOnlySpan<char> word, ReadOnlySpan<int> hits, (int[] All, int[]? Added) candidates)
        {
            if (_entries.Count >= MaxEntries)
            {
                _entries.Clear();
            }

            // the places are kept as the candidate array itself when it is their copy (a name of several words, or
            // a word with no other romanisation)
            var kept = candidates.Added is null && candidates.All.AsSpan().SequenceEqual(hits) ? candidates.All : hits.ToArray();
            _entries[key] = new Entry(single, single ? word.ToString() : "", kept, candidates.All, candidates.Added);
        }

        private sealed record Entry(bool Single, string Word, int[] Hits, int[] All, int[]? Added);
    }
}
