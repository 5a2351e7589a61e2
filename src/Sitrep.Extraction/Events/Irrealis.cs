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
    /// <summary>How far before the trigger, inside its clause, a cue still governs it.</summary>
    private const int Reach = 10;

    /// <summary>How far after a noun trigger a future auxiliary still takes it ("strikes on the city will continue").</summary>
    private const int AfterReach = 8;

    /// <summary>Words that make what follows them in the clause unreal, whatever comes between.</summary>
    private static readonly WordSet Cues = new(
    [
        // English modals and futures (lower case only, so the month "May" and a "Will" opening a question do not count)
        "will", "would", "shall", "could", "might", "may", "if", "unless",
        // Ukrainian: future auxiliary, modal, threat, promise, plan, intent, attempt to come
        "буде", "будуть", "будемо", "може", "можуть", "міг", "могли", "могла", "якщо", "погрожує", "погрожують",
        "погрожував", "погрожувала", "погрожували", "пригрозив", "пригрозила", "пригрозили", "планує", "планують",
        "планував", "планували", "готується", "готуються", "готувався", "готувалися", "збирається", "збираються",
        "пообіцяв", "пообіцяла", "пообіцяли", "обіцяє", "обіцяють", "спробує", "спробують", "намагатиметься",
        "намагатимуться",
        // Russian
        "будет", "будут", "будем", "может", "могут", "мог", "если", "угрожает", "угрожают", "угрожал", "угрожала",
        "угрожали", "пригрозил", "пригрозила", "пригрозили", "грозит", "грозят", "грозится", "грозятся", "планирует",
        "планируют", "планировал", "планировали", "готовится", "готовятся", "готовился", "готовились", "собирается",
        "собираются", "намерен", "намерена", "намерены", "пообещал", "пообещала", "пообещали", "обещает", "обещают",
        "попытается", "попытаются", "попробует", "попробуют",
        // conditional particles and perfective futures of striking: "могли б атакувати", "ударили бы", "нанесут удар"
        "б", "би", "бы", "завдасть", "завдадуть", "вдарить", "вдарять", "нанесет", "нанесёт", "нанесут", "ударит", "ударят",
    ]);

    /// <summary>Words right before a trigger that make it a possibility or a warning ("possible strikes", "the threat of
    /// a missile strike", "warned of a massive strike", "попередили про масовану атаку", "загроза застосування ударних БпЛА", "угроза атаки беспилотников", "готовящийся штурм").</summary>
    private static readonly WordSet Prospects = new(
    [
        "possible", "potential", "imminent", "upcoming", "anticipated", "threat", "threats", "risk", "danger",
        "можливі", "можливих", "можливого", "можливої", "можливий", "можлива", "загроза", "загрозу", "загрози", "загрозою", "загрозі",
        "небезпека", "небезпеку", "майбутні", "майбутнього", "майбутній",
        "возможные", "возможных", "возможного", "возможной", "возможный", "угроза", "угрозу", "угрозы", "угрозой",
        "угрозе", "warned", "warns", "warning", "попередили", "попереджають", "попереджає", "предупредили", "предупреждают",
        "предупреждает", "опасность", "предстоящий", "предстоящего", "предстоящие", "готовящийся", "готовящегося", "готовящиеся",
    ]);

    /// <summary>How far before the trigger a word of <see cref="Prospects"/> still qualifies it.</summary>
    private const int ProspectReach = 4;

    /// <summary>Words that make the clause unreal when "to" follows them at once ("likely to resume assaults",
    /// "preparing to launch an assault", "threatened to hit"): "about 20 soldiers tried to storm" stays an event.</summary>
    private static readonly WordSet ToCues = new(
    [
        "likely", "unlikely", "expected", "set", "about", "going", "plan", "plans", "planning", "planned", "preparing",
        "prepares", "prepare", "threaten", "threatens", "threatened", "threatening", "vow", "vows", "vowed", "promise",
        "promises", "promised", "pledge", "pledges", "pledged", "intend", "intends", "intended", "aim", "aims", "seek",
        "seeks", "ready", "poised",
    ]);

    /// <summary>Verbs that take an object before their "to" ("expect Russian troops to try to encircle the town",
    /// "urged the command to launch an offensive").</summary>
    private static readonly WordSet ObjectToCues = new(["expect", "expects", "urge", "urges", "urged", "want", "wants", "called", "calls"]);

    /// <summary>A future auxiliary after a noun trigger: "удары ... будут продолжены", "атаки будуть тривати" (English
    /// "will" after a noun is too often the verb of a later clause: "wounded two people who will be treated").</summary>
    private static readonly WordSet FutureAfter = new(["будут", "будет", "буде", "будуть", "продолжатся", "продовжаться", "триватимуть"]);

    /// <summary>Words that close a clause: what stands before them does not govern the trigger.</summary>
    private static readonly WordSet Boundaries = new(
    [
        "and", "but", "while", "whereas", "after", "when", "as", "who", "which", "that", "і", "й", "та", "але", "а", "тоді",
        "після", "коли", "який", "яка", "які", "що", "и", "но", "после", "когда", "который", "которая", "которые", "что",
    ]);

    /// <summary>Perfect after a modal ("may have been hit", "could have come from"): a hedge on what happened, still an event.</summary>
    private static readonly WordSet Perfect = new(["have", "has", "had", "not", "бути"]);

    /// <summary>
    /// Words that give a trigger as the reason of a response ("«у відповідь» на атаки дронів", "в ответ на удары",
    /// "in retaliation for the attacks"): happenings cited, told elsewhere if at all, not reported here.
    /// </summary>
    private static readonly WordSet ReasonNouns = new(["відповідь", "ответ", "response", "retaliation", "revenge", "помсту", "помста", "отместку", "месть"]);

    private static readonly WordSet ReasonLinks = new(["на", "за", "to", "for"]);

    /// <summary>Whether the clause of <paramref name="trigger"/> tells it as future, possible, threatened or planned,
    /// or cites it as the reason of a response.</summary>
    public static bool Governs(string text, ReadOnlySpan<Token> tokens, PhraseMatch<TriggerClass> trigger, int first, int limit) =>
        Unreal(text, tokens, trigger, first, limit) || (Reason(text, tokens, trigger, first) && CueBefore(text, tokens, trigger, first));

    /// <summary>Whether a cue of the unreal stands anywhere before the trigger in its sentence: a reason is cited
    /// only beside a threatened or promised response ("погрожують завдати удару «у відповідь» на атаки дронів"); "the
    /// air force scrambled jets in response to a missile attack on Lviv" still tells the attack.</summary>
    private static bool CueBefore(string text, ReadOnlySpan<Token> tokens, PhraseMatch<TriggerClass> trigger, int first)
    {
        for (var i = first; i < trigger.FirstToken; i++)
        {
            if ((Cues.Contains(text, tokens[i]) && char.IsLower(text[tokens[i].Start])) || (ToCues.Contains(text, tokens[i]) && i + 1 < trigger.FirstToken && Is(text, tokens[i + 1], "to")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"у відповідь на атаки дронів", "в ответ на удары", "in retaliation for the strikes": a link word
    /// ("на", "for", "to") and a response noun at most a quotation mark and a word before the trigger.</summary>
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

    private static bool Unreal(string text, ReadOnlySpan<Token> tokens, PhraseMatch<TriggerClass> trigger, int first, int limit)
    {
        if (SyntheticFuture(text, tokens, trigger, first))
        {
            return true; // "ворог атакуватиме", "обстрілюватимуть": the Ukrainian future written in one word
        }

        var sawTo = false;
        for (var i = trigger.FirstToken - 1; i >= Math.Max(first, trigger.FirstToken - Reach); i--)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation && IsClauseMark(text[token.Start]) || Boundaries.Contains(text, token))
            {
                break;
            }

            if (Is(text, token, "to"))
            {
                sawTo = true;
                continue;
            }

            if (trigger.FirstToken - i <= ProspectReach && Prospects.Contains(text, token))
            {
                return true; // "the threat of a missile strike", "загроза застосування ударних БпЛА"
            }

            if (EndsWithWill(text, token) || IsSyntheticFuture(text, token))
            {
                return true; // "they'll strike", "ворог атакуватиме місто дронами"
            }

            if (Cues.Contains(text, token) && char.IsLower(text[token.Start]) && !(i + 1 < limit && Perfect.Contains(text, tokens[i + 1])))
            {
                return true;
            }

            if ((ToCues.Contains(text, token) && i + 1 < limit && Is(text, tokens[i + 1], "to")) || (sawTo && ObjectToCues.Contains(text, token)))
            {
                return true;
            }
        }

        // a noun trigger the clause puts in the future: "удары по военным объектам ... будут продолжены"
        for (var i = trigger.EndToken; i < Math.Min(limit, trigger.EndToken + AfterReach); i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation && IsClauseMark(text[token.Start]) || Boundaries.Contains(text, token))
            {
                break;
            }

            if (FutureAfter.Contains(text, token) && char.IsLower(text[token.Start]) && !(i + 1 < limit && Perfect.Contains(text, tokens[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The Ukrainian one-word future (-тиме, -тимуть, -тимемо) of the trigger itself ("обстрілюватимуть");
    /// before the trigger in its clause it is a cue like "буде" ("атакуватиме місто дронами").</summary>
    private static bool SyntheticFuture(string text, ReadOnlySpan<Token> tokens, PhraseMatch<TriggerClass> trigger, int first)
    {
        for (var i = trigger.FirstToken; i < trigger.EndToken; i++)
        {
            if (IsSyntheticFuture(text, tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSyntheticFuture(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        return word.Length > 6 && (word.EndsWith("тиме", StringComparison.OrdinalIgnoreCase) || word.EndsWith("тимуть", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("тимемо", StringComparison.OrdinalIgnoreCase));
    }

    private static bool EndsWithWill(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        return word.Length > 3 && (word.EndsWith("'ll", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019ll", StringComparison.OrdinalIgnoreCase));
    }

    private static bool Is(string text, Token token, string word) =>
        text.AsSpan(token.Start, token.End - token.Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static bool IsClauseMark(char c) => c is ',' or ';' or ':' or '(' or ')' or '—' or '–' or '.' or '!' or '?';
}
