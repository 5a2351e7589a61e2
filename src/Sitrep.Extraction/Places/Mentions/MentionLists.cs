namespace Sitrep.Extraction.Places.Mentions;

/// <summary>Word lists of the mention rules, for English, Ukrainian and Russian.</summary>
internal static class MentionLists
{
    /// <summary>
    /// Function words that are capitalised only because they open a sentence and happen to fold to a place name
    /// ("Крім того" → Krym, "Кроме того" → Kromy, "Того ж ранку" → Tige), and the first halves of compound compass
    /// adjectives ("Північно-Слобожанському"). They never start a place name.
    /// </summary>
    private static readonly HashSet<string> FunctionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        // Ukrainian
        "крім", "окрім", "того", "тому", "цього", "після", "проте", "однак", "також", "тоді", "потім", "зокрема",
        "північно", "південно", "східно", "західно",
        // Russian
        "кроме", "того", "тому", "этого", "после", "однако", "также", "тогда", "потом", "затем", "в частности",
        "северо", "юго", "восточно", "западно",
        // English
        "besides", "however", "meanwhile", "north", "south", "east", "west",
    };

    /// <summary>Groups of forces named after rivers, not towns (the Russian "Dnepr" group).</summary>
    private static readonly HashSet<string> ForceGroupNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dnepr", "Днепр", "Дніпро",
    };

    /// <summary>Nouns of units and bodies that a quoted nickname follows: Regiment "Skelya", войск «Днепр».</summary>
    public static readonly string[] UnitNouns =
    [
        "regiment", "brigade", "battalion", "group", "forces", "unit", "detachment", "division", "corps", "company",
        "полк*", "бригад*", "батальйон*", "батальон*", "угрупован*", "группировк*", "войск", "військ", "загін", "загону",
        "отряд*", "підрозділ*", "подразделени*", "дивизи*", "дивізі*", "корпус*",
    ];

    /// <summary>Outlet nouns and verbs of telling: a quoted name right after one is an outlet's title, not a place.</summary>
    public static readonly string[] TitleCues =
    [
        "told", "newspaper", "outlet", "magazine", "channel", "agency", "website", "site", "portal", "publication", "daily",
        "weekly", "broadcaster", "station",
        "розповів", "розповіла", "розповіли", "сказав", "сказала", "сказали", "видання", "виданню", "газет*", "журнал*",
        "канал*", "телеканал*", "агентств*", "сайт*", "портал*", "радіостанці*",
        "рассказал*", "сказал*", "издани*", "изданию", "газет*", "журнал*", "канал*", "телеканал*", "агентств*",
        "сайт*", "портал*", "радиостанци*", "телеграм-канал*", "телеграм*", "Telegram-канал*", "паблик*", "пабліку", "паблік",
        "told", "reported", "wrote", "writes", "пише", "писав", "написав", "написала", "повідомляє", "пишет", "писал",
        "написал", "написала", "сообщает", "передает", "передаёт",
    ];

    /// <summary>Words of a quoted outlet's or channel's title beside a place in it («Новой ленты», «Суми Інфо»,
    /// «Херсон Онлайн», "Odesa Live").</summary>
    public static readonly string[] MediaWords =
    [
        "лент*", "стрічк*", "новин*", "новост*", "вест*", "вісті", "правд*", "онлайн", "online", "live", "info", "інфо", "инфо",
        "news", "today", "сьогодні", "сегодня", "тв", "tv", "fm", "медіа", "медиа", "media", "пресс", "прес", "газет*", "радіо",
        "радио", "вечерн*", "вечірн*", "курьер*", "кур'єр*", "телеграф", "оперативн*", "ньюз", "24",
    ];

    /// <summary>Capitalised words that make a place before them an outlet's name ("the Kyiv Independent", "the Kharkiv
    /// Observer", "Kyiv Post", a live blog's "Ukraine Live"). Not the English "Today": a headline in title case says
    /// "Missiles Hit Kharkiv Today".</summary>
    public static readonly string[] OutletWords =
    [
        "Independent", "Observer", "Post", "Times", "Herald", "Journal", "Tribune", "Gazette", "Courier", "Chronicle",
        "Telegraph", "Inquirer", "Online", "Live", "Info", "News", "Daily", "Review", "Insider", "Express",
        "Правда", "Вести", "Вісті", "Онлайн", "Сьогодні", "Сегодня", "Новини", "Новости", "Інфо", "Инфо",
    ];

    /// <summary>Outlet words before a place that make it the outlet's regional edition ("Суспільне Суми", "Suspilne Kharkiv").</summary>
    public static readonly string[] OutletPrefixes = ["Suspilne", "Суспільне", "Суспільного", "Суспільному", "Суспильное", "Общественное"];

    /// <summary>Ukrainian football clubs whose names are also places or go with their city's name.</summary>
    private static readonly HashSet<string> Clubs = new(StringComparer.OrdinalIgnoreCase)
    {
        "Shakhtar", "Metalist", "Dynamo", "Dinamo", "Zorya", "Vorskla", "Karpaty", "Chornomorets", "Kryvbas", "Polissya",
        "Veres", "Kolos", "Rukh", "Inhulets", "Metalurh", "Olimpik",
        "Шахтар", "Шахтер", "Металіст", "Металлист", "Динамо", "Зоря", "Заря", "Ворскла", "Карпати", "Карпаты",
        "Чорноморець", "Черноморец", "Кривбас", "Полісся", "Верес", "Колос", "Інгулець",
    };

    /// <summary>Rivers of the region whose names are also towns' names (in the gazetteer as the towns): Dnipro, Oskil,
    /// Desna, Psel, Seim, Vorskla, Inhulets, Samara, Sula and their other spellings.</summary>
    private static readonly HashSet<string> Rivers = new(StringComparer.OrdinalIgnoreCase)
    {
        "Dnipro", "Dnieper", "Dnepr", "Oskil", "Oskol", "Desna", "Psel", "Psiol", "Seim", "Seym", "Vorskla", "Inhulets", "Ingulets",
        "Samara", "Sula", "Donets", "Buh", "Bug", "Don",
    };

    /// <summary>Nouns after a town's name that make it an attribute ("the Dnipro city council", "the Oskil direction").</summary>
    public static readonly HashSet<string> AttributeNouns = new(StringComparer.OrdinalIgnoreCase)
    {
        "city", "region", "oblast", "district", "raion", "direction", "axis", "sector", "front", "area", "council", "authorities",
        "administration", "airport", "station", "port", "plant", "group", "hromada", "community", "metro", "mayor", "governor",
        "residents", "garrison", "offensive", "operation", "bridgehead", "hospital", "centre", "center", "outskirts", "suburbs",
    };

    public static bool IsRiver(ReadOnlySpan<char> word) => Rivers.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    /// <summary>Labels of a web page's links and tags ("Related: ...", "Tags: ..."): the line they open is page
    /// chrome, other stories' headlines or keywords, not this report.</summary>
    public static readonly string[] ChromeLabels =
    [
        "Related:", "Tags:", "Read also:", "Read more:", "See also:", "Читайте також:", "Читайте также:", "Теги:",
        "Мітки:", "Метки:", "Дивіться також:", "Смотрите также:",
    ];

    public static bool IsFunctionWord(ReadOnlySpan<char> word) =>
        FunctionWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsForceGroupName(ReadOnlySpan<char> word) =>
        ForceGroupNames.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);

    public static bool IsClub(ReadOnlySpan<char> word) => Clubs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
