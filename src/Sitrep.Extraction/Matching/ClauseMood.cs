using Sitrep.Core.Text;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// The mood of the clause a word stands in: whether it tells what will, may or is threatened to happen rather than
/// what happened. A future or a modal ("Moscow would strike the bridges", "they will shell every crossing", "росіяни
/// можуть повторити удари", "удары будут продолжены", "ворог атакуватиме"), a threat or a promise ("threatened to hit",
/// "погрожують завдати удару", "пообещали нанести удар"), a plan or a forecast ("preparing to launch an assault", "are
/// likely to resume assaults", "ВСУ попытаются атаковать"), a possibility or a warning right before the word
/// ("possible strikes", "загроза застосування ударних БпЛА") and a condition ("if Kyiv keeps attacking", "могли б
/// атакувати"). The clause ends at a comma, a semicolon, a colon, a dash or a joining word ("and", "that", "і", "що",
/// "и", "что"); a modal with a perfect ("may have been hit") hedges what happened and is no unreal mood. Events
/// (<c>Irrealis</c>) and claims (a strike told as possible or intended) ask the same question here.
/// </summary>
internal static class ClauseMood
{
    /// <summary>How far before the word, inside its clause, a cue still governs it.</summary>
    private const int Reach = 10;

    /// <summary>How far after a noun a future auxiliary still takes it ("strikes on the city will continue").</summary>
    private const int AfterReach = 8;

    /// <summary>How far before the word a word of <see cref="Prospects"/> still qualifies it.</summary>
    private const int ProspectReach = 4;

    /// <summary>Words that make what follows them in the clause unreal, whatever comes between.</summary>
    private static readonly WordSet Cues = new(
    [
        // English modals and futures (lower case only, so the month "May" and a "Will" opening a question do not count)
        "will", "would", "shall", "could", "might", "may", "if", "unless",
        // Ukrainian: future auxiliary, modal, threat, promise, plan, intent, attempt to come
        "буде", "будуть", "будемо", "може", "можуть", "міг", "могли", "могла", "якщо", "якби", "погрожує", "погрожують",
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
        // a goal: "щоб оточити місто, їм довелося б ...", "чтобы окружить город"
        "щоб", "чтобы",
    ]);

    /// <summary>Joining words that continue the verb phrase before them when the word follows at once ("they would need to
    /// cross the canal and take the heights"): the word shares that phrase's mood.</summary>
    private static readonly WordSet VerbJoins = new(["and", "or", "і", "й", "та", "чи", "и", "или"]);

    /// <summary>Conditions, a cue also when capitalised at the opening of the sentence ("If Kyiv keeps attacking ...",
    /// "Якщо ворог атакуватиме ...", "Если противник ударит ..."): no month or question reads so.</summary>
    private static readonly WordSet Conditions = new(["if", "unless", "якщо", "якби", "если"]);

    /// <summary>Words right before the word that make it a possibility or a warning ("possible strikes", "the threat of
    /// a missile strike", "warned of a massive strike", "попередили про масовану атаку", "загроза застосування ударних
    /// БпЛА", "угроза атаки беспилотников", "готовящийся штурм").</summary>
    private static readonly WordSet Prospects = new(
    [
        "possible", "potential", "imminent", "upcoming", "anticipated", "threat", "threats", "risk", "danger",
        "можливі", "можливих", "можливого", "можливої", "можливий", "можлива", "загроза", "загрозу", "загрози", "загрозою", "загрозі",
        "небезпека", "небезпеку", "майбутні", "майбутнього", "майбутній",
        "возможные", "возможных", "возможного", "возможной", "возможный", "угроза", "угрозу", "угрозы", "угрозой",
        "угрозе", "warned", "warns", "warning", "попередили", "попереджають", "попереджає", "предупредили", "предупреждают",
        "предупреждает", "опасность", "предстоящий", "предстоящего", "предстоящие", "готовящийся", "готовящегося", "готовящиеся",
        // a side preparing strikes ("готовит новые удары по Энергодару", "готує нові удари", "is preparing new strikes on")
        "готовит", "готовят", "готовил", "готовили", "готує", "готують", "готував", "готували", "preparing", "prepares",
    ]);

    /// <summary>Words that make the clause unreal when "to" follows them at once ("likely to resume assaults",
    /// "preparing to launch an assault", "threatened to hit"): "about 20 soldiers tried to storm" stays real.</summary>
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

    /// <summary>A future auxiliary after a noun: "удары ... будут продолжены", "атаки будуть тривати", "strikes on
    /// military targets will continue" (a later clause's "will", "wounded two people who will be treated", stands
    /// behind a boundary).</summary>
    private static readonly WordSet FutureAfter = new(
        ["will", "shall", "будут", "будет", "буде", "будуть", "будемо", "будем", "продолжатся", "продовжаться", "триватимуть"]);

    /// <summary>Words that close a clause: what stands before them does not govern the word.</summary>
    private static readonly WordSet Boundaries = new(
    [
        "and", "but", "while", "whereas", "after", "when", "as", "who", "which", "that", "і", "й", "та", "але", "а", "тоді",
        "після", "коли", "який", "яка", "які", "що", "и", "но", "после", "когда", "который", "которая", "которые", "что",
    ]);

    /// <summary>Perfect after a modal ("may have been hit", "could have come from"): a hedge on what happened.</summary>
    private static readonly WordSet Perfect = new(["have", "has", "had", "not", "бути"]);

    /// <summary>
    /// Whether the clause of the words <paramref name="word"/> .. <paramref name="end"/> (a trigger, an attack word)
    /// tells them as future, possible, threatened, planned or conditional. <paramref name="first"/> and
    /// <paramref name="limit"/> bound the sentence.
    /// </summary>
    public static bool Unreal(string text, ReadOnlySpan<Token> tokens, int word, int end, int first, int limit)
    {
        for (var i = word; i < end; i++)
        {
            if (IsSyntheticFuture(text, tokens[i]))
            {
                return true; // "обстрілюватимуть": the Ukrainian future written in one word
            }
        }

        var sawTo = false;
        var joined = false;
        for (var i = word - 1; i >= Math.Max(first, word - Reach); i--)
        {
            var token = tokens[i];
            if (!joined && i == word - 1 && VerbJoins.Contains(text, token) && char.IsLower(text[tokens[word].Start]))
            {
                joined = true; // "would need to cross the canal and take the heights": "take" is governed like "cross"
                continue;
            }

            if (ClosesClause(text, token))
            {
                break;
            }

            if (Is(text, token, "to"))
            {
                sawTo = true;
                if (OnlyMarksBefore(tokens, first, i))
                {
                    return true; // "To encircle the town they would need ...": a goal opening the sentence, no deed
                }

                continue;
            }

            if (word - i <= ProspectReach && Prospects.Contains(text, token))
            {
                return true; // "the threat of a missile strike", "загроза застосування ударних БпЛА"
            }

            if (EndsWithWill(text, token) || IsSyntheticFuture(text, token))
            {
                return true; // "they'll strike", "ворог атакуватиме місто дронами", "намагатимуться бити"
            }

            if (Cues.Contains(text, token) && (char.IsLower(text[token.Start]) || Conditions.Contains(text, token)) && !(i + 1 < limit && Perfect.Contains(text, tokens[i + 1])))
            {
                return true;
            }

            if ((ToCues.Contains(text, token) && i + 1 < limit && Is(text, tokens[i + 1], "to")) || (sawTo && ObjectToCues.Contains(text, token)))
            {
                return true;
            }
        }

        // a noun the clause puts in the future: "удары по военным объектам ... будут продолжены"
        for (var i = end; i < Math.Min(limit, end + AfterReach); i++)
        {
            var token = tokens[i];
            if (ClosesClause(text, token))
            {
                break;
            }

            if (IsEnglishPast(text, token))
            {
                break; // "a school damaged when a glide bomb landed nearby on Tuesday will stay closed": the bomb's own verb
            }

            if (FutureAfter.Contains(text, token) && char.IsLower(text[token.Start]) && !(i + 1 < limit && Perfect.Contains(text, tokens[i + 1])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether only marks (an opening quotation mark) stand before token <paramref name="i"/> in its sentence.</summary>
    private static bool OnlyMarksBefore(ReadOnlySpan<Token> tokens, int first, int i)
    {
        for (var k = first; k < i; k++)
        {
            if (tokens[k].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a cue of the unreal (a modal, a future, a threat, "likely to") stands anywhere in
    /// <paramref name="first"/> .. <paramref name="limit"/>, whatever its clause.</summary>
    public static bool CueWithin(string text, ReadOnlySpan<Token> tokens, int first, int limit)
    {
        for (var i = first; i < limit; i++)
        {
            if ((Cues.Contains(text, tokens[i]) && char.IsLower(text[tokens[i].Start])) || (ToCues.Contains(text, tokens[i]) && i + 1 < limit && Is(text, tokens[i + 1], "to")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A clause mark (comma, semicolon, colon, bracket, dash, sentence end) or a joining word.</summary>
    private static bool ClosesClause(string text, Token token) =>
        (token.Kind == TokenKind.Punctuation && IsClauseMark(text[token.Start])) || Boundaries.Contains(text, token);

    /// <summary>The Ukrainian one-word future (-тиме, -тимуть, -тимемо): "атакуватиме", "обстрілюватимуть".</summary>
    private static bool IsSyntheticFuture(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        return word.Length > 6 && (word.EndsWith("тиме", StringComparison.OrdinalIgnoreCase) || word.EndsWith("тимуть", StringComparison.OrdinalIgnoreCase)
            || word.EndsWith("тимемо", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>English past forms that end a noun's own clause before a later "will" (English sets off no restrictive
    /// clause with commas; Ukrainian and Russian do, so their commas already close it): "-ed" words and the strike
    /// verbs' irregular pasts.</summary>
    private static readonly WordSet EnglishPasts = new(["hit", "struck", "fell", "was", "were", "came", "blew", "shot", "caught", "tore"]);

    private static bool IsEnglishPast(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.End - token.Start);
        return token.Kind == TokenKind.Word && char.IsLower(word[0]) && word[0] < 128
            && ((word.Length > 4 && word.EndsWith("ed", StringComparison.Ordinal)) || EnglishPasts.Contains(text, token));
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
