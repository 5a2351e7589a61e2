namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// The consonant skeleton of a romanised name, on which Ukrainian and Russian romanisations of the same place
/// agree: "Lutugino", "Lutugyne" and "Lutuhyne" all give l-t-h-n; "Tsvetnye Peski" and "Tsvitni Piski",
/// "Georgievka" and "Heorhiivka", "Khryashchuvate" and "Hryaschuvate" likewise. Vowels (and y, j) are dropped, g
/// and h unified (Russian г is romanised g, Ukrainian г h), the digraphs kh, zh, ch, sh, shch/sch, ts read as one
/// sound, and doubled consonants collapsed.
/// </summary>
internal static class Skeleton
{
    /// <summary>Skeletons shorter than this match too much by chance.</summary>
    public const int MinLength = 4;

    /// <summary>Shorter skeletons are indexed for words already known as a name, matched only letter for letter.</summary>
    public const int MinIndexed = 3;

    private const ulong SkeletonSeed = 0xC2B2AE3D27D4EB4FUL;

    public static ulong Seed => SkeletonSeed;

    /// <summary>Appends one word's skeleton to <paramref name="acc"/>; false if the word is not plain Latin.</summary>
    public static bool Append(ReadOnlySpan<char> word, ref ulong acc, ref int length)
    {
        Span<char> buffer = stackalloc char[NameKey.MaxPartLength];
        var n = Of(word, buffer);
        if (n <= 0)
        {
            return false;
        }

        acc = NameKey.Combine(acc, NameKey.HashPart(buffer[..n]));
        length += n;
        return true;
    }

    /// <summary>Writes the skeleton of <paramref name="word"/> into <paramref name="buffer"/>; returns its length, or -1.</summary>
    public static int Of(ReadOnlySpan<char> word, Span<char> buffer)
    {
        Span<char> folded = stackalloc char[NameKey.MaxPartLength];
        var f = 0;
        foreach (var c in word)
        {
            var l = NameFolding.Fold(c);
            if (l == '\0')
            {
                continue;
            }

            if (l is < 'a' or > 'z' || f + 1 >= folded.Length)
            {
                return -1;
            }

            if (l == 'x')
            {
                folded[f++] = 'k'; // "Alexandrovskoye" is Oleksandrivske
                l = 's';
            }

            folded[f++] = l;
        }

        var n = 0;
        if (HasProtheticV(folded[..f]))
        {
            buffer[n++] = 'v'; // Russian "Olkhovaya" is Ukrainian Vilkhova, "Uglegorsk" Vuhlehirsk
        }

        for (var i = 0; i < f; i++)
        {
            var rest = folded[i..f];
            char symbol;
            if (rest.StartsWith("shch"))
            {
                symbol = 'S';
                i += 3;
            }
            else if (rest.StartsWith("sch"))
            {
                symbol = 'S';
                i += 2;
            }
            else if (rest.Length >= 2 && rest[1] is 'h' && rest[0] is 'k' or 'z' or 'c' or 's')
            {
                symbol = rest[0] switch { 'k' => 'h', 'z' => 'Z', 'c' => 'C', _ => 'X' };
                i += 1;
            }
            else if (rest.Length >= 2 && rest[0] == 't' && rest[1] is 's' or 'z')
            {
                symbol = 'T';
                i += 1;
            }
            else
            {
                symbol = rest[0] switch
                {
                    'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'j' => '\0',
                    'g' => 'h',
                    'w' => 'v',
                    var c => c,
                };
            }

            if (symbol != '\0' && (n == 0 || buffer[n - 1] != symbol) && n < buffer.Length)
            {
                buffer[n++] = symbol;
            }
        }

        return n;
    }

    /// <summary>
    /// Whether a folded word starts where Ukrainian puts a prothetic v before a vowel that Russian leaves bare:
    /// ol'kh-/ol'sh- (вільха, вільшаник: Olkhovaya/Vilkhova, Olshanka/Vilshanka) and ugl-/uhl- (вугілля:
    /// Uglegorsk/Vuhlehirsk). The Ukrainian spelling already has the v; the Russian one is given it.
    /// </summary>
    public static bool HasProtheticV(ReadOnlySpan<char> folded) =>
        folded.Length >= 4
        && ((folded[0] == 'o' && folded[1] == 'l' && folded[2] is 'k' or 's' && folded[3] == 'h')
            || (folded[0] == 'u' && folded[1] is 'g' or 'h' && folded[2] == 'l'));
}
