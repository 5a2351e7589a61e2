using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Triggers whose clause tells what will, may or is threatened to happen rather than what happened: a future or a
/// modal ("Moscow would strike the bridges", "they will shell every crossing", "росіяни можуть повторити удари",
/// "удары будут продолжены"), a threat or a promise ("threatened to hit", "погрожують завдати удару", "пообещали
/// нанести удар"), a plan or a forecast ("preparing to launch an assault", "are likely to resume assaults", "ВСУ
/// попытаются атаковать"), a possibility or a warning ("possible strikes", "загроза застосування ударних БпЛА") and a
/// condition ("if Kyiv keeps attacking", "могли б атакувати"). Such a trigger gives no event.
/// </summary>
internal static class Irrealis
{
    /// <summary>
    /// Words that give a trigger as the reason of a response ("«у відповідь» на атаки дронів", "в ответ на удары",
    /// "in retaliation for the attacks"): happenings cited, told elsewhere if at all, not reported here.
    /// </summary>
    private static readonly WordSet ReasonNouns = new(["відповідь", "ответ", "response", "retaliation", "revenge", "помсту", "помста", "отместку", "месть"]);

    private static readonly WordSet ReasonLinks = new(["на", "за", "to", "for"]);

    /// <summary>Whether the clause of <paramref name="trigger"/> tells it as future, possible, threatened or planned
    /// (<see cref="ClauseMood"/>), or cites it as the reason of a response.</summary>
    public static bool Governs(string text, ReadOnlySpan<Token> tokens, PhraseMatch<TriggerClass> trigger, int first, int limit) =>
        ClauseMood.Unreal(text, tokens, trigger.FirstToken, trigger.EndToken, first, limit)
        || (Reason(text, tokens, trigger, first) && ClauseMood.CueWithin(text, tokens, first, trigger.FirstToken));

    /// <summary>"у відповідь на атаки дронів", "в ответ на удары", "in retaliation for the strikes": a link word
    /// ("на", "for", "to") and a response noun at most a quotation mark and a word before the trigger. A reason is
    /// cited only beside a threatened or promised response ("погрожують завдати удару «у відповідь» на атаки дронів");
    /// "the air force scrambled jets in response to a missile attack on Lviv" still tells the attack.</summary>
    private static bool Reason(string text, ReadOnlySpan<Token> tokens, PhraseMatch<TriggerClass> trigger, int first)
    {
        var i = trigger.FirstToken - 1;
        if (i > first && tokens[i].Kind == TokenKind.Word && !ReasonLinks.Contains(text, tokens[i]))
        {
            i--; // "in response to the strikes", "в ответ на массированные удары"
        }

        if (i <= first || !ReasonLinks.Contains(text, tokens[i]))
        {
            return false;
        }

        i--;
        while (i > first && tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Start] is '»' or '"' or '”')
        {
            i--;
        }

        return i >= first && ReasonNouns.Contains(text, tokens[i]);
    }
}
