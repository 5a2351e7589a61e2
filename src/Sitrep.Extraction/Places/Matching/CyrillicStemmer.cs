namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// A light stemmer for folded Ukrainian and Russian place names: strips one case ending (noun or adjective) and
/// undoes the locative к/ц alternation ("Авдіївці" → "авдиивк"). It runs on names and on text alike, so it only has
/// to map the forms of one name to one stem, not to find linguistic roots.
/// </summary>
internal static class CyrillicStemmer
{
    private const int MinStem = 3;

    // Folded alphabet: і ї ы й are 'и', є ё э are 'е', soft and hard signs are gone. Longest endings first.
    private static readonly string[] Endings =
    [
        "ами", "ями", "ого", "его", "ому", "ему", "ими",
        "ои", "еи", "ии", "им", "ая", "яя", "ое", "ее", "ую", "юю", "ою", "ею", "ом", "ем", "ах", "ях", "ам", "ям",
        "а", "я", "у", "ю", "е", "и", "о",
    ];

    public static int Stem(Span<char> word)
    {
        var n = word.Length;
        if (n == MinStem && word[0] == 'я' && word[1] == 'р' && word[2] is 'а' or 'у' or 'е')
        {
            // "Яр" (a ravine), the one word of two letters that closes many names (Часів Яр, Красний Яр, Сухий Яр),
            // takes a vowel of case: "Часова Яра", "Часовом Яре", "Часового Яру"; other words of three letters keep
            // all three
            return n - 1;
        }

        if (n <= MinStem)
        {
            return n;
        }

        foreach (var ending in Endings)
        {
            if (n - ending.Length >= MinStem && word[..n].EndsWith(ending))
            {
                n -= ending.Length;
                break;
            }
        }

        UndoLocativeC(word[..n]);
        return n;
    }

    /// <summary>The locative к/ц alternation undone at the end of a stem ("авдиивц" → "авдиивк").</summary>
    private static void UndoLocativeC(Span<char> stem)
    {
        if (stem[^1] == 'ц')
        {
            stem[^1] = 'к';
        }
    }

    /// <summary>
    /// Ukrainian closes a final syllable with і where other forms have о or е ("Харків" / "Харкова", "Київ" /
    /// "Києва"). For a stem ending in и plus one or two consonants, writes the о and е variants.
    /// </summary>
    public static bool TryAlternate(ReadOnlySpan<char> stem, char vowel, Span<char> into)
    {
        var n = stem.Length;
        var i = n - 1;
        while (i >= 0 && n - i <= 2 && IsConsonant(stem[i]))
        {
            i--;
        }

        if (i < 1 || i == n - 1 || stem[i] != 'и')
        {
            return false;
        }

        stem.CopyTo(into);
        into[i] = vowel;
        return true;
    }

    /// <summary>Shortest stem an -ія noun is also found by in its other cases.</summary>
    private const int MinIyaStem = 4;

    /// <summary>
    /// For a noun in -ія/-ия ("Балаклія", "Олександрія", "Японія", "Германия"), the stem its genitive, dative and
    /// locative leave: the nominative stems to "балакли", but "Балаклії" loses both letters of -ії and stems to
    /// "балакл" (with ц → к as in <see cref="Stem"/>: "Франції" → "франк"). The indexer adds that shorter stem, since
    /// stripping one letter less from every -ии word in the text would split the adjectives in -ий ("Кривий" /
    /// "Кривого"). Writes it into <paramref name="into"/> and returns its length, or -1 if the name is no such noun.
    /// A given name that is such a stem ("Олександр") is kept out by the matcher's given-name rule.
    /// </summary>
    public static int IyaObliqueStem(ReadOnlySpan<char> name, ReadOnlySpan<char> stem, Span<char> into)
    {
        var n = stem.Length - 1;
        if (name.Length < 2 || NameFolding.Fold(name[^2]) != 'и' || NameFolding.Fold(name[^1]) != 'я' || n < MinIyaStem)
        {
            return -1;
        }

        stem[..n].CopyTo(into);
        UndoLocativeC(into[..n]);
        return n;
    }

    /// <summary>Shortest stem a name in -ець/-ец is also found by without its е.</summary>
    private const int MinFleetingStem = 4;

    /// <summary>
    /// For a name in -ець/-ец ("Марганець", "Кременець", "Марганец"), the stem its other cases leave: the е drops
    /// before the case ending ("Марганця", "у Марганці", "Марганцем", "Марганца"), so those stem to "марганк" while the
    /// nominative stems to "марганек" (ц → к as in <see cref="Stem"/>). The indexer adds the shorter stem. Writes it
    /// into <paramref name="into"/> and returns its length, or -1 if the name is no such noun.
    /// </summary>
    public static int FleetingEStem(ReadOnlySpan<char> name, ReadOnlySpan<char> stem, Span<char> into)
    {
        var n = stem.Length;
        var ending = name.EndsWith("ець", StringComparison.OrdinalIgnoreCase) || name.EndsWith("ец", StringComparison.OrdinalIgnoreCase);
        if (!ending || n - 1 < MinFleetingStem || stem[^2] != 'е' || stem[^1] != 'к')
        {
            return -1;
        }

        stem[..(n - 2)].CopyTo(into);
        into[n - 2] = 'к';
        return n - 1;
    }

    private static bool IsConsonant(char c) => "бвгджзйклмнпрстфхцчшщ".Contains(c, StringComparison.Ordinal);
}
