using Sitrep.Core.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// Russia's districts (raions and municipal okrugs: "Грайворонский район", "в Шебекинском округе", "the Korenevsky
/// district"). The sources have no Russian second-level regions, so such a district is found at its seat, the town
/// its adjective is made from: the adjective's stem, with the endings Russian town names take before -ский (Грайворон,
/// Шебекин-о, Коренев-о, Рыль-ск, Суджа-н-). Only before a district word, and only a town of Russia: Ukraine's raions
/// are compiled with their own ids, and the adjective alone stays what it was.
/// </summary>
internal sealed partial class PlaceMatcher
{
    private static readonly string[] CyrillicDistrictAdjective = ["ский", "ского", "скому", "ском", "ским", "ской", "скій", "ського", "ському", "ськім", "ським", "ський"];
    private static readonly string[] LatinDistrictAdjective = ["skiy", "skyi", "skyy", "skii", "sky", "ski"];

    private NameMatch? RussianDistrictAt(string text, ReadOnlySpan<Token> tokens, int index, int sentenceEnd)
    {
        var next = index + 1;
        if (next >= sentenceEnd || tokens[index].Kind != TokenKind.Word || !IsCapitalisedWord(text, tokens[index])
            || tokens[next].Kind != TokenKind.Word || !IsRussianDistrictWord(tokens[next].Text(text)))
        {
            return null;
        }

        if (index > 1 && tokens[index - 2].SentenceIndex == tokens[index].SentenceIndex && IsCapitalisedWord(text, tokens[index - 1])
            && tokens[index - 1].End == tokens[index].Start - 1 && !_words.Is(index - 1, lexicon.CommonWords))
        {
            return null; // "в Маслову Пристань Шебекинского округа": the district only says where the village lies (not
                         // after a sentence's first word, "Ночью Грайворонский район ...")
        }

        if (CityAfter(text, tokens, next + 1, sentenceEnd))
        {
            return null; // "the Leninsky district of Luhansk", "Ленинского района Донецка": a city's district
        }

        var word = tokens[index].Text(text);
        var stem = DistrictStem(word, out var cyrillic);
        if (stem.Length < 3)
        {
            return null;
        }

        var found = new List<int>();
        var anyRegion = RussianRegionAfter(text, tokens, next + 1, sentenceEnd);
        foreach (var ending in cyrillic ? (string[])["", "о", "а", "ск", "ово"] : ["", "o", "a", "sk", "ovo"])
        {
            AddRussianTowns(string.Concat(stem, ending), found, anyRegion);
        }

        if (found.Count == 0 && stem.Length > 4 && (stem.EndsWith("ан", StringComparison.Ordinal) || stem.EndsWith("an", StringComparison.Ordinal)))
        {
            AddRussianTowns(string.Concat(stem[..^2], cyrillic ? "а" : "a"), found, anyRegion); // Суджанский: Суджа; Sudzhansky: Sudzha
        }

        if (found.Count == 0)
        {
            AddCompoundTowns(stem, cyrillic, found, anyRegion);
        }

        if (found.Count == 0)
        {
            return null;
        }

        found.Sort();
        return new NameMatch(index, next, new TextSpan(tokens[index].Start, tokens[next].End), [.. found.Distinct()]);
    }

    private static ReadOnlySpan<char> DistrictStem(ReadOnlySpan<char> word, out bool cyrillic)
    {
        cyrillic = word.Length > 0 && word[0] is >= '\u0400' and <= '\u04FF';
        foreach (var ending in cyrillic ? CyrillicDistrictAdjective : LatinDistrictAdjective)
        {
            if (word.Length > ending.Length && word.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return word[..^ending.Length];
            }
        }

        return [];
    }

    private void AddRussianTowns(string name, List<int> found, bool anyRegion, string? second = null)
    {
        var acc = NameKey.Seed;
        if (!NameKey.AppendToken(name, ref acc) || (second is not null && !NameKey.AppendToken(second, ref acc)))
        {
            return;
        }

        foreach (var h in gazetteer.Lookup(acc))
        {
            var p = gazetteer[h];
            if (p.Country == "RU" && p.FeatureCode.StartsWith("PPL", StringComparison.Ordinal)
                && (BorderRegions.Contains(p.Admin1Code ?? "") || (anyRegion && p.Population >= DistrictSeatPopulation))
                && !found.Contains(h))
            {
                found.Add(h);
            }
        }
    }

    /// <summary>A district seat beyond the border regions is a town: a village of Russia's interior of the same stem is not
    /// what the reporting means.</summary>
    private const int DistrictSeatPopulation = 10_000;

    /// <summary>Adjective prefixes of compound town names, the adjective's stem with its linking -o- ("Красно-",
    /// "Бело-", "Ново-"), and the endings the first word of the town's name takes.</summary>
    private static readonly string[] CyrillicFirstWordEndings = ["ый", "ий", "ая", "яя", "ое", "ой"];
    private static readonly string[] LatinFirstWordEndings = ["yy", "y", "iy", "yi", "aya", "aia", "oye", "oe", "oy"];

    /// <summary>
    /// A district named after a town of two words makes one adjective of them, the first word's stem joined by -o-
    /// ("Красносулинский" is Krasny Sulin's, "Белокалитвинский" Belaya Kalitva's, "Belokalitvinsky" likewise): the stem
    /// is split after each -o-, the first part given an adjective's ending and the second taken as it is, or with a
    /// noun's -a for the linking -ин- of a town in -а ("калитвин" → "Калитва"). Derived from the gazetteer's two-word
    /// names, not a list.
    /// </summary>
    private void AddCompoundTowns(ReadOnlySpan<char> stem, bool cyrillic, List<int> found, bool anyRegion)
    {
        var o = cyrillic ? 'о' : 'o';
        for (var i = 3; i < stem.Length - 3 && found.Count == 0; i++)
        {
            if (char.ToLowerInvariant(stem[i]) != o)
            {
                continue;
            }

            var head = stem[..i].ToString();
            var rest = stem[(i + 1)..];
            var tail = string.Concat(char.ToUpperInvariant(rest[0]).ToString(), rest[1..]);
            var tails = new List<string> { tail };
            if (tail.EndsWith(cyrillic ? "ин" : "in", StringComparison.Ordinal) && tail.Length > 4)
            {
                tails.Add(string.Concat(tail.AsSpan(0, tail.Length - 2), cyrillic ? "а" : "a"));
            }

            foreach (var ending in cyrillic ? CyrillicFirstWordEndings : LatinFirstWordEndings)
            {
                foreach (var t in tails)
                {
                    AddRussianTowns(head + ending, found, anyRegion, t);
                }
            }
        }
    }

    /// <summary>Whether a region of Russia is named within four words after the district word ("of Russia's Krasnodar
    /// region", "Краснодарского края", "of the Rostov region").</summary>
    private static bool RussianRegionAfter(string text, ReadOnlySpan<Token> tokens, int at, int sentenceEnd)
    {
        for (var k = at; k < sentenceEnd && k < at + 4; k++)
        {
            var word = tokens[k].Text(text);
            if (tokens[k].Kind == TokenKind.Word && (RegionWords.IsRegionWord(word) || word.StartsWith("кра", StringComparison.OrdinalIgnoreCase) && word.Length is 3 or 4
                || word.Equals("krai", StringComparison.OrdinalIgnoreCase) || word.Equals("kray", StringComparison.OrdinalIgnoreCase)
                || word.Equals("territory", StringComparison.OrdinalIgnoreCase) || word.StartsWith("республик", StringComparison.OrdinalIgnoreCase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>GeoNames first-level codes of the Russian regions on Ukraine's border whose districts the reporting names:
    /// Belgorod, Bryansk, Kursk, Rostov, Voronezh.</summary>
    private static readonly HashSet<string> BorderRegions = ["09", "10", "41", "61", "86"];

    /// <summary>Whether a town follows the district word ("of Luhansk", "Донецка"), not a region ("of Kursk region",
    /// "Белгородской области", "of Russia's Kursk region").</summary>
    private static bool CityAfter(string text, ReadOnlySpan<Token> tokens, int at, int sentenceEnd)
    {
        if (at < sentenceEnd && tokens[at].Kind == TokenKind.Word && tokens[at].Text(text).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            at++;
        }

        if (at >= sentenceEnd || !IsCapitalisedWord(text, tokens[at]))
        {
            return false;
        }

        var name = tokens[at].Text(text);
        var possessive = name.EndsWith("'s", StringComparison.Ordinal) || name.EndsWith("\u2019s", StringComparison.Ordinal);
        var regionAfter = at + 1 < sentenceEnd && tokens[at + 1].Kind == TokenKind.Word && RegionWords.IsRegionWord(tokens[at + 1].Text(text));
        return !possessive && !regionAfter;
    }

    /// <summary>"район", "district", "raion", "округ" (a municipal okrug) in any case and number.</summary>
    private static bool IsRussianDistrictWord(ReadOnlySpan<char> word) =>
        IsCityDistrictWord(word) || word.StartsWith("округ", StringComparison.OrdinalIgnoreCase)
        || word.Equals("okrug", StringComparison.OrdinalIgnoreCase);
}
