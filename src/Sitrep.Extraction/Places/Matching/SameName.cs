namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// Whether a mention is a place's own name as the matcher reads names: case, Latin diacritics and apostrophes
/// folded, the Ukrainian and Russian letters unified, and the romanisations of the adjective ending -ый/-ий read as
/// one ("Tsentralny" is Tsentralnyi's own name, "Krasny Luch" Krasnyi Luch's).
/// </summary>
internal static class SameName
{
    private const int MaxLength = 128;

    public static bool Of(string name, ReadOnlySpan<char> mention)
    {
        if (name.Length > MaxLength || mention.Length > MaxLength)
        {
            return false;
        }

        Span<char> a = stackalloc char[MaxLength];
        Span<char> b = stackalloc char[MaxLength];
        return a[..Fold(name, a)].SequenceEqual(b[..Fold(mention, b)]);
    }

    /// <summary>Writes the folded letters of <paramref name="s"/>, each word's adjective ending read as "y"; returns the length.</summary>
    private static int Fold(ReadOnlySpan<char> s, Span<char> into)
    {
        var n = 0;
        var wordStart = 0;
        foreach (var c in s)
        {
            var f = NameFolding.Fold(c);
            if (f == '\0')
            {
                continue;
            }

            if (!char.IsLetter(f))
            {
                n = wordStart + EndWord(into[wordStart..n]);
                into[n++] = f;
                wordStart = n;
                continue;
            }

            into[n++] = f;
        }

        return wordStart + EndWord(into[wordStart..n]);
    }

    private static int EndWord(Span<char> word) => NameKey.LatinAdjectiveEnding(word);
}
