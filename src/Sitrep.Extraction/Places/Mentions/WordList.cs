namespace Sitrep.Extraction.Places.Mentions;

/// <summary>
/// Words a mention rule asks of the token before or after a name, compared without regard to case; an entry ending
/// in '*' is a stem that matches any word it starts ("річк*"). Read through <see cref="MentionWords"/>, which reads
/// each token once into the mask of all the lists of <see cref="MentionLists.Table"/>.
/// </summary>
internal sealed class WordList(params string[] entries)
{
    public string[] Entries { get; } = entries;

    /// <summary>This list's bit in the table that holds it, or 0.</summary>
    internal ulong Bit { get; set; }

    /// <summary>Whether <paramref name="word"/> is one of the entries, compared entry by entry.</summary>
    public bool Matches(ReadOnlySpan<char> word)
    {
        foreach (var o in Entries)
        {
            if (o.EndsWith('*') ? word.StartsWith(o.AsSpan(0, o.Length - 1), StringComparison.OrdinalIgnoreCase) : word.Equals(o, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}

/// <summary>
/// Several <see cref="WordList"/>s read at once: one case-insensitive lookup among the whole words of all of them and
/// one per length of stem, giving the mask of the lists a word matches; each list's answer is its own
/// <see cref="WordList.Matches"/>.
/// </summary>
internal sealed class WordListTable
{
    /// <summary>Bit 63 is kept for the "read" mark of <see cref="MentionWords"/>.</summary>
    public const int MaxLists = 63;

    private readonly Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _exact;

    /// <summary>The stems by their length, shortest first.</summary>
    private readonly (int Length, Dictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> Stems)[] _stems;

    public WordListTable(IReadOnlyList<WordList> lists)
    {
        if (lists.Count > MaxLists)
        {
            throw new ArgumentException($"A word list table holds at most {MaxLists} lists.", nameof(lists));
        }

        Lists = lists;
        var exact = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        var stems = new Dictionary<int, Dictionary<string, ulong>>();
        for (var i = 0; i < lists.Count; i++)
        {
            if (lists[i].Bit != 0)
            {
                throw new ArgumentException("A word list belongs to one table only.", nameof(lists));
            }

            var bit = 1UL << i;
            lists[i].Bit = bit;
            foreach (var e in lists[i].Entries)
            {
                if (e.EndsWith('*'))
                {
                    var stem = e[..^1];
                    if (!stems.TryGetValue(stem.Length, out var byLength))
                    {
                        stems[stem.Length] = byLength = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
                    }

                    byLength[stem] = byLength.GetValueOrDefault(stem) | bit;
                }
                else
                {
                    exact[e] = exact.GetValueOrDefault(e) | bit;
                }
            }
        }

        _exact = exact.GetAlternateLookup<ReadOnlySpan<char>>();
        _stems = [.. stems.OrderBy(s => s.Key).Select(s => (s.Key, s.Value.GetAlternateLookup<ReadOnlySpan<char>>()))];
    }

    /// <summary>The lists read, list i with bit i.</summary>
    public IReadOnlyList<WordList> Lists { get; }

    /// <summary>The bits of the lists that <paramref name="word"/> matches.</summary>
    public ulong MaskOf(ReadOnlySpan<char> word)
    {
        var mask = _exact.TryGetValue(word, out var exact) ? exact : 0UL;
        foreach (var (length, stems) in _stems)
        {
            if (length > word.Length)
            {
                break;
            }

            if (stems.TryGetValue(word[..length], out var bits))
            {
                mask |= bits;
            }
        }

        return mask;
    }
}
