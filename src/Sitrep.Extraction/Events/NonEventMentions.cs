using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Trigger words that name a weapon or a fight without telling a happening: a hashtag ("#shelling"), a warning or
/// a watch ("air raid alerts", "under drone observation"), the weapon as goods or as a unit ("money for drones",
/// "producing drones", "our drone unit", "fog grounded the drones"), a row of a loss table ("artillery systems -
/// 34,911 (+27)"), a habit ("regular drone attacks", "drops guided bombs every week"), what troops are shielded
/// from ("пехоте не хватает прикрытия от дронов") and an updated casualty count ("the number of wounded rose to 12").
/// </summary>
internal static class NonEventMentions
{
    /// <summary>Words right after the trigger that make it a warning, a watch or a unit, not a strike.</summary>
    internal static readonly string[] AfterWords =
    [
        "alert", "alerts", "siren", "sirens", "warning", "warnings", "observation", "surveillance", "production", "factory", "factories", "тривога", "тривоги", "тревога", "тревоги",
        // "five field artillery guns", "MLRS launchers": the weapon as equipment counted among losses
        "guns", "gun", "pieces", "systems", "launchers", "tubes", "гармати", "гармат", "систем", "системи", "установок", "орудий", "орудия",
        // in the accusative of a losses line: "втрати противника становили ... 21 артилерійську систему"
        "систему", "системы", "гармату", "орудие", "установку", "установки",
        // "Общие боевые потери противника", "бойові втрати ворога", "combat losses": the heading of a losses table
        "losses", "втрати", "втрат", "потери", "потерь",
        // "рятувальники ліквідували пожежу", "the fire was put out": a fire or an aftermath dealt with, no one killed
        "пожежу", "пожежі", "пожежа", "загоряння", "наслідки", "пожар", "пожары", "возгорание", "возгорания", "последствия",
        "fire", "fires", "blaze", "aftermath",
    ];

    /// <summary>Words shortly before the trigger that make the weapon goods or idle.</summary>
    internal static readonly string[] BeforeWords =
    [
        "money", "funds", "fundraiser", "fundraising", "donate", "donated", "buy", "buying", "bought", "producing",
        "produce", "produces", "produced", "manufacturing", "manufacture", "manufactures", "grounded", "grounding",
        "regular", "regularly", "routinely", "increasingly", "observation", "support",
        // what troops lack or are shielded from: "no protection from drones", "не хватает прикрытия от дронов"
        "protection", "прикриття", "захисту", "захист", "прикрытия", "прикрытие", "защиты", "защита",
    ];

    /// <summary>Words anywhere in the sentence that make it a habit or a count update, not one happening.</summary>
    internal static readonly string[] HabitWords = ["regularly", "routinely", "increasingly", "щодня", "регулярно", "ежедневно"];

    /// <summary>"every week", "every night": a habit when "every" takes a stretch of time.</summary>
    internal static readonly string[] StretchWords =
    [
        "day", "night", "week", "month", "morning", "evening", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "дня", "ночі", "тижня", "місяця", "ранку", "вечора", "понеділка", "вівторка", "середи",
        "четверга", "п'ятниці", "п’ятниці", "суботи", "неділі", "день", "ночь", "неделю", "месяц", "утро", "вечер",
        "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье",
    ];

    private static readonly WordSet Stretch = new(StretchWords);

    /// <summary>Words of "every" before a stretch of time: "every Thursday", "кожного четверга", "каждый четверг".</summary>
    internal static readonly string[] EveryWords = ["every", "кожного", "кожної", "кожен", "кожну", "кожний", "каждый", "каждую", "каждое", "каждого", "каждой"];

    /// <summary>Days and times in the Russian dative plural after "по": "по четвергам", "по ночам" (on every one).</summary>
    internal static readonly string[] DativePluralStretchWords =
    [
        "ночам", "утрам", "вечерам", "выходным", "понедельникам", "вторникам", "средам", "четвергам", "пятницам", "субботам",
        "воскресеньям", "ночах", "вихідних", "понеділках",
    ];

    internal static readonly string[] RiseWords = ["rose", "risen", "climbed", "increased", "grew", "зросла", "зросло", "возросло", "выросло"];

    /// <summary>Words after a drone word that make it the people who fly them ("our drone operators saw them").</summary>
    internal static readonly string[] CrewWords = ["operators", "operator", "pilots", "pilot", "оператори", "операторы"];

    private const int BeforeReach = 4;

    /// <summary>
    /// Words of an appeal for money or help ("Ребята, помогите с дронами, сбор открыт", "Збір на FPV-дрони для
    /// бригади", "please donate for drones"): a sentence with one names weapons as goods, not a strike.
    /// </summary>
    internal static readonly string[] AppealWords =
    [
        "fundraiser", "fundraising", "donate", "donations", "donation", "crowdfunding",
        "збір", "донат", "донати", "донатів", "задонатити", "задонатьте", "допоможіть", "підтримайте",
        "сбор", "донаты", "донатов", "задонатить", "задонатьте", "помогите", "поддержите", "реквизиты", "реквізити",
    ];

    /// <summary>Words that open a share of a period's casualties: "Most casualties were caused by drones", "The majority of
    /// the victims", "Більшість жертв", "Большинство пострадавших".</summary>
    internal static readonly string[] MajorityWords = ["most", "majority", "більшість", "большинство", "більшості", "большинства"];

    internal static readonly string[] CasualtyNounWords =
    [
        "casualties", "victims", "deaths", "injuries", "civilians", "жертв", "загиблих", "поранених", "постраждалих", "жертвы",
        "погибших", "раненых", "пострадавших",
    ];

    /// <summary>
    /// A sentence that opens with the share of a period's casualties a weapon caused ("Most casualties were caused by drones
    /// and guided aerial bombs", "Більшість жертв спричинили дрони"): a summary of the tally around it, no strike of its own.
    /// </summary>
    private static bool MostCasualties(SentenceWords words, int first, int limit)
    {
        var i = first;
        if (i < limit && words.Is(i, EventWord.The))
        {
            i++;
        }

        if (i >= limit || !words.Is(i, EventWord.Majority))
        {
            return false;
        }

        return words.Any(i + 1, Math.Min(limit, i + 4), EventWord.CasualtyNoun);
    }

    /// <summary>Removes the triggers that tell no happening; <paramref name="words"/> holds the classes of the sentence's tokens [<paramref name="first"/>, <paramref name="limit"/>).</summary>
    public static void Remove(string text, ReadOnlySpan<Token> tokens, SentenceWords words, List<PhraseMatch<TriggerClass>> triggers, int first, int limit)
    {
        if (triggers.Count == 0)
        {
            return;
        }

        if (LossRow(text, tokens, first, limit) || words.Any(EventWord.Habit) || EveryStretch(text, tokens, words, first, limit)
            || words.Any(EventWord.Appeal)
            || WholeFront(text, tokens, words, first, limit) || CountedSettlements(text, tokens, words, first, limit)
            || MostCasualties(words, first, limit))
        {
            triggers.Clear();
            return;
        }

        if (words.Any(EventWord.Rise))
        {
            // "the number of wounded rose to 12": the count of a strike told already
            triggers.RemoveAll(static t => t.Value == TriggerClass.Casualties);
        }

        if (!triggers.Exists(static t => t.Value == TriggerClass.Strike))
        {
            // "drone operators saw them at 06:20": the crew watched; "drone operators hit a tank" is a strike
            triggers.RemoveAll(words, static (t, w) => t.Value == TriggerClass.AirDrone && FollowedBy(w, t, EventWord.Crew));
        }

        // "the 5th Separate Assault Brigade", "5-ї окремої штурмової бригади": a unit's name the registry does not know
        triggers.RemoveAll(words, static (t, w) => t.Value == TriggerClass.Clash && t.TokenCount == 1 && FollowedBy(w, t, EventWord.UnitNoun));

        // "the burning shell of a warehouse": the husk, not a round
        triggers.RemoveAll(words, static (t, w) => t.TokenCount == 1 && w.Is(t.FirstToken, EventWord.Shell) && t.FirstToken + 1 < w.Limit
            && w.Is(t.FirstToken + 1, EventWord.Of));
        triggers.RemoveAll(new TriggerContext(text, words), static (t, c) => Hashtag(c.Text, t.Span) || FollowedBy(c.Words, t, EventWord.After) || PrecededBy(c.Words, t));
    }

    private readonly record struct TriggerContext(string Text, SentenceWords Words);

    /// <summary>
    /// Whether every weapon of the sentence only holds an area under threat ("supply routes are now under constant fire
    /// from Russian drones"): a state of the front, no strike of its own; it may name the weapon of a strike told next.
    /// </summary>
    public static bool StateOfFront(string text, ReadOnlySpan<Token> tokens, List<PhraseMatch<TriggerClass>> triggers, int first, int limit)
    {
        var weapons = 0;
        foreach (var t in triggers)
        {
            if (t.Value is TriggerClass.AirDrone or TriggerClass.Shelling or TriggerClass.Strike)
            {
                weapons++;
                if (!UnderFire(text, tokens, t, first, limit) && !Dominates(text, tokens, triggers, t, limit))
                {
                    return false;
                }
            }
        }

        return weapons > 0;
    }

    /// <summary>Unit nouns after a fight word that make it a word of the unit's name ("assault brigade").</summary>
    internal static readonly string[] UnitNounWords =
    [
        "brigade", "brigades", "regiment", "regiments", "battalion", "battalions", "company", "companies", "division", "divisions",
        "бригада", "бригади", "бригаду", "бригадою", "бригад", "полк", "полку", "полком", "батальйон", "батальйону", "батальйоном",
        "рота", "роти", "роту", "дивізія", "дивізії", "бригады", "бригадой", "полка", "батальон", "батальона", "батальоном",
        "роты", "дивизия", "дивизии",
    ];

    /// <summary>Verbs of a lasting state before "under ... fire" ("are under fire", "remains under fire").</summary>
    private static readonly WordSet StateVerbs = new(["are", "is", "remain", "remains", "stay", "stays", "лишаються", "перебувають", "остаются", "находятся"]);

    private static readonly WordSet FireWords = new(["fire", "control", "вогнем", "контролем", "огнем"]);

    private static readonly WordSet StateAdverbs = new(["now", "still", "constantly", "already", "all", "нині", "досі", "постійно", "сейчас", "постоянно"]);

    /// <summary>
    /// "supply routes are now under constant fire from Russian drones", "roads remain under drone fire": the weapon
    /// holds a road or an area under threat, a lasting state of the front, not a strike ("came under fire" is one).
    /// </summary>
    private static bool UnderFire(string text, ReadOnlySpan<Token> tokens, PhraseMatch<TriggerClass> t, int first, int limit)
    {
        for (var u = t.FirstToken - 1; u >= Math.Max(first, t.FirstToken - 5); u--)
        {
            if (!Is(text, tokens[u], "under") && !Is(text, tokens[u], "під") && !Is(text, tokens[u], "под"))
            {
                continue;
            }

            var fire = false;
            for (var i = u + 1; i < Math.Min(limit, t.FirstToken + t.TokenCount + 2) && !fire; i++)
            {
                fire = FireWords.Contains(text, tokens[i]);
            }

            var v = u - 1;
            while (v > first && StateAdverbs.Contains(text, tokens[v]))
            {
                v--;
            }

            return fire && v >= first && StateVerbs.Contains(text, tokens[v]);
        }

        return false;
    }

    /// <summary>Present-tense verbs of a weapon that holds the sky or the roads rather than strikes: "drones dominate
    /// the skies over the town", "own the sky above the roads", "hunt vehicles along the only road", "FPV-дрони висять
    /// над усіма дорогами", "дроны контролируют небо", "хозяйничают в небе".</summary>
    private static readonly WordSet DominanceVerbs = new(
    [
        "dominate", "dominates", "own", "owns", "rule", "rules", "control", "controls", "patrol", "patrols", "hunt", "hunts",
        "hover", "hovers", "hang", "hangs", "circle", "circles", "prowl", "prowls", "roam", "roams",
        // a watch: "field tracks that drones already watch", "дрони стежать за дорогою", "дроны следят за трассой"
        "watch", "watches", "monitor", "monitors", "стежать", "стежить", "спостерігають", "спостерігає", "следят", "следит",
        "наблюдают", "наблюдает",
        "домінують", "домінує", "панують", "панує", "контролюють", "контролює", "патрулюють", "патрулює", "висять", "висить",
        "полюють", "полює", "кружляють", "кружляє", "господарюють", "господарює",
        "доминируют", "доминирует", "господствуют", "господствует", "контролируют", "контролирует", "патрулируют",
        "патрулирует", "висят", "висит", "охотятся", "охотится", "кружат", "кружит", "хозяйничают", "хозяйничает",
        // a weapon at work, told in the present of what it keeps doing ("Артиллерия отрабатывает по скоплениям", "наша
        // артилерія працює по позиціях", "our artillery is working on their positions"): no one strike of the day
        "working", "отрабатывает", "отрабатывают", "работает", "работают", "відпрацьовує", "відпрацьовують", "працює", "працюють",
    ]);

    /// <summary>Words that may stand between the weapon and its verb of a state ("Russian drones now own ...", "їхні
    /// дрони постійно висять ...").</summary>
    private static readonly WordSet DominanceGap = new(["now", "still", "already", "constantly", "effectively", "largely", "is", "are", "actively", "активно", "продолжает", "продовжує", "нині", "досі", "вже", "постійно", "фактично", "сейчас", "уже", "постоянно", "фактически"]);

    /// <summary>
    /// "Russian drones now own the sky above the roads into Kupiansk", "FPV drones hunt vehicles along the only road",
    /// "FPV-дрони висять над усіма дорогами": the weapon is the subject of a present verb of holding the sky or the
    /// roads, a lasting state of the front, not a strike ("drones hunted down a van" in the past is one).
    /// </summary>
    private static bool Dominates(string text, ReadOnlySpan<Token> tokens, List<PhraseMatch<TriggerClass>> triggers, PhraseMatch<TriggerClass> t, int limit)
    {
        var i = t.EndToken;
        while (i < limit && (DominanceGap.Contains(text, tokens[i]) || triggers.Exists(i, static (o, at) => o.FirstToken == at)))
        {
            i = triggers.Find(o => o.FirstToken == i) is { TokenCount: > 0 } next ? next.EndToken : i + 1; // "FPV drones hunt": the weapon's next word
        }

        return i < limit && DominanceVerbs.Contains(text, tokens[i]);
    }

    private static bool Hashtag(string text, TextSpan span) => span.Start > 0 && text[span.Start - 1] == '#';

    private static bool FollowedBy(SentenceWords words, PhraseMatch<TriggerClass> t, EventWord word)
    {
        var next = t.FirstToken + t.TokenCount;
        return next < words.Limit && words.Is(next, word);
    }

    private static bool PrecededBy(SentenceWords words, PhraseMatch<TriggerClass> t)
    {
        return words.Any(Math.Max(words.First, t.FirstToken - BeforeReach), t.FirstToken, EventWord.Before);
    }

    private static bool EveryStretch(string text, ReadOnlySpan<Token> tokens, SentenceWords words, int first, int limit)
    {
        if (words.Any(EventWord.Every | EventWord.Po))
        {
            for (var i = first; i + 1 < limit; i++)
            {
                if ((words.Is(i, EventWord.Every) && words.Is(i + 1, EventWord.Stretch))
                    || (words.Is(i, EventWord.Po) && words.Is(i + 1, EventWord.DativeStretch)))
                {
                    return true;
                }
            }
        }

        for (var i = first; i < limit; i++)
        {
            // "щочетверга", "щоночі", "щотижня": the Ukrainian distributive що- before a stretch of time
            var word = text.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start);
            if (word.Length > 4 && word.StartsWith("що", StringComparison.OrdinalIgnoreCase) && Stretch.Contains(word[2..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Settlements counted ("the enemy struck 14 settlements of the region"): a day's total over many places.</summary>
    internal static readonly string[] SettlementNouns =
    [
        "settlements", "villages", "towns", "населених", "населенных", "населённых", "сіл", "села", "селищ", "селища", "міст",
        "сел", "деревень", "деревни", "посёлков", "поселков", "городов",
        // "нанесено поражение ... в 152 районах", "struck targets in 141 areas": areas counted, none named
        "areas", "районах", "районов", "районе", "районі", "районів",
    ];

    /// <summary>Counting words that stand for a figure before a settlement noun ("captured four villages", "захопили
    /// чотири села", "заняли несколько сел"): the settlements counted, not named.</summary>
    internal static readonly string[] CountWordList =
    [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "dozens", "dozen", "multiple",
        "два", "дві", "три", "чотири", "п'ять", "п’ять", "шість", "сім", "вісім", "кілька", "декілька", "кількох", "десятки",
        "две", "четыре", "пять", "шесть", "семь", "восемь", "несколько", "нескольких", "десятки", "десятков",
    ];

    private static bool Is(string text, Token token, string word) =>
        text.AsSpan(token.Start, token.End - token.Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>"used at least 200 guided bombs across the front", "171 combat engagements along the front": a figure for the whole front, not one happening.</summary>
    private static bool WholeFront(string text, ReadOnlySpan<Token> tokens, SentenceWords words, int first, int limit)
    {
        if (!words.Any(EventWord.Front))
        {
            return false;
        }

        for (var i = first; i + 2 < limit; i++)
        {
            // "along the front" only with a figure ("171 combat engagements along the front"): "fighting continued along
            // the front line" still tells fighting
            if (((words.Is(i, EventWord.Across) || (words.Is(i, EventWord.Along) && HasFigure(text, tokens, first, limit)))
                    && words.Is(i + 1, EventWord.The) && words.Is(i + 2, EventWord.Front))
                || (words.Is(i, EventWord.EntireOrWhole) && words.Is(i + 1, EventWord.Front)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasFigure(string text, ReadOnlySpan<Token> tokens, int first, int limit)
    {
        for (var i = first; i < limit; i++)
        {
            if (char.IsAsciiDigit(text[tokens[i].Start]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"artillery systems - 34,911 (+27)": a running loss tally, recognised by its "(+n)" daily increment.</summary>
    private static bool LossRow(string text, ReadOnlySpan<Token> tokens, int first, int limit)
    {
        if (limit <= first)
        {
            return false;
        }

        var line = text.AsSpan(tokens[first].Start, tokens[limit - 1].End - tokens[first].Start);
        var open = line.IndexOf("(+", StringComparison.Ordinal);
        return open >= 0 && open + 2 < line.Length && char.IsAsciiDigit(line[open + 2]);
    }

    /// <summary>A settlement noun right after a figure or a counting word: "the enemy struck 14 settlements of the
    /// region", "captured four villages".</summary>
    private static bool CountedSettlements(string text, ReadOnlySpan<Token> tokens, SentenceWords words, int first, int limit)
    {
        if (!words.Any(EventWord.SettlementNoun))
        {
            return false;
        }

        for (var i = first + 1; i < limit; i++)
        {
            if (words.Is(i, EventWord.SettlementNoun) && (char.IsAsciiDigit(text[tokens[i - 1].Start]) || words.Is(i - 1, EventWord.CountWord)))
            {
                return true;
            }
        }

        return false;
    }
}
