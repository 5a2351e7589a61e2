using Sitrep.Core.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// Districts of the large cities ("the Saltivskyi district" of Kharkiv, "у Шевченківському районі"): their names are
/// adjectives, found as districts only where the text makes them one.
/// </summary>
internal sealed partial class PlaceMatcher
{
    /// <summary>Per document: the district names it has named with a district word. Set by <see cref="Find"/>.</summary>
    private HashSet<ulong> _districtKeys = null!;

    /// <summary>Per document: an adjective's candidates without the districts, by name key. Set by <see cref="Find"/>.</summary>
    private Dictionary<ulong, int[]> _nonDistrictSets = null!;

    /// <summary>
    /// The caller has checked the word is adjective-shaped. A district's adjective is the district before a district word ("Saltivskyi district", "Салтівського району",
    /// the word joins the span), before "and" and another district's name with the plural word ("the Saltivskyi and
    /// Kyivskyi districts"), after a locative once the document has named districts ("In Obolonskyi, windows were
    /// blown out"), or wherever after the document has named it with its district word. A district name that is no
    /// adjective ("Peresyp") is a name like any other.
    /// </summary>
    private NameMatch? CityDistrictAt(string text, ReadOnlySpan<Token> tokens, int first, int sentenceStart, int sentenceEnd, ulong key, ReadOnlySpan<int> hits)
    {
        var next = first + 1;
        if (next < sentenceEnd && tokens[next].Kind == TokenKind.Word && IsCityDistrictWord(tokens[next].Text(text)))
        {
            _districtKeys.Add(key);
            return new NameMatch(first, next, new TextSpan(tokens[first].Start, tokens[next].End), CityDistricts(hits)) { IsRegionPhrase = true };
        }

        var listed = next + 2 < sentenceEnd && tokens[next].Kind == TokenKind.Word && IsAnd(tokens[next].Text(text))
            && IsCapitalisedWord(text, tokens[next + 1]) && IsAdjectiveShaped(tokens[next + 1].Text(text))
            && tokens[next + 2].Kind == TokenKind.Word && IsCityDistrictWord(tokens[next + 2].Text(text));
        var named = _districtKeys.Contains(key)
            || (first > sentenceStart && tokens[first - 1].Kind == TokenKind.Word && _words.Is(first - 1, lexicon.Locatives)
                && (_districtKeys.Count > 0 || NamesDistrictBefore(text, tokens, first)));
        if (!listed && !named)
        {
            return null;
        }

        _districtKeys.Add(key);
        return new NameMatch(first, first, new TextSpan(tokens[first].Start, tokens[first].End), CityDistricts(hits));
    }

    /// <summary>Whether an adjective before a district word comes earlier in the document ("in the Darnytskyi district"),
    /// a district the gazetteer may not have: the document is about a city's districts.</summary>
    private static bool NamesDistrictBefore(string text, ReadOnlySpan<Token> tokens, int before)
    {
        for (var t = 0; t + 1 < before; t++)
        {
            if (tokens[t + 1].Kind == TokenKind.Word && IsCityDistrictWord(tokens[t + 1].Text(text)) && IsCapitalisedWord(text, tokens[t])
                && IsAdjectiveShaped(tokens[t].Text(text)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The candidates that are city districts (<paramref name="districts"/>), or those that are not, for an
    /// adjective that did not name one.</summary>
    private int[] CityDistricts(ReadOnlySpan<int> hits, bool districts = true)
    {
        var result = new List<int>(hits.Length);
        foreach (var h in hits)
        {
            if (gazetteer.IsCityDistrict(h) == districts)
            {
                result.Add(h);
            }
        }

        return [.. result];
    }

    /// <summary>"district(s)", "raion", "район" in any case and number (not "мікрорайон": a microdistrict is smaller).</summary>
    private static bool IsCityDistrictWord(ReadOnlySpan<char> word) =>
        word.Equals("district", StringComparison.OrdinalIgnoreCase) || word.Equals("districts", StringComparison.OrdinalIgnoreCase)
        || word.StartsWith("raion", StringComparison.OrdinalIgnoreCase) || word.StartsWith("район", StringComparison.OrdinalIgnoreCase);

    private static bool IsAnd(ReadOnlySpan<char> word) =>
        word is "and" or "і" or "й" or "та" or "и";

    private static readonly string[] AdjectiveEndings =
    [
        "yi", "iy", "yy", "ij", "ii", "ky",
        "ий", "ій", "ый", "ого", "ому", "ім", "ом", "ой", "ої", "ая", "ое", "ые", "их", "ых", "им", "ым", "ем",
    ];

    private static bool IsAdjectiveShaped(ReadOnlySpan<char> word)
    {
        foreach (var e in AdjectiveEndings)
        {
            if (word.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
