namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// Hashes a sequence of name parts into a 64-bit lookup key. A part is a word, or a piece of a hyphenated word, so
/// "Rostov-on-Don" and "Rostov on Don" give the same key. Cyrillic parts are folded and stemmed, so inflected forms
/// ("у Покровську", "під Покровськом", "в Покровске") share the key of the nominative.
/// </summary>
internal static class NameKey
{
    public const ulong Seed = 0x9E3779B97F4A7C15UL;

    /// <summary>Longest part that is folded; longer parts are not place names.</summary>
    public const int MaxPartLength = 48;

    public static ulong Combine(ulong acc, ulong part)
    {
        var z = acc ^ (part + 0x9E3779B97F4A7C15UL + (acc << 6) + (acc >> 2));
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>The hash of an empty part; <see cref="HashStep"/> adds one letter.</summary>
    public const ulong PartOffset = 0xCBF29CE484222325UL;

    public static ulong HashPart(ReadOnlySpan<char> folded)
    {
        var h = PartOffset;
        foreach (var c in folded)
        {
            h = HashStep(h, c);
        }

        return h;
    }

    public static ulong HashStep(ulong h, char c) => (h ^ c) * 0x100000001B3UL;

    /// <summary>Folds and stems one part into <paramref name="buffer"/>; returns the length, or -1 if it is too long.</summary>
    public static int FoldPart(ReadOnlySpan<char> part, Span<char> buffer)
    {
        if (part.Length > buffer.Length)
        {
            return -1;
        }

        var n = 0;
        var cyrillic = false;
        foreach (var c in part)
        {
            cyrillic |= NameFolding.IsCyrillic(c);
            var f = NameFolding.Fold(c);
            if (f != '\0')
            {
                buffer[n++] = f;
            }
        }

        return cyrillic ? CyrillicStemmer.Stem(buffer[..n]) : LatinAdjectiveEnding(buffer[..n]);
    }

    /// <summary>
    /// The romanisations of the adjective ending -ый/-ий/-ій read as one: "Krasnyi", "Krasnyy", "Krasniy", "Krasnij"
    /// and "Krasny" all end in "y" ("Krasny Luch" is Krasnyi Luch, "Tsentralny" Tsentralnyi). Returns the new length.
    /// </summary>
    internal static int LatinAdjectiveEnding(Span<char> folded)
    {
        var n = folded.Length;
        if (n > 4 && folded[n - 1] is 'y' or 'i' or 'j' && folded[n - 2] is 'y' or 'i')
        {
            folded[n - 2] = 'y';
            return n - 1;
        }

        return n;
    }

    /// <summary>
    /// The key of one word token (possibly hyphenated) appended to <paramref name="acc"/>. Returns false if a part
    /// is empty or too long.
    /// </summary>
    public static bool AppendToken(ReadOnlySpan<char> token, ref ulong acc)
    {
        Span<char> buffer = stackalloc char[MaxPartLength];
        while (token.Length > 0)
        {
            if (!NextPartHash(ref token, buffer, out var hash))
            {
                return false;
            }

            acc = Combine(acc, hash);
        }

        return true;
    }

    /// <summary>Appends the part hashes of one word token; returns false if a part is empty or too long.</summary>
    public static bool AppendParts(ReadOnlySpan<char> token, List<ulong> into)
    {
        Span<char> buffer = stackalloc char[MaxPartLength];
        while (token.Length > 0)
        {
            if (!NextPartHash(ref token, buffer, out var hash))
            {
                return false;
            }

            into.Add(hash);
        }

        return true;
    }

    /// <summary>Takes the next dash-separated part off <paramref name="token"/> and hashes it folded; false if it is
    /// empty or too long.</summary>
    private static bool NextPartHash(ref ReadOnlySpan<char> token, scoped Span<char> buffer, out ulong hash)
    {
        var dash = token.IndexOfAny('-', '\u2010', '\u2011');
        var part = dash < 0 ? token : token[..dash];
        token = dash < 0 ? [] : token[(dash + 1)..];
        var n = FoldPart(part, buffer);
        hash = n > 0 ? HashPart(buffer[..n]) : 0;
        return n > 0;
    }
}
