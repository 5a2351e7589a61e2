namespace Sitrep.Core.Text;

/// <summary>
/// The part of the day and the compass side of a town that a report's evidence names ("at dawn", "on the eastern
/// outskirts", "ввечері", "на севере"). Two independently written reports of one town on one day that name
/// different parts of the day far apart (morning and evening) or only different sides of the town describe two
/// happenings, not one. Capitalised direction words inside a sentence are names ("Southern Defence Forces").
/// </summary>
public sealed record EvidenceCues(IReadOnlySet<int> DayParts, IReadOnlySet<string> Sides)
{
    private const int Morning = 1;
    private const int Afternoon = 2;
    private const int Evening = 3;
    private const int Night = 4;

    private static readonly Dictionary<string, int> DayWords = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dawn"] = Morning, ["daybreak"] = Morning, ["morning"] = Morning, ["вранці"] = Morning, ["зранку"] = Morning, ["ранку"] = Morning,
        ["утром"] = Morning, ["утра"] = Morning, ["afternoon"] = Afternoon, ["midday"] = Afternoon, ["noon"] = Afternoon,
        ["пополудні"] = Afternoon, ["вдень"] = Afternoon, ["днем"] = Afternoon, ["днём"] = Afternoon, ["evening"] = Evening,
        ["dusk"] = Evening, ["ввечері"] = Evening, ["вечора"] = Evening, ["вечером"] = Evening, ["night"] = Night,
        ["overnight"] = Night, ["вночі"] = Night, ["уночі"] = Night, ["ночі"] = Night, ["ночью"] = Night,
    };

    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> DayWordLookup = DayWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Bit n: some day word has n letters; other words skip the lookup.</summary>
    private static readonly ulong DayWordLengths = DayWords.Keys.Aggregate(0UL, (bits, w) => bits | (1UL << Math.Min(w.Length, 63)));

    private const int North = 0;
    private const int South = 1;
    private const int East = 2;
    private const int West = 3;

    private static readonly (string Prefix, int Side)[] SideWords =
    [
        ("north", North), ("south", South), ("east", East), ("west", West), ("північ", North), ("півден", South),
        ("півдні", South), ("схід", East), ("східн", East), ("заход", West), ("західн", West), ("север", North),
        ("юг", South), ("южн", South), ("восто", East), ("запад", West),
    ];

    /// <summary>The first letters of the side words in both cases (Latin and Cyrillic).</summary>
    private static readonly bool[] SideInitials = Initials();

    public static EvidenceCues Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Of(text.AsSpan());
    }

    /// <summary>The same as <see cref="Of(string)"/>, for text that is not a string of its own (pieces of a document joined in a buffer).</summary>
    public static EvidenceCues Of(ReadOnlySpan<char> text)
    {
        var state = Scan(text, Start);
        var parts = new HashSet<int>();
        for (var part = Morning; part <= Night; part++)
        {
            if ((state.DayParts & (1 << part)) != 0)
            {
                parts.Add(part);
            }
        }

        var sides = new HashSet<string>(StringComparer.Ordinal);
        for (var side = 0; side < SideNames.Length; side++)
        {
            if ((state.Sides & (1 << side)) != 0)
            {
                sides.Add(SideNames[side]);
            }
        }

        return new EvidenceCues(parts, sides);
    }

    /// <summary>
    /// What <see cref="Of(ReadOnlySpan{char})"/> has read of a text so far: the parts of the day (bit n for part n)
    /// and the sides (bit n for <see cref="SideNames"/>[n]) named, and whether the next word would open a sentence.
    /// Reading two pieces one after the other, the second from the state the first left, reads what the pieces
    /// joined by a space read: a word never runs across the join, and a space changes no state.
    /// </summary>
    public readonly record struct ScanState(int DayParts, int Sides, bool SentenceStart);

    /// <summary>The state before any text.</summary>
    public static ScanState Start => new(0, 0, true);

    /// <summary>The compass sides, in the order of the bits of <see cref="ScanState.Sides"/>.</summary>
    private static readonly string[] SideNames = ["north", "south", "east", "west"];

    /// <summary>Reads <paramref name="text"/> on from <paramref name="state"/> (see <see cref="ScanState"/>).</summary>
    public static ScanState Scan(ReadOnlySpan<char> text, ScanState state)
    {
        var (parts, sides, sentenceStart) = (state.DayParts, state.Sides, state.SentenceStart);
        var i = 0;
        while (i < text.Length)
        {
            if (!IsLetter(text[i]))
            {
                if (text[i] is '.' or '!' or '?' or '"' or '\u201C' or '\u00AB')
                {
                    sentenceStart = true;
                }

                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && IsLetter(text[i]))
            {
                i++;
            }

            var word = text.Slice(start, i - start);
            var name = char.IsUpper(word[0]) && !sentenceStart;
            sentenceStart = false;
            if (MayBeDayWord(word) && DayWordLookup.TryGetValue(word, out var part))
            {
                parts |= 1 << part;
                continue;
            }

            if (name || word.Length > 12 || !MayStartSide(word[0]) || word.Equals("easter", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            foreach (var (prefix, side) in SideWords)
            {
                if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    sides |= 1 << side;
                    break;
                }
            }
        }

        return new ScanState(parts, sides, sentenceStart);
    }

    /// <summary><see cref="Conflict(EvidenceCues, EvidenceCues)"/> of what two texts read (<see cref="Scan"/>), without the sets.</summary>
    public static bool Conflict(ScanState a, ScanState b)
    {
        if (a.DayParts != 0 && b.DayParts != 0)
        {
            var near = false;
            for (var x = Morning; x <= Night && !near; x++)
            {
                for (var y = Morning; y <= Night && !near; y++)
                {
                    near = (a.DayParts & (1 << x)) != 0 && (b.DayParts & (1 << y)) != 0 && Near(x, y);
                }
            }

            if (!near)
            {
                return true;
            }
        }

        return a.Sides != 0 && b.Sides != 0 && (a.Sides & b.Sides) == 0;
    }

    /// <summary>
    /// False for a word no day word can equal ignoring case: a length no day word has, or a first letter (Latin or
    /// Cyrillic) no day word of that length starts with in either case; true otherwise (any other first character is
    /// looked up). Most words of a text skip the lookup.
    /// </summary>
    private static bool MayBeDayWord(ReadOnlySpan<char> word)
    {
        if ((DayWordLengths & (1UL << Math.Min(word.Length, 63))) == 0)
        {
            return false;
        }

        var first = word[0];
        return !(char.IsAsciiLetter(first) || first is >= '\u0410' and <= '\u044F') || (DayWordInitials[first] & (1UL << word.Length)) != 0;
    }

    /// <summary>Per first letter (both cases, Latin and Cyrillic А-я), bit n: some day word of n letters starts with it.</summary>
    private static readonly ulong[] DayWordInitials = DayInitials();

    private static ulong[] DayInitials()
    {
        var initials = new ulong[0x0450];
        foreach (var word in DayWords.Keys)
        {
            initials[char.ToLowerInvariant(word[0])] |= 1UL << word.Length;
            initials[char.ToUpperInvariant(word[0])] |= 1UL << word.Length;
        }

        return initials;
    }

    /// <summary><see cref="char.IsLetter(char)"/>, answered without the Unicode tables for the basic Cyrillic letters А-я.</summary>
    private static bool IsLetter(char c) => (uint)(c - '\u0410') <= '\u044F' - '\u0410' || char.IsLetter(c);

    /// <summary>
    /// False for a Latin or Cyrillic letter that no side word starts with in either case, so that most words skip
    /// comparing with each side word; true for any other character.
    /// </summary>
    private static bool MayStartSide(char first) =>
        !(char.IsAsciiLetter(first) || first is >= '\u0410' and <= '\u044F') || SideInitials[first];

    private static bool[] Initials()
    {
        var initials = new bool[0x0450];
        foreach (var (prefix, _) in SideWords)
        {
            initials[char.ToLowerInvariant(prefix[0])] = true;
            initials[char.ToUpperInvariant(prefix[0])] = true;
        }

        return initials;
    }

    /// <summary>Why the two reports cannot be one happening, or null when nothing in them tells them apart.</summary>
    public static string? Conflict(EvidenceCues a, EvidenceCues b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.DayParts.Count > 0 && b.DayParts.Count > 0 && !a.DayParts.Any(x => b.DayParts.Any(y => Near(x, y))))
        {
            return "different times of day";
        }

        if (a.Sides.Count > 0 && b.Sides.Count > 0 && !a.Sides.Overlaps(b.Sides))
        {
            return "different sides of the place";
        }

        return null;
    }

    /// <summary>The same or a neighbouring part of the day (night runs into morning and evening into night).</summary>
    private static bool Near(int x, int y)
    {
        var d = Math.Abs(x - y);
        return d <= 1 || d == 3;
    }
}
