using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// A denial that says whose claim it denies: "denied a Russian Defence Ministry claim that Russian troops had captured
/// the village", "Інформація про нібито оточення ..., яку поширюють російські телеграм-канали, не відповідає
/// дійсності". The denied claim is a claim of its own, asserted by the side named (only when a side word names it).
/// </summary>
internal static class DeniedSource
{
    /// <summary>Nouns of a claim named before its content: "a ... claim that", "reports that".</summary>
    private static readonly WordSet ClaimNouns = new(["claim", "claims", "report", "reports", "statement", "statements", "assertion"]);

    /// <summary>Nouns of a claim whose source follows them in the genitive: "заявления российских пропагандистов о том, что".</summary>
    private static readonly WordSet GenitiveClaimNouns = new(
    [
        "заяви", "заяв", "заявлення", "повідомлення", "твердження", "заявления", "заявление", "заявлений", "сообщения",
        "утверждения", "утверждений", "заяву", "інформацію", "информацию",
    ]);

    /// <summary>Relative words and verbs of spreading: ", яку поширюють ...", ", которую распространяют ...".</summary>
    private static readonly WordSet Relatives = new(["яку", "які", "що", "которую", "которые", "что", "which"]);

    private static readonly WordSet Spreading = new(
    [
        "поширюють", "поширює", "поширювали", "розповсюджують", "пишуть", "повідомляють", "распространяют", "распространяет",
        "пишут", "сообщают", "spread", "spreads", "circulate", "circulating",
    ]);

    private static readonly (string Prefix, string Side)[] SideWords =
    [
        ("russian", "RU"), ("russia's", "RU"), ("moscow", "RU"), ("kremlin", "RU"), ("російськ", "RU"), ("российск", "RU"),
        ("ukrainian", "UA"), ("ukraine's", "UA"), ("kyiv", "UA"), ("українськ", "UA"), ("украинск", "UA"),
    ];

    /// <summary>The named source of the claim denied around <paramref name="trigger"/>, or null.</summary>
    public static (string Name, string Side)? Find(string text, ReadOnlySpan<Token> tokens, int first, int limit, int trigger)
    {
        // "denied a Russian Defence Ministry claim that [Russian troops had captured]": the source before "claim that"
        for (var i = trigger - 1; i > first + 1; i--)
        {
            if (tokens[i].Text(text) is "that" or "що" or "что" && ClaimNouns.Contains(text, tokens[i - 1]))
            {
                var start = i - 2;
                while (start > first && tokens[start - 1].Kind == TokenKind.Word && tokens[start - 1].Text(text) is not ("a" or "an" or "the"))
                {
                    start--;
                }

                return Named(text, tokens, start, i - 1);
            }
        }

        // "опроверг заявления российских пропагандистов о том, что [Степногорск якобы окружён]", "спростував заяви
        // російських пропагандистів про те, що ...": the source in the genitive after the claim noun
        for (var i = trigger - 1; i > first + 3; i--)
        {
            if (tokens[i].Text(text) is "that")
            {
                // "denied claims by Russian bloggers that [the town had been encircled]"
                for (var by = i - 2; by > first && i - by <= 5; by--)
                {
                    if (tokens[by].Text(text) is "by" && ClaimNouns.Contains(text, tokens[by - 1]))
                    {
                        return Named(text, tokens, by + 1, i);
                    }
                }

                continue;
            }

            if (tokens[i].Text(text) is not ("що" or "что"))
            {
                continue;
            }

            var j = tokens[i - 1].Text(text) is "," ? i - 2 : i - 1;
            if (j - 1 <= first || tokens[j].Text(text) is not ("том" or "те") || tokens[j - 1].Text(text) is not ("о" or "об" or "про"))
            {
                break;
            }

            var end = j - 1;
            for (var noun = end - 1; noun > first && end - noun <= 4; noun--)
            {
                if (GenitiveClaimNouns.Contains(text, tokens[noun]))
                {
                    return Named(text, tokens, noun + 1, end);
                }
            }

            break;
        }

        // "спростував заяву Міністерства оборони Росії про захоплення ...", "опроверг заявление Минобороны России о
        // захвате ...": the source in the genitive between the claim noun and the "про"/"о" that opens the claim
        if (trigger - 1 > first && tokens[trigger - 1].Text(text) is "про" or "о" or "об")
        {
            for (var noun = trigger - 2; noun > first && trigger - 1 - noun <= 5; noun--)
            {
                if (GenitiveClaimNouns.Contains(text, tokens[noun]))
                {
                    return Named(text, tokens, noun + 1, trigger - 1);
                }
            }
        }

        // "rejected the Russian Defence Ministry's claim of the capture of ...": the owner before "claim of"
        var of = trigger - 1 > first && tokens[trigger - 1].Text(text) is "the" ? trigger - 2 : trigger - 1;
        if (of - 2 > first && tokens[of].Text(text) is "of" && ClaimNouns.Contains(text, tokens[of - 1]))
        {
            var end = of - 1;
            if (end - 1 > first && tokens[end - 1].Text(text) is "'s" or "’s" or "'" or "’")
            {
                end--;
            }

            var start = end;
            while (start > first && tokens[start - 1].Kind == TokenKind.Word && tokens[start - 1].Text(text) is not ("a" or "an" or "the"))
            {
                start--;
            }

            return Named(text, tokens, start, end);
        }

        // "..., яку поширюють російські телеграм-канали, ...": the spreaders after the claim
        for (var i = trigger + 1; i + 2 < limit; i++)
        {
            if (Relatives.Contains(text, tokens[i]) && Spreading.Contains(text, tokens[i + 1]) && tokens[i - 1].Kind == TokenKind.Punctuation)
            {
                var end = i + 2;
                while (end < limit && tokens[end].Kind != TokenKind.Punctuation)
                {
                    end++;
                }

                return Named(text, tokens, i + 2, end);
            }
        }

        return null;
    }

    private static (string Name, string Side)? Named(string text, ReadOnlySpan<Token> tokens, int start, int end)
    {
        if (end <= start || end - start > 5)
        {
            return null;
        }

        var word = tokens[start].Text(text);
        foreach (var (prefix, side) in SideWords)
        {
            if (word.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                var name = text[tokens[start].Start..tokens[end - 1].End];
                return (name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("’s", StringComparison.Ordinal) ? name[..^2] : name, side);
            }
        }

        // "заяву Міністерства оборони Росії", "заяви росіян": a belligerent body of the registry opening the source
        var registry = Actors.ActorRegistry.Default;
        foreach (var match in registry.FindAll(text, tokens, start, end))
        {
            if (match.FirstToken == start && match.Value.IsBelligerent && registry.SideOf(match.Value) is { } own)
            {
                return (match.Value.Name, own);
            }
        }

        return null;
    }
}
