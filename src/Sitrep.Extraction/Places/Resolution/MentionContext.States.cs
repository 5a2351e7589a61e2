using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Places.Languages;
using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.Resolution;

/// <summary>
/// Countries and capitals as actors or inside names: "Russia fired 40 drones", "launched by Russia", "Ukraine's
/// army" (metonymy); "the Armed Forces of Ukraine", "Ukraine's General Staff", "Ukraine's 7th Corps" (name).
/// </summary>
internal sealed partial class MentionContext
{
    private static readonly CueList AgentVerbs = new([
        "fired", "fires", "launched", "launches", "struck", "strikes", "drops", "dropped", "used", "uses", "concentrated",
        "lost", "defended", "exchanged", "attacked", "attacks", "shelled", "sent", "sends", "deployed", "captured",
        "took", "seized", "invaded", "wants", "wanted", "pushed", "continues", "continued", "called", "calls", "hopes",
        "accepted", "offered", "proposed", "expects", "expected", "plans", "planned", "needs", "received",
    ]);

    private static readonly CueList StateAdverbs = new([
        "also", "currently", "increasingly", "again", "reportedly", "repeatedly", "not", "never", "still", "already",
        "now", "later", "allegedly", "has", "have", "had",
    ]);

    private static readonly CueList PlacePrepositions = new([
        "in", "into", "from", "to", "over", "across", "at", "near", "inside", "throughout", "towards", "toward", "on",
        "within", "around", "outside", "beyond",
    ]);

    private static readonly CueList NameWordsAfterPossessive = new([
        "air", "navy", "naval", "national", "foreign", "security", "defence", "defense", "general", "joint",
    ]);

    private static readonly CueList Ministries = new(["Министерств*", "Міністерств*", "министерств*", "міністерств*"]);

    /// <summary>The mention context's own cue lists, read with the lexicon's into one table (<see cref="PlaceLexicon.Words"/>).</summary>
    internal static CueList[] CueLists =>
    [
        AgentVerbs, StateAdverbs, PlacePrepositions, NameWordsAfterPossessive, Ministries, UnitModifiers, Governors,
        RegionBodyWords, CampaignWords, NearWords,
    ];

    private bool IsCyrillic(int token) => text[tokens[token].Start] is >= '\u0400' and <= '\u04FF';

    private PlaceRole? StateRole(NameMatch match, GazetteerPlace place, int sentenceStart, int sentenceEnd)
    {
        var next = match.LastToken + 1;
        var previous = match.FirstToken - 1;
        if (match.Possessive && next < sentenceEnd)
        {
            if (IsWord(next) && (Is(next, lexicon.GovernmentNouns) || Word(next).Equals("armed", StringComparison.OrdinalIgnoreCase)))
            {
                return PlaceRole.Metonymy; // "Ukraine's army", "Russia's military"
            }

            if (place.IsCountry && IsWord(next) && (char.IsUpper(text[tokens[next].Start]) || Is(next, NameWordsAfterPossessive))
                || tokens[next].Kind == TokenKind.Number && next + 1 < sentenceEnd && IsWord(next + 1) && Word(next + 1) is "th" or "st" or "nd" or "rd")
            {
                return PlaceRole.Name; // "Ukraine's General Staff", "Ukraine's air force", "Ukraine's 7th Corps"; not "Kyiv's Independence Square"
            }

            return null;
        }

        if (previous > sentenceStart && IsWord(previous) && Word(previous).Equals("of", StringComparison.OrdinalIgnoreCase)
            && IsWord(previous - 1) && char.IsUpper(text[tokens[previous - 1].Start]))
        {
            return PlaceRole.Name; // "the Armed Forces of Ukraine", "the Security Service of Ukraine"
        }

        if (IsCyrillic(match.FirstToken) && previous > sentenceStart && IsWord(previous)
            && (char.IsUpper(text[tokens[previous].Start]) || IsWord(previous - 1) && Is(previous - 1, Ministries)))
        {
            return PlaceRole.Name; // "Вооружённые Силы Российской Федерации", "Министерство обороны РФ"
        }

        if (previous >= sentenceStart && Word(previous) is ":" && (next >= sentenceEnd || (tokens[next].Kind == TokenKind.Punctuation && next + 1 >= sentenceEnd)))
        {
            return PlaceRole.Metonymy; // the source a wire headline ends with: "Four killed in east Ukraine fighting: Kiev"
        }

        if (previous >= sentenceStart && IsWord(previous) && Word(previous).Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            return PlaceRole.Metonymy; // "launched by Russia", "liberated by Ukraine"
        }

        if (previous >= sentenceStart && IsWord(previous) && Is(previous, PlacePrepositions))
        {
            return null;
        }

        var j = next;
        while (j < sentenceEnd && IsWord(j) && Is(j, StateAdverbs) && j < next + 3)
        {
            j++;
        }

        if (j >= sentenceEnd || !IsWord(j))
        {
            return null;
        }

        if (Is(j, AgentVerbs) || Is(j, lexicon.ReportingVerbs))
        {
            return PlaceRole.Metonymy; // "Russia fired", "Ukraine says", "Russia has launched", "Moscow has not published"
        }

        return null;
    }
}
