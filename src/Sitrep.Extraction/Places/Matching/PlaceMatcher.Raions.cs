using Sitrep.Core.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>Raions of Ukraine share their names with towns: a raion only with its raion word, otherwise the town.</summary>
internal sealed partial class PlaceMatcher
{
    /// <summary>Per document: a name's candidates without the raions it also names (a raion needs its raion word). Set by <see cref="Find"/>.</summary>
    private Dictionary<ulong, int[]> _townSets = null!;

    /// <summary>
    /// A raion (second-level region) is named only with its raion word: "Pokrovsk Raion" as one name, or a name
    /// followed by "raion", "district", "район" ("the Pokrovsk district", "у Покровському районі"); the raion word
    /// joins the span.
    /// </summary>
    private NameMatch? RaionAt(string text, ReadOnlySpan<Token> tokens, TokenParts parts, int first, int last, int sentenceEnd, ReadOnlySpan<int> hits)
    {
        if (last > first && RegionWords.IsDistrictWord(tokens[last].Text(text)))
        {
            return new NameMatch(first, last, new TextSpan(tokens[first].Start, tokens[last].End), Raions(hits)) { IsRegionPhrase = true };
        }

        var next = last + 1;
        if (parts.NameEnd[last] != tokens[last].End || next >= sentenceEnd || tokens[next].Kind != TokenKind.Word
            || !RegionWords.IsDistrictWord(tokens[next].Text(text)))
        {
            return null;
        }

        return new NameMatch(first, next, new TextSpan(tokens[first].Start, tokens[next].End), Raions(hits)) { IsRegionPhrase = true };
    }

    private int[] Raions(ReadOnlySpan<int> hits)
    {
        var result = new List<int>(1);
        foreach (var h in hits)
        {
            if (gazetteer.IsRaion(h) || gazetteer.IsCityDistrict(h))
            {
                result.Add(h); // a district of a city by a raion's name ("Podilskyi district" of Kyiv) is left to the context
            }
        }

        return [.. result];
    }

    private int[] WithoutRaions(ReadOnlySpan<int> hits)
    {
        var result = new List<int>(hits.Length);
        foreach (var h in hits)
        {
            if (!gazetteer.IsRaion(h))
            {
                result.Add(h);
            }
        }

        return [.. result];
    }
}
