namespace Sitrep.Extraction.Attribution;

/// <summary>The outlet a feed's title or a channel's name line names: "Eastern Front Wire - Latest" is Eastern Front Wire.</summary>
internal static class FeedTitle
{
    private static readonly string[] FeedSuffixes = ["latest", "latest news", "news", "rss", "feed", "home", "top stories", "all stories", "новини", "новости"];

    /// <summary>A feed's title names its outlet: "Eastern Front Wire - Latest" is Eastern Front Wire.</summary>
    internal static string OutletName(string outlet)
    {
        var name = outlet.Trim();
        var cut = name.LastIndexOfAny(['-', '–', '—', '|', ':']);
        if (cut > 0 && cut < name.Length - 1 && char.IsWhiteSpace(name[cut - 1])
            && Array.Exists(FeedSuffixes, f => name[(cut + 1)..].Trim().Equals(f, StringComparison.OrdinalIgnoreCase)))
        {
            return name[..cut].TrimEnd();
        }

        // "Окопная правда | записки военкора", "Trench Notes | a correspondent's diary": a channel's description after a
        // bar, in lower case, is no part of its name ("Военкор Сергей Грач | Z" keeps its capital tag)
        var bar = name.IndexOf(" | ", StringComparison.Ordinal);
        if (bar > 0 && bar + 3 < name.Length && char.IsLower(name[bar + 3]))
        {
            return name[..bar].TrimEnd();
        }

        return name;
    }
}
