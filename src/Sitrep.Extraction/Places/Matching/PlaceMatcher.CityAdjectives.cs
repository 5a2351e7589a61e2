using Sitrep.Core.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// A large city's adjective in lower case before a capitalised name is the city: "эксперт киевского Центра оборонных
/// исследований", "працівники харківського Будинку культури". In lower case before a common noun it is left alone
/// ("киевского режима" is the government, "за київським часом" the time zone).
/// </summary>
internal sealed partial class PlaceMatcher
{
    /// <summary>Only a city this size: a village's adjective in lower case is an ordinary word.</summary>
    private const int LowerCaseAdjectiveCityPopulation = 200_000;

    private NameMatch? LowerCaseCityAdjectiveAt(string text, ReadOnlySpan<Token> tokens, int index, int sentenceEnd)
    {
        var t = tokens[index];
        if (index + 1 >= sentenceEnd || t.Kind != TokenKind.Word || t.Span.Length < 7 || !char.IsLower(text[t.Start])
            || text[t.Start] is < '\u0400' or > '\u04FF' || tokens[index + 1].Start != t.End + 1 || !IsCapitalisedWord(text, tokens[index + 1]))
        {
            return null;
        }

        var word = t.Text(text);
        if (!IsAdjectiveShaped(word) || !(word.Contains("ськ", StringComparison.Ordinal) || word.Contains("ск", StringComparison.Ordinal)))
        {
            return null;
        }

        var acc = NameKey.Seed;
        if (!NameKey.AppendToken(word, ref acc))
        {
            return null;
        }

        var hits = gazetteer.Lookup(acc);
        var city = -1;
        foreach (var h in hits)
        {
            var p = gazetteer[h];
            if (p.FeatureCode.StartsWith("PPL", StringComparison.Ordinal) && p.Population >= LowerCaseAdjectiveCityPopulation
                && (city < 0 || p.Population > gazetteer[city].Population))
            {
                city = h;
            }
        }

        return city < 0 ? null : new NameMatch(index, index, t.Span, [city]);
    }
}
