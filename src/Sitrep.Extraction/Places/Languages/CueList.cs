namespace Sitrep.Extraction.Places.Languages;

/// <summary>
/// A list of cue words compared case-insensitively; an entry ending in '*' matches any word it starts (Ukrainian
/// and Russian cues are stems: "заяв*" covers заявив, заявила, заявил, заявляет).
/// </summary>
internal sealed class CueList
{
    private readonly HashSet<string> _exact;
    private readonly string[] _prefixes;

    public CueList(IEnumerable<string> entries)
    {
        var all = entries.ToList();
        _exact = new HashSet<string>(all.Where(e => !e.EndsWith('*')), StringComparer.OrdinalIgnoreCase);
        _prefixes = all.Where(e => e.EndsWith('*')).Select(e => e[..^1]).ToArray();
    }

    public bool Matches(ReadOnlySpan<char> word)
    {
        if (_exact.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
        {
            return true;
        }

        foreach (var p in _prefixes)
        {
            if (word.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
