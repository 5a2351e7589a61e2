using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution.Languages;

/// <summary>
/// Words that may stand between a speaker and its reporting verb without being part of the speaker ("Міністерство
/// оборони Росії в суботу заявило", "Речник Повітряних сил в ефірі телемарафону попередив"), and the words that join a
/// title to the name after it ("мэр города Сергей Карпенко").
/// </summary>
internal static class PhraseGaps
{
    /// <summary>Ukrainian and Russian weekdays in the accusative, after "в"/"у"/"во": "в суботу", "во вторник".</summary>
    public static readonly WordSet Weekdays = new(
    [
        "понеділок", "вівторок", "середу", "четвер", "п'ятницю", "п’ятницю", "суботу", "неділю",
        "понедельник", "вторник", "среду", "четверг", "пятницу", "субботу", "воскресенье",
    ]);

    public static readonly WordSet WeekdayPrepositions = new(["в", "у", "во"]);

    /// <summary>Broadcasts named between the speaker and the verb: "в ефірі телемарафону", "в эфире телеканала".</summary>
    public static readonly WordSet Broadcasts = new(
    [
        "телемарафону", "телемарафона", "телеканалу", "телеканала", "радіо", "радио", "телебачення", "телевидения",
    ]);

    public static readonly WordSet OnAir = new(["ефірі", "эфире"]);

    /// <summary>
    /// Media and kinds of statement in the locative, which a phrase between speaker and verb names ("в коментарі
    /// нашому виданню", "в інтерв'ю", "в ранковому зведенні", "в своем телеграм-канале").
    /// </summary>
    public static readonly WordSet MediumLocatives = new(
    [
        "коментарі", "інтерв'ю", "інтерв’ю", "заяві", "зведенні", "дописі", "публікації", "телеграмі", "телеграм-каналі",
        "ефірі", "повідомленні", "соцмережах", "звіті", "брифінгу", "розмові", "відеозверненні", "зверненні",
        "комментарии", "интервью", "заявлении", "сводке", "посте", "публикации", "телеграме", "телеграм-канале", "эфире",
        "сообщении", "соцсетях", "отчете", "отчёте", "брифинге", "разговоре", "видеообращении", "обращении",
        // a channel, a page or a blog of one's own: "в своём канале написал", "на своїй сторінці повідомив"
        "каналі", "канале", "сторінці", "странице", "блозі", "блоге", "акаунті", "аккаунте", "відео", "видео",
    ]);

    /// <summary>"на" before a medium between the speaker and the verb: "на своїй сторінці у фейсбуці", "на своей странице".</summary>
    public static readonly WordSet OnPrepositions = new(["на"]);

    /// <summary>
    /// Platforms in the locative after a medium ("у своєму дописі у фейсбуці", "в своём посте в телеграме"): part of the
    /// medium phrase, no speaker.
    /// </summary>
    public static readonly WordSet Platforms = new(
    [
        "фейсбуці", "фейсбуку", "фейсбуке", "телеграмі", "телеграме", "інстаграмі", "инстаграме", "ютубі", "ютубе",
        "соцмережі", "соцсети",
    ]);

    /// <summary>
    /// A place's genitive between a title and a name ("мэр города Сергей Карпенко", "голова громади Іван ..."), or
    /// after a title alone ("напомнил глава района").
    /// </summary>
    public static readonly WordSet AreaGenitives = new(
    [
        "города", "міста", "области", "області", "района", "району", "региона", "регіону", "села", "поселка",
        "селища", "громади", "общины", "округа",
    ]);

    /// <summary>
    /// A small unit in the genitive after a title ("командир роти", "командир взвода"): part of the title, which it
    /// closes. Units with a number or a name ("14-ї бригади") are the title's complement instead.
    /// </summary>
    public static readonly WordSet UnitGenitives = new(
    [
        "роти", "роты", "взводу", "взвода", "батальйону", "батальона", "батареї", "батареи", "відділення", "отделения",
        "загону", "отряда",
    ]);

    /// <summary>Words that say a person no longer holds the office named after them: "колишній начальник ...", "a former official".</summary>
    public static readonly WordSet Former = new(
    [
        "former", "колишній", "колишня", "колишнього", "бывший", "бывшая", "бывшего", "экс", "ex",
    ]);

    /// <summary>Quotation marks around a name: "канал «Рыбарь»", "бригада \"Азов\"".</summary>
    public static bool IsQuoteMark(char c) => c is '«' or '»' or '"' or '“' or '”' or '„';

    /// <summary>
    /// People who comment rather than speak for a body: "a Russian military blogger" is a blogger, while "a Kremlin
    /// spokesman" speaks for the Kremlin.
    /// </summary>
    public static readonly WordSet Commentators = new(
    [
        "blogger", "bloggers", "milblogger", "milbloggers", "analyst", "analysts", "expert", "experts", "journalist",
        "correspondent", "commentator", "veteran", "veterans", "volunteer", "volunteers", "блогер", "воєнкор", "военкор",
        "аналітик", "аналитик", "експерт", "эксперт", "журналіст", "журналист",
    ]);

    /// <summary>The beginnings of words naming a local office: a mayor, a town's, village's or district's body or head.</summary>
    public static readonly string[] LocalOffices =
    [
        "mayor", "municipal", "мэр", "міськ", "сільськ", "селищн", "районн", "городск", "сельск", "поселков", "регион",
        "регіон", "областн", "обласн",
        // "head of the city military administration", "regional governor Oleh Pavliuk", "the district council"
        "city", "regional", "district",
    ];

    /// <summary>The Ukrainian mayor, matched as a whole word ("мер міста"; "мережа" is no office).</summary>
    public static readonly WordSet Mayors = new(["мер", "мера", "меру", "мером"]);
}
