namespace Sitrep.Extraction.Matching;

internal static partial class LexiconWords
{
    /// <summary>
    /// Upper-cases <paramref name="word"/> into <paramref name="into"/> (at least as long) with its
    /// <see cref="SpanTable.Hash"/>, when every character is one whose ordinal ignore-case equality is equality of
    /// the folded characters: ASCII, the Cyrillic block (U+0400-U+04FF) and a few caseless marks of news text
    /// (apostrophes, quotes, dashes, squared). False for any other character (the word is then looked up the plain way).
    /// Tests check the alphabet exhaustively against <see cref="StringComparison.OrdinalIgnoreCase"/>.
    /// </summary>
    internal static bool TryFold(ReadOnlySpan<char> word, Span<char> into, out uint hash)
    {
        hash = SpanTable.Hash([]);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c < '\u0080')
            {
                c = (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 0x20) : c;
            }
            else if (c is >= '\u0430' and <= '\u044F')
            {
                c = (char)(c - 0x20);
            }
            else if (c is >= '\u0450' and <= '\u045F')
            {
                c = (char)(c - 0x50);
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                c = char.ToUpperInvariant(c);
            }
            else if (!IsCaseless(c))
            {
                return false;
            }

            into[i] = c;
            hash = SpanTable.Continue(hash, c);
        }

        return true;
    }

    /// <summary>
    /// <see cref="TryFold(ReadOnlySpan{char}, Span{char}, out uint)"/> of one character: its folded form, or false
    /// outside the fold's alphabet (a character there may equal, ignoring case, one inside it).
    /// </summary>
    internal static bool TryFold(char c, out char folded)
    {
        if (c < '\u0080')
        {
            folded = (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 0x20) : c;
            return true;
        }

        if (c is >= '\u0430' and <= '\u044F')
        {
            folded = (char)(c - 0x20);
            return true;
        }

        if (c is >= '\u0450' and <= '\u045F')
        {
            folded = (char)(c - 0x50);
            return true;
        }

        if (c is >= '\u0400' and <= '\u04FF')
        {
            folded = char.ToUpperInvariant(c);
            return true;
        }

        folded = c;
        return IsCaseless(c);
    }

    /// <summary>Caseless characters of news text that no other character equals ignoring case.</summary>
    internal static bool IsCaseless(char c) => c is '\u00A0' or '\u00AB' or '\u00B2' or '\u00B3' or '\u00BB' or '\u02BC' or '\u2013' or '\u2014' or '\u2018'
        or '\u2019' or '\u201C' or '\u201D' or '\u201E' or '\u2026' or '\u2116';
}
