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

    /// <summary>After "fired", words that show at what or from where ("fired at the city", "fired from the left bank").</summary>
    private static readonly WordSet FireAims = new(["at", "on", "upon", "into", "from"]);

    /// <summary>The token of a verb using a weapon in the clause, or -1.</summary>
    public static int Find(string text, ReadOnlySpan<Token> tokens, int first, int limit, ClaimLexicon lexicon)
    {
        for (var i = first; i < limit; i++)
        {
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
