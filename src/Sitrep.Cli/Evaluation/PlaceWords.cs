using System.Text;

namespace Sitrep.Cli.Evaluation;

/// <summary>Word helpers for deciding whether a headline names the place UCDP coded.</summary>
internal static class PlaceWords
{
    private static readonly HashSet<string> PositionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "between", "near", "outside", "outskirts", "around", "area", "north", "south", "east", "west", "northern",
        "southern", "eastern", "western", "central", "the", "in", "of", "and", "village", "town", "city",
        "district", "region", "oblast", "raion",
    };

    public static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var letter = i < text.Length && (char.IsLetter(text[i]) || (start >= 0 && text[i] is '\'' or '\u2019'));
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }

    /// <summary>Words after a name that make it a wider area than the coded point ("Donetsk region: in Selidovo").</summary>
    private static readonly HashSet<string> AreaWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "region", "oblast", "obl", "direction", "directions", "district", "raion", "sector", "province",
    };

    /// <summary>The first capitalised word that is not a position word and not the name of a wider area.</summary>
    public static string? FirstPlaceWord(string description)
    {
        var words = Words(description).ToList();
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var area = i + 1 < words.Count && AreaWords.Contains(words[i + 1]);
            if (word.Length >= 3 && char.IsUpper(word[0]) && !PositionWords.Contains(word) && !area)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>
    /// Lower case, apostrophes dropped, g→h (Lugansk/Luhansk), and every run of vowels (with y and j) as one
    /// letter: Russian and Ukrainian romanisations of one name differ in their vowels (Slavyansk/Sloviansk,
    /// Avdeevka/Avdiivka, Pobeda/Pobieda), which the places stage reads as the same name.
    /// </summary>
    public static string Fold(string word)
    {
        var sb = new StringBuilder(word.Length);
        foreach (var c in word.Normalize(NormalizationForm.FormD))
        {
            var l = char.ToLowerInvariant(c);
            if (!char.IsLetter(l))
            {
                continue;
            }

            l = l switch { 'g' => 'h', 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'j' => 'a', _ => l };
            if (l != 'a' || sb.Length == 0 || sb[^1] != 'a')
            {
                sb.Append(l);
            }
        }

        return sb.ToString();
    }
}
