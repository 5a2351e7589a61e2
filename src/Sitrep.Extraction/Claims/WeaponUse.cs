using Sitrep.Core.Text;
using Sitrep.Extraction.Claims.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// A weapon used against something is a strike even without a strike verb: "Russia had used at least 200 guided
/// bombs", "a drone dropped an explosive charge on ...", "Russia fired missiles and drones at Ukraine", "1,860 shells
/// fired at the city", "the army fired from the left bank", "ворог застосував КАБи", "сбросили авиабомбы".
/// </summary>
internal static class WeaponUse
{
    /// <summary>How many words after the verb its weapon may stand ("used at least 200 guided bombs").</summary>
    private const int WeaponReach = 5;

    private static readonly WordSet UseVerbs = new(
    [
        "used", "uses", "using", "dropped", "drops", "dropping", "fired", "fires", "firing",
        "застосував", "застосували", "застосовує", "застосовують", "скинув", "скинули", "скидає", "скидають",
        "применил", "применили", "применяет", "применяют", "сбросил", "сбросили", "сбрасывает", "сбрасывают",
        // a count of rounds fired: "по Рыльскому району было выпущено более 40 боеприпасов"
        "выпущено", "выпущены", "випущено", "випущені",
    ]);

    private static readonly WordSet FireWords = new(["fired", "fires", "firing"]);

    /// <summary>A weapon that fell or landed on something struck it: "a missile had fallen on the station", "ракета упала на дом".</summary>
    private static readonly WordSet FallVerbs = new(
    [
        "fell", "fallen", "falls", "landed", "crashed", "упала", "упав", "впала", "впав", "упали", "впали", "упал", "упало", "влучила", "влучив",
    ]);

    private static readonly WordSet FallAims = new(["on", "onto", "into", "upon", "на", "в", "у"]);

    /// <summary>After "fired", words that show at what or from where ("fired at the city", "fired from the left bank").</summary>
    private static readonly WordSet FireAims = new(["at", "on", "upon", "into", "from"]);

    /// <summary>The token of a verb using a weapon in the clause, or -1.</summary>
    public static int Find(string text, ReadOnlySpan<Token> tokens, int first, int limit, ClaimLexicon lexicon)
    {
        for (var i = first; i < limit; i++)
        {
            if (FallVerbs.Contains(text, tokens[i]) && i + 1 < limit && FallAims.Contains(text, tokens[i + 1]) && WeaponFell(text, tokens, first, i, lexicon))
            {
                return i; // "a Ukrainian air defence missile had fallen on the station"; not "debris fell on a house"
            }

            if (!UseVerbs.Contains(text, tokens[i]))
            {
                continue;
            }

            if (FireWords.Contains(text, tokens[i]) && i + 1 < limit && FireAims.Contains(text, tokens[i + 1])
                && (!(i > first && ClaimLexicon.PassiveWords.Contains(text, tokens[i - 1])) || WeaponBefore(text, tokens, first, i, lexicon)))
            {
                return i; // "fired at the city", "shells were fired from the spit"; not "he was fired from his post"
            }

            for (var j = i + 1; j < Math.Min(limit, i + 1 + WeaponReach) && tokens[j].Kind != TokenKind.Punctuation; j++)
            {
                if (lexicon.Weapons.TryMatch(text, tokens, j, limit, out _, out _))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Pieces of a weapon brought down, which fall without striking: "обломки упали на крышу", "debris fell on a house".</summary>
    private static readonly WordSet Debris = new(["debris", "fragments", "wreckage", "обломки", "обломков", "уламки", "уламків", "фрагменти", "фрагменты"]);

    /// <summary>A weapon in the verb's own clause before it (no punctuation between), and no debris: "a missile had fallen on".</summary>
    private static bool WeaponFell(string text, ReadOnlySpan<Token> tokens, int first, int verb, ClaimLexicon lexicon)
    {
        for (var j = verb - 1; j >= Math.Max(first, verb - 6); j--)
        {
            if (tokens[j].Kind == TokenKind.Punctuation || Debris.Contains(text, tokens[j]))
            {
                return false;
            }

            if (lexicon.Weapons.TryMatch(text, tokens, j, verb, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    private static bool WeaponBefore(string text, ReadOnlySpan<Token> tokens, int first, int verb, ClaimLexicon lexicon)
    {
        for (var j = Math.Max(first, verb - 6); j < verb; j++)
        {
            if (lexicon.Weapons.TryMatch(text, tokens, j, verb, out _, out _))
            {
                return true;
            }
        }

        return false;
    }
}
