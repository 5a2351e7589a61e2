namespace Sitrep.Extraction.Attribution;

/// <summary>
/// Whether a word is a case form of a surname: Ukrainian and Russian decline surnames ("Коваленко", "За словами
/// Коваленка"; "Бондар", "Бондаря", "з Бондарем"; "Сирський", "Сирського"; "Иванов", "Ивановым"), so a surname said
/// again later need not be spelt as it was introduced. Both words are read as a stem and a case ending; they are the
/// same surname when their stems are equal and the stem keeps at least four letters, so that a short name ("Лис",
/// "Лиса") links only when spelt alike. Latin-script names are compared as written.
/// </summary>
internal static class SurnameForms
{
    /// <summary>Case endings of nouns and adjectives in Ukrainian and Russian, longest first.</summary>
    private static readonly string[] Endings =
    [
        "ого", "ому", "ими", "ыми", "ему", "ові", "еві", "ою", "ею", "ом", "ем", "ой", "ей", "им", "ым", "ій", "ий", "ый",
        "ая", "яя", "ої", "ує",
        "а", "я", "у", "ю", "е", "є", "і", "и", "ы", "о", "ь", "й",
    ];

    private const int ShortestStem = 4;

    /// <summary>Whether <paramref name="word"/> is <paramref name="surname"/> or one of its case forms.</summary>
    public static bool Same(ReadOnlySpan<char> surname, ReadOnlySpan<char> word)
    {
        if (surname.Equals(word, StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // a shared stem keeps at least four letters: two words whose first four differ are never one surname (most
        // words compared, asked before the endings are read)
        if (surname.Length < ShortestStem || word.Length < ShortestStem
            || !surname[..ShortestStem].Equals(word[..ShortestStem], StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!Cyrillic(surname) || !Cyrillic(word))
        {
            return false;
        }

        Span<int> a = stackalloc int[4];
        Span<int> b = stackalloc int[4];
        var na = StemLengths(surname, a);
        var nb = StemLengths(word, b);
        for (var i = 0; i < na; i++)
        {
            for (var j = 0; j < nb; j++)
            {
                if (a[i] >= ShortestStem && a[i] == b[j] && surname[..a[i]].Equals(word[..b[j]], StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The lengths of the word's readings as a stem: the whole word, and the word without each case ending it has.</summary>
    private static int StemLengths(ReadOnlySpan<char> word, Span<int> lengths)
    {
        var n = 0;
        lengths[n++] = word.Length;
        foreach (var ending in Endings)
        {
            if (n < lengths.Length && word.Length > ending.Length && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                lengths[n++] = word.Length - ending.Length;
            }
        }

        return n;
    }

    private static bool Cyrillic(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                return true;
            }
        }

        return false;
    }
}
