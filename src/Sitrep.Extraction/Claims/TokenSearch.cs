using Sitrep.Core.Text;

namespace Sitrep.Extraction.Claims;

/// <summary>Lookups of a document's tokens by offset: tokens are in text order, so a binary search finds them.</summary>
internal static class TokenSearch
{
    /// <summary>
    /// The first token of <paramref name="tokens"/>[<paramref name="from"/>..<paramref name="from"/>+<paramref name="count"/>)
    /// starting at or after <paramref name="offset"/>, or -1: what <c>Array.FindIndex(tokens, from, count, t => t.Start &gt;= offset)</c>
    /// gives, without a delegate or a scan.
    /// </summary>
    public static int FirstAtOrAfter(ReadOnlySpan<Token> tokens, int from, int count, int offset)
    {
        int lo = from, hi = from + count;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < from + count ? lo : -1;
    }

    /// <summary><see cref="FirstAtOrAfter(ReadOnlySpan{Token}, int, int, int)"/> from <paramref name="from"/> to the end.</summary>
    public static int FirstAtOrAfter(ReadOnlySpan<Token> tokens, int from, int offset) =>
        FirstAtOrAfter(tokens, from, tokens.Length - from, offset);
}
