using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Quantities;

/// <summary>One person without a number: "a civilian was killed", "Russian soldier captured", "загинула жінка".</summary>
internal sealed partial class QuantityScanner
{
    private QuantityMention? Singular(string text, ReadOnlySpan<Token> tokens, int i)
    {
        if (tokens[i].Kind != TokenKind.Word || !lexicon.LookupExact(text, tokens[i]).Has(WordRole.Singular))
        {
            return null;
        }

        // "a civilian was killed"; verb first as Ukrainian and Russian often put it: "загинула жінка", and English
        // participles: "wounding the driver". An age ("68-річна", "38-year-old") and an article between are skipped.
        var b = AgeStart(text, tokens, i - 1) - 1;
        if (b >= 0 && IsArticle(tokens[b].Text(text)))
        {
            b--;
        }

        var casualty = CasualtyAfter(text, tokens, i + 1)
            ?? (b >= 0 && lexicon.Lookup(text, tokens[b]) is { } verb && verb.Has(WordRole.Casualty) ? verb.CasualtyUnit : null);
        if (casualty == CombinedLosses)
        {
            return null;
        }
        if (casualty is null)
        {
            return null;
        }

        var start = i;
        string? side = null;
        if (start > 0 && lexicon.Lookup(text, tokens[start - 1]) is { } before && before.Has(WordRole.Side))
        {
            side = before.Side;
            start--;
        }

        if (start > 0 && (TimeMatcher.SameWord(tokens[start - 1].Text(text), "a") || TimeMatcher.SameWord(tokens[start - 1].Text(text), "an")))
        {
            start--;
        }
        else if (start > 0 && tokens[start - 1].Kind is TokenKind.Number or TokenKind.Word && NumberWords.TryGet(text, tokens[start - 1], out _))
        {
            return null; // "one soldier" is read as a number
        }

        var span = new TextSpan(tokens[start].Start, tokens[i].End);
        return new QuantityMention
        {
            Span = span,
            Text = text[span.Start..span.End],
            Value = 1,
            Unit = casualty,
            Subject = text[tokens[start == i ? i : (side is null ? i : i - 1)].Start..tokens[i].End],
            Side = side,
        };
    }

    /// <summary>Where an age written before a noun starts ("68-річна", "38-year-old"), or <paramref name="k"/> + 1 when there is none.</summary>
    private static int AgeStart(string text, ReadOnlySpan<Token> tokens, int k)
    {
        var m = k;
        while (m >= 2 && tokens[m].Kind == TokenKind.Word && tokens[m - 1].Text(text) is ['-']
            && tokens[m - 2].End == tokens[m - 1].Start && tokens[m - 1].End == tokens[m].Start)
        {
            m -= 2;
            if (tokens[m].Kind == TokenKind.Number)
            {
                return m;
            }
        }

        return k + 1;
    }

    private static bool IsArticle(ReadOnlySpan<char> word) =>
        TimeMatcher.SameWord(word, "the") || TimeMatcher.SameWord(word, "a") || TimeMatcher.SameWord(word, "an");
}
