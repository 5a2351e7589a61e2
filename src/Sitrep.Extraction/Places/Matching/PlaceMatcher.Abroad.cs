using Sitrep.Core.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// The gazetteer holds every town of 500+ people worldwide, so many English words and surnames are a place somewhere
/// ("March", "War", "Police", "Kellogg", "White House"). A name whose every candidate lies abroad (not in Ukraine,
/// Russia or Belarus, and not a country or region) needs more than a capital letter.
/// </summary>
internal sealed partial class PlaceMatcher
{
    /// <summary>A town abroad this big is named in the news as itself; smaller ones need a locative word.</summary>
    private const int KnownAbroadPopulation = 100_000;

    /// <summary>Whether any candidate is in the countries this tool reports on, or is a country or region.</summary>
    private bool AnyAtHome(ReadOnlySpan<int> hits)
    {
        foreach (var h in hits)
        {
            var p = gazetteer[h];
            if (p.IsAdminArea || IsCoreCountry(p.Country))
            {
                return true;
            }
        }

        return false;
    }

    private bool AnyKnownAbroad(ReadOnlySpan<int> hits)
    {
        foreach (var h in hits)
        {
            var p = gazetteer[h];
            if (p.Population >= KnownAbroadPopulation || p.IsCapital)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// After a locative word, a name abroad is taken unless it is a common word or short ("in March", "of War") or a
    /// small town after "of", "by", "to", "on", "over", where surnames and institutions follow ("spoke to Kellogg").
    /// </summary>
    private bool PassesAbroadAfterLocative(ReadOnlySpan<char> word, ReadOnlySpan<char> locative, ReadOnlySpan<int> hits)
    {
        if (AnyAtHome(hits))
        {
            return true;
        }

        if (word.Length <= 3 || lexicon.IsCommonWord(word))
        {
            return false;
        }

        return !IsWeakLocative(locative) || AnyKnownAbroad(hits);
    }

    /// <summary>A name of several words abroad ("White House", "Le Bourget") needs a locative word unless the town is big.</summary>
    private bool PassesMultiWordAbroad(string text, ReadOnlySpan<Token> tokens, int first, int sentenceStart, ReadOnlySpan<int> hits)
    {
        if (AnyAtHome(hits) || AnyKnownAbroad(hits))
        {
            return true;
        }

        var previous = first > sentenceStart ? tokens[first - 1] : default;
        return first > sentenceStart && previous.Kind == TokenKind.Word && _words.Is(first - 1, lexicon.Locatives)
            && !IsWeakLocative(previous.Text(text));
    }

    private static bool IsWeakLocative(ReadOnlySpan<char> word) =>
        word.Equals("of", StringComparison.OrdinalIgnoreCase) || word.Equals("by", StringComparison.OrdinalIgnoreCase)
        || word.Equals("to", StringComparison.OrdinalIgnoreCase) || word.Equals("on", StringComparison.OrdinalIgnoreCase)
        || word.Equals("over", StringComparison.OrdinalIgnoreCase);
}
