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

    private static readonly string[] RussianUpper = Upper(Russian);
    private static readonly string[] UkrainianUpper = Upper(Ukrainian);
    private static readonly string[] OwnUpper = Upper(Own);
    private static readonly string[] DrivenOutUpper = Upper(DrivenOut);

    private static string[] Upper(string[] phrases) => Array.ConvertAll(phrases, p => p.ToUpperInvariant());

    /// <summary>"RU" or "UA" when the text names only that side's forces, else null.</summary>
    public static string? In(string text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 2000)
        {
            return null;
        }

        // The text upper-cased once and searched ordinally: the same matches as searching it ignoring case (which maps
        // every character to its invariant upper case too, for each phrase again), at the same positions (upper-casing
        // keeps the length).
        var upper = text.ToUpperInvariant();
        if (Array.Exists(OwnUpper, o => upper.Contains(o, StringComparison.Ordinal)))
        {
            return null;
        }

        // the forces named first are the subject: "confirmed that Russian troops had captured X after Ukrainian units withdrew"
        var russian = FirstNamed(text, upper, RussianUpper);
        var ukrainian = FirstNamed(text, upper, UkrainianUpper);
        return russian == ukrainian ? null : (uint)russian < (uint)ukrainian ? "RU" : "UA";
    }

    /// <summary>Where the first of <paramref name="phrases"/> (upper-cased) stands in the text, or -1.</summary>
    private static int FirstNamed(string text, string upper, string[] phrases)
    {
        var first = -1;
        foreach (var phrase in phrases)
        {
            for (var at = upper.IndexOf(phrase, StringComparison.Ordinal); at >= 0;
                 at = upper.IndexOf(phrase, at + phrase.Length, StringComparison.Ordinal))
            {
                var wordStart = at == 0 || !char.IsLetter(text[at - 1]);
                var wordEnd = at + phrase.Length >= text.Length || !char.IsLetter(text[at + phrase.Length]) || phrase.EndsWith(' ');
                if (wordStart && wordEnd && !Array.Exists(DrivenOutUpper, d => EndsBefore(upper, at, d)))
                {
                    first = first < 0 ? at : Math.Min(first, at);
                    break;
                }
            }
        }

        return first;
    }

    private static bool EndsBefore(string upper, int at, string word) =>
        at >= word.Length && string.CompareOrdinal(upper, at - word.Length, word, 0, word.Length) == 0;
}
