using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Places.Languages;

/// <summary>
/// A list of cue words compared case-insensitively; an entry ending in '*' matches any word it starts (Ukrainian
/// and Russian cues are stems: "заяв*" covers заявив, заявила, заявил, заявляет).
/// </summary>
internal sealed class CueList
{
    /// <summary>Longer words are upper-cased on the heap, not the stack.</summary>
    private const int StackWord = 64;

    /// <summary>The whole-word entries, upper-cased.</summary>
    private readonly HashSet<string> _exact;

    /// <summary>The stems, upper-cased, by their first letter: a word is compared only with the stems it can start with.</summary>
    private readonly Dictionary<char, string[]> _prefixes;

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _exactLookup;

    /// <summary>Bit n: some whole-word entry has n letters (bit 63: 63 or more), so most words skip the lookup.</summary>
    private readonly ulong _exactLengths;

    /// <summary>Whether a lone "*" makes every word match.</summary>
    private readonly bool _any;

    /// <summary>This list's bit in the <see cref="CueTable"/> that holds it, or 0 when no table does.</summary>
    internal ulong Bit { get; set; }

    /// <summary>The whole-word entries, upper-cased.</summary>
    internal IEnumerable<string> ExactEntries => _exact;

    /// <summary>The stems, upper-cased, without their '*'.</summary>
    internal IEnumerable<string> StemEntries => _prefixes.Values.SelectMany(p => p);

    /// <summary>Whether every word matches (a lone "*").</summary>
    internal bool MatchesAny => _any;

    public CueList(IEnumerable<string> entries)
    {
        var all = entries.Select(Upper).ToList();
        _exact = new HashSet<string>(all.Where(e => !e.EndsWith('*')), StringComparer.Ordinal);
        var stems = all.Where(e => e.EndsWith('*')).Select(e => e[..^1]).ToList();
        _any = stems.Contains("");
        _prefixes = stems.Where(p => p.Length > 0).GroupBy(p => p[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _exactLookup = _exact.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var e in _exact)
        {
            _exactLengths |= LengthBit(e.Length);
        }
    }

    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);

    public bool Matches(ReadOnlySpan<char> word)
    {
        if (_any)
        {
            return true;
        }

        if (word.IsEmpty)
        {
            return _exact.Contains("");
        }

        // a word of no entry's length that starts no stem is no cue: most words, decided before upper-casing them
        var mayBeExact = (_exactLengths & LengthBit(word.Length)) != 0;
        var hasStems = _prefixes.TryGetValue(Letters.Upper(word[0]), out var stems);
        if (!hasStems && !mayBeExact)
        {
            return false;
        }

        Span<char> upper = word.Length <= StackWord ? stackalloc char[word.Length] : new char[word.Length];
        for (var i = 0; i < word.Length; i++)
        {
            upper[i] = Letters.Upper(word[i]);
        }

        if (mayBeExact && _exactLookup.Contains(upper))
        {
            return true;
        }

        if (!hasStems)
        {
            return false;
        }

        foreach (var p in stems!)
        {
            if (upper.StartsWith(p, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Upper(string s) => string.Create(s.Length, s, static (span, s) =>
    {
        for (var i = 0; i < s.Length; i++)
        {
            span[i] = Letters.Upper(s[i]);
        }
    });
}
