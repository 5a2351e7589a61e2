namespace Sitrep.Reconcile.Claims;

/// <summary>
/// Whose forces a stored capture or control claim is about, read from its text: "the brigade said Russian units
/// control the outskirts" is a Ukrainian claimant saying that Russia holds ground. The side whose forces are named
/// first counts, unless the text says "our"/"its forces"; with no forces named the claimant's own side is assumed. Forces named after
/// "from" or "of" ("liberated from Ukrainian troops") are the ones driven out and do not count.
/// </summary>
internal static class ForcesNamed
{
    private static readonly string[] Russian =
    [
        "russian troops", "russian forces", "russian units", "russian army", "russian soldiers", "russia's forces",
        "russia's troops", "occupying forces", "occupiers", "invaders", "російські війська", "російські підрозділи",
        "російські військові", "окупанти", "росіяни", "российские войска", "российские подразделения",
        "российские военные", "вс рф", "войска рф",
    ];

    private static readonly string[] Ukrainian =
    [
        "ukrainian troops", "ukrainian forces", "ukrainian units", "ukrainian army", "ukrainian soldiers",
        "ukraine's forces", "ukraine's troops", "українські війська", "українські підрозділи", "українські військові",
        "сили оборони", "зсу", "всу", "украинские войска", "украинские подразделения", "украинские военные",
    ];

    private static readonly string[] Own =
    [
        "our ", "its forces", "its troops", "its units", "its fighters", "наші", "наших", "наши ", "нашими",
    ];

    private static readonly string[] DrivenOut = ["from ", "of ", "від ", "от "];

    /// <summary>"RU" or "UA" when the text names only that side's forces, else null.</summary>
    public static string? In(string text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 2000)
        {
            return null;
        }

        if (Array.Exists(Own, o => text.Contains(o, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        // the forces named first are the subject: "confirmed that Russian troops had captured X after Ukrainian units withdrew"
        var russian = FirstNamed(text, Russian);
        var ukrainian = FirstNamed(text, Ukrainian);
        return russian == ukrainian ? null : (uint)russian < (uint)ukrainian ? "RU" : "UA";
    }

    /// <summary>Where the first of <paramref name="phrases"/> stands in the text, or -1.</summary>
    private static int FirstNamed(string text, string[] phrases)
    {
        var first = -1;
        foreach (var phrase in phrases)
        {
            for (var at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase); at >= 0;
                 at = text.IndexOf(phrase, at + phrase.Length, StringComparison.OrdinalIgnoreCase))
            {
                var wordStart = at == 0 || !char.IsLetter(text[at - 1]);
                var wordEnd = at + phrase.Length >= text.Length || !char.IsLetter(text[at + phrase.Length]) || phrase.EndsWith(' ');
                if (wordStart && wordEnd && !Array.Exists(DrivenOut, d => EndsBefore(text, at, d)))
                {
                    first = first < 0 ? at : Math.Min(first, at);
                    break;
                }
            }
        }

        return first;
    }

    private static bool EndsBefore(string text, int at, string word) =>
        at >= word.Length && string.Compare(text, at - word.Length, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0;
}
