using System.Text;

namespace Sitrep.Extraction.Places.GazetteerBuild;

/// <summary>
/// Writes a romanised Ukrainian or Russian place name ("Mykolaivka", "Nikolayevka", "Yelyzavetyns'kyy") back in
/// Cyrillic, as far as the matcher's folded alphabet needs: і ї й и ы all fold to и and є е ё э to е, so the
/// ambiguities of reversing a romanisation mostly vanish. Used only for places no source spells in Cyrillic.
/// </summary>
internal static class ReverseTransliteration
{
    private static readonly (string Latin, string Cyrillic)[] Rules =
    [
        ("shch", "щ"), ("zgh", "зг"), ("sch", "щ"),
        ("kh", "х"), ("zh", "ж"), ("ts", "ц"), ("ch", "ч"), ("sh", "ш"),
        ("ya", "я"), ("ia", "я"), ("yu", "ю"), ("iu", "ю"), ("ye", "е"), ("ie", "е"), ("yi", "и"), ("yo", "ио"),
        ("a", "а"), ("b", "б"), ("v", "в"), ("w", "в"), ("h", "г"), ("g", "г"), ("d", "д"), ("e", "е"), ("z", "з"),
        ("y", "и"), ("i", "и"), ("j", "и"), ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"),
        ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"), ("f", "ф"), ("c", "ц"), ("x", "кс"), ("q", "к"),
    ];

    /// <summary>The Cyrillic spelling, or null if the name has letters outside basic Latin.</summary>
    public static string? ToCyrillic(string latin)
    {
        var sb = new StringBuilder(latin.Length);
        var i = 0;
        while (i < latin.Length)
        {
            var c = latin[i];
            if (c is '\'' or '\u2019' or '\u02BC' or '`')
            {
                i++;
                continue;
            }

            if (c is ' ' or '-')
            {
                sb.Append(c);
                i++;
                continue;
            }

            if (!char.IsAsciiLetter(c))
            {
                return null;
            }

            var matched = false;
            foreach (var (lat, cyr) in Rules)
            {
                if (string.Compare(latin, i, lat, 0, lat.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    sb.Append(char.IsUpper(c) ? char.ToUpperInvariant(cyr[0]) + cyr[1..] : cyr);
                    i += lat.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                return null;
            }
        }

        return sb.ToString();
    }
}
