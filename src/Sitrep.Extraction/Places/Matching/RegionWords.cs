using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>Words that turn a place name into its region: "Kursk region", "Donetsk Oblast", "Курська область".</summary>
internal static class RegionWords
{
    private static readonly string[] Suffixes =
    [
        " Oblast'", " Oblast", " oblast", " Region", " region", " Province", " Krai", " Kray", " Raion", " Rayon",
        " область", " Область", " край", " Voblasc'", " Voblasts'",
    ];

    /// <summary>The name without its region word, or null if it has none.</summary>
    public static string? StripRegionWord(string name)
    {
        if (name.StartsWith("Autonomous Republic of ", StringComparison.Ordinal))
        {
            return name["Autonomous Republic of ".Length..];
        }

        foreach (var s in Suffixes)
        {
            if (name.Length > s.Length + 2 && name.EndsWith(s, StringComparison.Ordinal))
            {
                return name[..^s.Length];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a token right after a place name makes it a region ("region", "oblast", "області", "области", and the
    /// regional administrations: "regional", "ОВА", "ОДА").
    /// </summary>
    public static bool IsRegionWord(ReadOnlySpan<char> token) =>
        token.Equals("region", StringComparison.OrdinalIgnoreCase)
        || token.Equals("oblast", StringComparison.OrdinalIgnoreCase)
        || token.Equals("province", StringComparison.OrdinalIgnoreCase)
        || token.Equals("regional", StringComparison.OrdinalIgnoreCase)
        || token.Equals("ОВА", StringComparison.Ordinal) || token.Equals("ОДА", StringComparison.Ordinal)
        || token.StartsWith("област", StringComparison.OrdinalIgnoreCase)
        || token.StartsWith("обл", StringComparison.OrdinalIgnoreCase) && token.Length == 3;

    /// <summary>
    /// Whether a word is the colloquial name of a region, in any case: "Харківщина", "на Харківщині",
    /// "Белгородчины", "Kharkivshchyna" (the -щина/-чина suffix and its romanisations).
    /// </summary>
    public static bool IsRegionNameForm(ReadOnlySpan<char> word)
    {
        var w = word.Length > 8 ? word[^8..] : word;
        return IgnoreCase.Contains(w, "щин") || IgnoreCase.Contains(w, "чин") || IgnoreCase.Contains(w, "shchyn")
            || IgnoreCase.Contains(w, "chyn") || IgnoreCase.Contains(w, "chin");
    }

    private static readonly string[] DistrictSuffixes =
    [
        " urban raion", " Raion", " raion", " Rayon", " rayon", " District", " district", " район", " City Council",
        " Mis’krada", " Miskrada",
    ];

    /// <summary>A raion's name without its raion word ("Pokrovsk Raion", "Покровський район"), or null if it has none.</summary>
    public static string? StripDistrictWord(string name)
    {
        foreach (var s in DistrictSuffixes)
        {
            if (name.Length > s.Length + 2 && name.EndsWith(s, StringComparison.Ordinal))
            {
                return name[..^s.Length];
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a token right after a place name makes it a raion, a second-level region: "raion", "rayon", "district",
    /// "район" and its cases, and the adjective of a raion's office ("районна", "районной").
    /// </summary>
    public static bool IsDistrictWord(ReadOnlySpan<char> token) =>
        token.Equals("raion", StringComparison.OrdinalIgnoreCase)
        || token.Equals("rayon", StringComparison.OrdinalIgnoreCase)
        || token.Equals("district", StringComparison.OrdinalIgnoreCase)
        || token.Equals("districts", StringComparison.OrdinalIgnoreCase) // "the Kherson and Beryslav districts"
        || token.Equals("raions", StringComparison.OrdinalIgnoreCase)
        || (token.StartsWith("район", StringComparison.OrdinalIgnoreCase) && token.Length <= 7)
        || (token.StartsWith("районн", StringComparison.OrdinalIgnoreCase) && token.Length <= 9); // "Покровської районної військової адміністрації": the raion's office
}
