using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Claims.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>One speaker repeating a proposition in the next sentences of a paragraph (or bullets of one list) makes one claim.</summary>
internal static partial class StoryPlace
{
    /// <summary>An earlier claim of another sentence of the same paragraph by the same claimant with the same proposition.</summary>
    private static bool Repeats(Document document, Claim earlier, Claim claim, int s)
    {
        var e = SentenceOf(document, earlier.Span.Start);
        // a proposition with no place is no one incident ("launched two missile strikes" / "used 4,912 kamikaze drones")
        return e >= 0 && e != s && claim.Place is not null
            && (document.Sentences[e].Paragraph == document.Sentences[s].Paragraph || OneList(document, e, s))
            && earlier.Claimant == claim.Claimant && earlier.Kind == claim.Kind && earlier.Stance == claim.Stance
            && earlier.Extent == claim.Extent && earlier.Place?.GeonameId == claim.Place?.GeonameId;
    }

    /// <summary>
    /// "✅ 11 окупантів ліквідовано" / "✅ один загарбник здався в полон": the bullets of one list, each a line of its own,
    /// are one paragraph of the post.
    /// </summary>
    private static bool OneList(Document document, int e, int s)
    {
        var marker = Bullet(document, e);
        if (marker.Length == 0)
        {
            return false;
        }

        for (var k = e + 1; k <= s; k++)
        {
            if (document.Sentences[k].Paragraph != document.Sentences[k - 1].Paragraph && !Bullet(document, k).SequenceEqual(marker))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The symbol a sentence opens with ("✅", "➖", "•"), or nothing when it opens with a word, a number or a quote.</summary>
    private static ReadOnlySpan<char> Bullet(Document document, int s)
    {
        var at = document.Sentences[s].Span.Start;
        var text = document.Text;
        if (at >= text.Length || char.IsLetterOrDigit(text[at]) || char.IsWhiteSpace(text[at]) || text[at] is '"' or '\'' or '«' or '(' or '“' or '‘')
        {
            return [];
        }

        return text.AsSpan(at, char.IsHighSurrogate(text[at]) && at + 1 < text.Length ? 2 : 1);
    }
}
