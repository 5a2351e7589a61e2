using System.Collections.Concurrent;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// The name keys a typo may be corrected to: those of the towns of note in Ukraine, Russia and Belarus (not an
/// administrative area, <see cref="MinPopulation"/> people or more), built once per gazetteer from its rows. A word
/// has about fifty candidate spellings per letter, so each is first checked against a bit set (one probe in a
/// table that stays in cache) and only then looked up in the gazetteer; <see cref="KeyOf"/> hashes a spelling
/// from the hash of the prefix it shares with the written word.
/// </summary>
internal sealed class TypoTargets
{
    /// <summary>A typo is corrected only to a town this size or larger: the names a careless hand misspells.</summary>
    public const int MinPopulation = 10_000;

    private const int FilterBits = 20;

    /// <summary>Words whose corrections are kept; beyond that the memo starts again (a bound on memory, not a need).</summary>
    private const int MaxRemembered = 16_384;

    private readonly ulong[] _filter = new ulong[(1 << FilterBits) / 64];
    private readonly HashSet<ulong> _keys = [];
    private readonly ConcurrentDictionary<string, int[]> _corrections = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _correctionsBySpan;

    public TypoTargets(GazetteerTable table)
    {
        _correctionsBySpan = _corrections.GetAlternateLookup<ReadOnlySpan<char>>();
        // the string table is small: which of its entries are a core country or a settlement's feature, once
        var strings = table.Strings;
        var core = new bool[strings.Length];
        var settlement = new bool[strings.Length];
        for (var i = 0; i < strings.Length; i++)
        {
            core[i] = strings[i] is "UA" or "RU" or "BY";
            settlement[i] = !strings[i].StartsWith("ADM", StringComparison.Ordinal) && !strings[i].StartsWith("PCL", StringComparison.Ordinal);
        }

        // the towns as bits (26 KB for 210,000 places, where an array of flags went to the large-object heap)
        var rows = table.Rows;
        var towns = new ulong[(rows.Length + 63) / 64];
        for (var p = 0; p < rows.Length; p++)
        {
            var row = rows[p];
            if (row.Population >= MinPopulation && core[row.Country] && settlement[row.Feature])
            {
                towns[p >> 6] |= 1UL << (p & 63);
            }
        }

        var keys = table.Keys;
        var keyStarts = table.KeyStarts;
        var postings = table.Postings;
        for (var k = 0; k < keys.Length; k++)
        {
            for (var i = keyStarts[k]; i < keyStarts[k + 1]; i++)
            {
                var place = postings[i];
                if ((towns[place >> 6] & (1UL << (place & 63))) != 0)
                {
                    var key = keys[k];
                    _keys.Add(key);
                    var bit = (int)(key >> (64 - FilterBits));
                    _filter[bit >> 6] |= 1UL << (bit & 63);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// The towns of note one edit away from a folded word (<see cref="PlaceMatcher.SearchTypos"/>), remembered per
    /// word: the answer depends on the word and this gazetteer only, and a long capitalised word that is no name
    /// (a person, a unit, an outlet) comes back in document after document, each time costing some 500 spellings.
    /// The array is shared: callers copy it before changing it.
    /// </summary>
    internal int[] Corrections(ReadOnlySpan<char> folded, PlaceMatcher matcher)
    {
        if (_correctionsBySpan.TryGetValue(folded, out var found))
        {
            return found;
        }

        found = matcher.SearchTypos(folded);
        if (_corrections.Count >= MaxRemembered)
        {
            _corrections.Clear();
        }

        _corrections.TryAdd(new string(folded), found);
        return found;
    }

    /// <summary>Whether some town of note has this key.</summary>
    public bool MayBe(ulong key)
    {
        var bit = (int)(key >> (64 - FilterBits));
        return (_filter[bit >> 6] & (1UL << (bit & 63))) != 0 && _keys.Contains(key);
    }

    /// <summary>
    /// The name key of a one-word spelling of Latin letters a-z, as <see cref="NameKey.AppendToken"/> gives it, hashed
    /// from its first <paramref name="same"/> letters' hash in <paramref name="prefixHashes"/> (the letters it shares
    /// with the written word, whose k-letter prefix hashes to <paramref name="prefixHashes"/>[k]).
    /// </summary>
    public static ulong KeyOf(ReadOnlySpan<char> spelling, int same, ReadOnlySpan<ulong> prefixHashes)
    {
        var m = spelling.Length;
        var adjective = m > 4 && spelling[m - 1] is 'y' or 'i' or 'j' && spelling[m - 2] is 'y' or 'i';
        var end = adjective ? m - 2 : m; // see NameKey.LatinAdjectiveEnding
        var from = Math.Min(same, end);
        var h = prefixHashes[from];
        for (var k = from; k < end; k++)
        {
            h = NameKey.HashStep(h, spelling[k]);
        }

        if (adjective)
        {
            h = NameKey.HashStep(h, 'y');
        }

        return NameKey.Combine(NameKey.Seed, h);
    }

    /// <summary>The part hashes of every prefix of <paramref name="word"/>: [0] is the empty prefix.</summary>
    public static void PrefixHashes(ReadOnlySpan<char> word, Span<ulong> into)
    {
        var h = NameKey.PartOffset;
        into[0] = h;
        for (var k = 0; k < word.Length; k++)
        {
            h = NameKey.HashStep(h, word[k]);
            into[k + 1] = h;
        }
    }
}
