using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Places.Languages;

/// <summary>
/// Several <see cref="CueList"/>s read at once: a word is upper-cased once, looked up once among the whole-word
/// entries of all the lists and compared once with the stems its first letter can start, and the answer is a mask
/// with the bit of each list it matches. A list's answer is the one its own <see cref="CueList.Matches"/> gives.
/// </summary>
internal sealed class CueTable
{
    /// <summary>Bit 63 is kept for callers (a "read" mark), so a table holds at most 63 lists.</summary>
    public const int MaxLists = 63;

    private const int StackWord = 64;

    private readonly Dictionary<string, ulong> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;
    private readonly Dictionary<char, (string Stem, ulong Mask)[]> _stems;
    private readonly ulong _exactLengths;

    /// <summary>The lists that match every word.</summary>
    private readonly ulong _any;

    /// <summary>The lists that hold the empty word.</summary>
    private readonly ulong _empty;

    /// <summary>The lists read, list i with bit i.</summary>
    public IReadOnlyList<CueList> Lists { get; }

    public CueTable(IReadOnlyList<CueList> lists)
    {
        Lists = lists;
        if (lists.Count > MaxLists)
        {
            throw new ArgumentException($"A cue table holds at most {MaxLists} lists.", nameof(lists));
        }

        var stems = new List<(string Stem, ulong Mask)>();
        for (var i = 0; i < lists.Count; i++)
        {
            var list = lists[i];
            if (list.Bit != 0)
            {
                throw new ArgumentException("A cue list belongs to one table only.", nameof(lists));
            }

            var bit = 1UL << i;
            list.Bit = bit;
            if (list.MatchesAny)
            {
                _any |= bit;
            }

            foreach (var e in list.ExactEntries)
            {
                if (e.Length == 0)
                {
                    _empty |= bit;
                }

                _exact[e] = _exact.GetValueOrDefault(e) | bit;
                _exactLengths |= LengthBit(e.Length);
            }

            foreach (var stem in list.StemEntries)
            {
                stems.Add((stem, bit));
            }
        }

        _stems = stems.GroupBy(s => s.Stem[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    /// <summary>The bits of the lists that <paramref name="word"/> matches.</summary>
    public ulong MaskOf(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty)
        {
            return _any | _empty;
        }

        var mayBeExact = (_exactLengths & LengthBit(word.Length)) != 0;
        var hasStems = _stems.TryGetValue(Letters.Upper(word[0]), out var stems);
        if (!hasStems && !mayBeExact)
        {
            return _any;
        }

        Span<char> upper = word.Length <= StackWord ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            upper[i] = Letters.Upper(word[i]);
        }

        var mask = _any;
        if (mayBeExact && _exactLookup.TryGetValue(upper, out var exact))
        {
            mask |= exact;
        }

        if (hasStems)
        {
            foreach (var (stem, bit) in stems!)
            {
                if ((mask & bit) == 0 && upper.StartsWith(stem, StringComparison.Ordinal))
                {
                    mask |= bit;
                }
            }
        }

        return mask;
    }
}
