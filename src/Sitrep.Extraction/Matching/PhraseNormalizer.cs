using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// The one normalisation used for phrase keys and for the text they are matched against: lower case, whitespace
/// runs to one space, apostrophe variants to ', ё to е, and every Cyrillic word cut to a light stem (trailing vowels
/// and vowel+м/х/в/г endings, at most three cuts, never below three letters). The stem is not linguistics; it only
/// has to map the inflected forms news text uses ("Генштаб", "Генштабу"; "Сирський", "Сирського") to one key.
/// </summary>
internal static class PhraseNormalizer
{
    public static string Normalize(string phrase, bool stem = true)
    {
        Span<char> buffer = phrase.Length <= 256 ? stackalloc char[256] : new char[phrase.Length];
        var length = NormalizeInto(phrase.AsSpan().Trim(), buffer, stem);
        return new string(buffer[..length]);
    }

    /// <summary>Normalises <paramref name="source"/> into <paramref name="into"/> (at least as long); returns the length written.</summary>
    public static int NormalizeInto(ReadOnlySpan<char> source, Span<char> into, bool stem = true) =>
        TryPlainAscii(source, into) ? source.Length : NormalizeAny(source, into, stem);

    /// <summary>
    /// The fast path for the common word of English text: printable ASCII without space or backquote normalises to
    /// its lower case and nothing else (no whitespace to fold, no apostrophe variant, no Cyrillic to stem). False,
    /// with <paramref name="into"/> partly written, for anything else.
    /// </summary>
    internal static bool TryPlainAscii(ReadOnlySpan<char> source, Span<char> into)
    {
        if (into.Length < source.Length)
        {
            return false;
        }

        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            if ((uint)(c - '!') > '~' - '!' || c == '`')
            {
                return false;
            }

            into[i] = (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;
        }

        return true;
    }

    /// <summary>The general normalisation, for any text (<see cref="NormalizeInto"/> gives the same).</summary>
    internal static int NormalizeAny(ReadOnlySpan<char> source, Span<char> into, bool stem = true)
    {
        var n = 0;
        var space = false;
        var wordStart = 0;
        var cyrillic = false;
        foreach (var raw in source)
        {
            if (char.IsWhiteSpace(raw))
            {
                n = EndWord(into, wordStart, n, cyrillic && stem);
                cyrillic = false;
                space = n > 0;
                continue;
            }

            if (space)
            {
                into[n++] = ' ';
                space = false;
            }

            var c = raw switch
            {
                '\u2019' or '\u02BC' or '`' => '\'',
                _ => Letters.Lower(raw),
            };
            if (c == 'ё')
            {
                c = 'е';
            }

            if (char.IsLetter(c))
            {
                if (n == 0 || !char.IsLetter(into[n - 1]))
                {
                    n = EndWord(into, wordStart, n, cyrillic && stem);
                    wordStart = n;
                    cyrillic = false;
                }

                cyrillic |= c is >= '\u0400' and <= '\u04FF';
            }
            else
            {
                n = EndWord(into, wordStart, n, cyrillic && stem);
                cyrillic = false;
                wordStart = n + 1;
            }

            into[n++] = c;
        }

        return EndWord(into, wordStart, n, cyrillic && stem);
    }

    /// <summary>Tokens in a normalised key, an upper bound for the matcher's window.</summary>
    public static int CountTokens(string key)
    {
        var count = 1;
        foreach (var c in key)
        {
            if (!char.IsLetterOrDigit(c))
            {
                count += 2;
            }
        }

        return count;
    }

    private static int EndWord(Span<char> into, int wordStart, int n, bool cyrillic)
    {
        if (!cyrillic || wordStart >= n || !char.IsLetter(into[n - 1]))
        {
            return n;
        }

        for (var cut = 0; cut < 3; cut++)
        {
            var length = n - wordStart;
            if (length >= 4 && IsVowel(into[n - 1]))
            {
                n--;
            }
            else if (length >= 5 && into[n - 1] is 'м' or 'х' or 'в' or 'г' && IsVowel(into[n - 2]))
            {
                n -= 2;
            }
            else
            {
                break;
            }
        }

        return n;
    }

    private static bool IsVowel(char c) => c is 'а' or 'е' or 'є' or 'и' or 'і' or 'ї' or 'о' or 'у' or 'ю' or 'я' or 'ь' or 'й' or 'ы' or 'э';
}
