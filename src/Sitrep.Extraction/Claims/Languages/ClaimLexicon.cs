using Sitrep.Core.Model;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims.Languages;

/// <summary>Words that make a statement a claim of a kind, deny it, or give the extent of control (en, uk, ru).</summary>
internal sealed class ClaimLexicon
{
    private static readonly Lazy<ClaimLexicon> Shared = new(() => new ClaimLexicon());

    private static readonly (ClaimKind Kind, string[] Phrases)[] KindPhrases =
    [
        (ClaimKind.Capture,
        [
            "captured", "capture", "took", "taken", "take", "took control", "taken control", "take control", "seized", "seize",
            "liberated", "liberation", "recaptured", "retook", "retaken", "occupied", "has fallen", "fell", "gained control",
            "established control", "took full control", "taken full control", "cleared", "regained control", "regain control",
            "regained full control", "восстановили контроль", "відновили контроль", "зачистили", "зачищено", "захоплення", "захоплене", "захоплений", "захоплена", "взяття", "взятие", "взятии", "захват", "захвате",
            "захвата",
            "звільнили", "звільнено", "звільнив", "звільнення", "захопили", "захоплено", "захопив", "окупували", "зайняли",
            "взяли", "взяли під контроль", "встановили контроль",
            "освободили", "освобождено", "освободил", "освобождение", "захватили", "захвачен", "заняли", "взяли под контроль",
            "установили контроль", "перешел под контроль", "перешло под контроль",
            // taking under control is a capture, whatever the noun: "заявило о взятии под контроль восточной части"
            "взятии под контроль", "взятие под контроль", "взятия под контроль", "взяття під контроль", "взятті під контроль",
            "взяли під свій контроль", "взяли под свой контроль",
            // a place lost is a place taken: "информацию о потере села опровергли", "заперечили втрату селища"
            "о потере", "про втрату",
        ]),
        (ClaimKind.Encirclement,
        [
            "encircled", "encirclement", "surrounded", "cauldron", "encircle", "оточення", "оточили", "оточені", "оточено",
            "окружение", "окружили", "окружены", "котел", "котле", "котлі",
        ]),
        (ClaimKind.Control,
        [
            "control", "controls", "controlled", "in control", "under control", "under our control", "holds", "hold", "holding",
            "held", "remains under", "remain under", "full control", "in Ukrainian hands", "in Russian hands", "in our hands",
            "in Ukraine's hands", "in Russia's hands", "контролюємо", "контролюють", "під контролем", "контроль",
            "контролируем", "контролируют", "под контролем", "утримують", "утримуємо", "тримають", "удерживают", "удерживаем",
            // one subject in the singular: "ни одна из сторон полностью не контролирует город", "жодна зі сторін не контролює"
            "контролирует", "контролює",
            // "our units remain in Siversk": still there
            "units remain in", "troops remain in", "forces remain in", "defenders remain in", "units are still in",
            "підрозділи залишаються в", "підрозділи залишаються у", "війська залишаються в", "подразделения остаются в",
            "войска остаются в",
        ]),
        (ClaimKind.Repelled,
        [
            "repelled", "repulsed", "repel", "repulse", "beat back", "beaten back", "fought off", "thwarted", "failed to capture",
            "pushed back", "driven back", "drove it back", "drove them back", "pushed it back", "pushed them back", "відкинули", "відкинуто", "отбросили", "отброшены",
            "failed to take", "відбили", "відбито", "відбив", "відбиті", "відбивають", "отразили", "отражены", "отбили", "отбито",
            "отражена", "отразили атаку", "зупинили", "зупинено", "зупинили штурм", "остановили", "остановлена",
            "unsuccessful attempts", "unsuccessful attempt", "counterattacks failed", "counterattack failed", "attacks failed",
            "attack failed", "assaults failed", "assault failed", "атаки провалилися", "атака провалилася", "штурм провалився",
            "атаки провалились", "атака провалилась", "штурм провалился", "зазнав поразки", "зазнали поразки", "потерпел поражение",
            "потерпели поражение",
            // a break-through or an infiltration tried is one that failed: "окупанти спробували прорватися до Костянтинівки"
            // "the assault groups had been stopped", "штурмові групи зупинено", "штурмовые группы остановлены"
            "groups had been stopped", "groups were stopped", "group was stopped", "group had been stopped", "advance was stopped",
            "advance had been stopped", "групи зупинено", "групи були зупинені", "групу зупинено", "групи зупинені",
            "группы остановлены", "группы были остановлены", "группа остановлена", "группу остановили", "групу зупинили",
            "assault stopped", "assaults stopped", "attack stopped", "attacks stopped", "stopped the assault", "stopped an assault",
            "stopped the attack", "stopped an attack", "stopped the advance", "turned back", "were turned back",
            // "Twenty-six assaults since Monday, all of them stopped"
            "all of them stopped", "all of them were stopped", "were all stopped", "all of them repelled",
            "tried to break through", "attempted to break through", "спробували прорватися", "спробував прорватися",
            "намагалися прорватися", "намагався прорватися", "намагався просочитися", "намагалися просочитися",
            "пытались прорваться", "пытался прорваться", "пытались просочиться", "пытался просочиться",
            // the same tries told in the present ("вони щодня пробують прорватися")
            "пробують прорватися", "пробували прорватися", "намагаються прорватися", "намагаються просочитися",
            "пытаются прорваться", "пытаются просочиться", "пробуют прорваться", "пробовали прорваться",
            "try to break through", "trying to break through", "tries to break through",
            // the infinitive of a break-through or an infiltration is the try, whatever stands between it and the verb
            // of trying ("tried overnight to break through", "намагався під прикриттям дощу просочитися")
            "to break through", "прорватися", "прорватись", "просочитися", "просочитись", "прорваться", "просочиться",
            // an assault foiled: "спроба штурму зірвана", "зірвали штурм", "попытка штурма сорвана"
            "штурму зірвана", "штурм зірвано", "зірвали штурм", "зірвали спробу штурму", "атаку зірвано", "зірвали атаку",
            "штурма сорвана", "штурм сорван", "сорвали штурм", "сорвали попытку штурма", "атака сорвана", "сорвали атаку",
            "foiled an assault", "foiled the assault", "foiled an attack", "foiled the attack", "assault was foiled",
            "attack was foiled",
        ]),
        (ClaimKind.Strike,
        [
            "struck", "strike", "strikes", "hit", "destroyed", "уразили", "уражено", "влучили в", "влучили у", "влучив у", "влучив в", "влучила в", "влучила у", "влучання в", "влучання у",
            "удар", "знищили", "знищено", "поразили", "нанесли удар", "уничтожили", "уничтожены", "shelled",
            // a summary's passive: "поражены объекты энергетической инфраструктуры", "уражені пункти управління"
            "поражены", "поражено", "поражен", "поражён", "поражена", "уражені", "уражений", "уражена", "нанесен удар", "нанесён удар",
            "нанесены удары", "нанесено удары", "уничтожено", "уничтожен", "уничтожена",
            "came under fire", "came under artillery fire", "came under shelling", "came under attack", "under artillery fire",
            "defeated manpower", "нанесли поражение", "завдали ураження", "dropped guided bombs", "dropped glide bombs", "dropped aerial bombs", "dropped bombs",
            "скинули авіабомби", "скинули керовані авіабомби", "скинули КАБ", "сбросили авиабомбы", "сбросили КАБ", "обстріляли", "обстріляв", "зазнав обстрілу", "зазнала обстрілу", "зазнало обстрілу",
            "потрапив під обстріл", "потрапила під вогонь", "потрапили під вогонь", "потрапив під вогонь", "попала под огонь",
            "попали под огонь", "попал под огонь", "обстреляли", "обстрелял", "попал под обстрел", "подвергся обстрелу", "подверглось обстрелу",
            // "reported damage to energy facilities", "пошкоджено підстанцію": the damage a strike did
            "targeted", "targeting", "target civilians", "target civilian", "бив по", "били по", "б'є по", "б’є по", "бил по", "били по", "бьет по", "бьёт по",
            "обстрілів", "обстріли", "обстрілами", "обстрелов", "обстрелы", "обстрелами",
            "damage to", "damaged", "пошкоджено", "пошкоджені", "пошкоджений", "пошкоджена", "пошкодили", "повреждены",
            "повреждено", "поврежден", "повреждён", "повреждена", "повредили", "burned", "burnt",
            // "зруйновано спортзал школи", "разрушен дом": destroyed buildings, the damage a strike did
            "зруйновано", "зруйнований", "зруйнована", "зруйновані", "зруйнували", "разрушено", "разрушен", "разрушена", "разрушены",
            // "була накрита мінометним вогнем", "накрыли огнем артиллерии": covered by fire
            "накрили", "накрита", "накрито", "накритий", "накриті", "накрыли", "накрыта", "накрыто", "накрыт", "накрыты",
            // "вдарили керованими бомбами по місту", "ударили ракетами по Харькову": struck, colloquially
            "вдарили", "вдарив", "вдарила",
        ]),
        (ClaimKind.Casualties,
        [
            "killed", "wounded", "casualties", "losses", "eliminated", "dead", "injured", "lost", "losing", "загинули", "загинув",
            "втратили", "потеряли", "потери противника", "втрати ворога",
            "поранені", "поранено", "втрати", "ліквідовано", "ліквідували", "погибли", "погиб", "ранены", "ранения", "потери",
            "ликвидировано", "ликвидировали", "пострадали", "постраждали",
            // people hurt counted, or denied with "нет"/"немає" after them: "пострадавших нет", "постраждалих немає"
            "пострадавших", "постраждалих", "жертв",
            // a clause of its own that nobody was hurt denies casualties (NoneHurtOpeners): "and nobody was hurt",
            // "никто не пострадал", "минулося без постраждалих"; a bare "without casualties" (below) makes no claim
            "no one was hurt", "nobody was hurt", "no one was injured", "nobody was injured", "no one was wounded",
            "nobody was wounded", "no one was killed", "nobody was killed", "никто не пострадал", "никто не погиб",
            "никто не ранен", "ніхто не постраждав", "ніхто не загинув", "ніхто не поранений", "минулося без постраждалих",
            "минулося без жертв", "обійшлося без жертв", "обійшлося без постраждалих", "обошлось без жертв",
            "обошлось без пострадавших", "обошлось без пострадавших и разрушений",
        ]),
        (ClaimKind.Other,
        [
            // war words in ordinary idiom: matched so that they do not count as the kinds above
            "took place", "take place", "taking place", "takes place", "took part", "take part", "taking part",
            "held talks", "held a meeting", "hold talks", "took office", "take into account", "took note", "hit the market",
            "lost contact", "strike a deal", "struck a deal", "lost no positions", "lost positions", "lost no ground",
            "lost ground", "lost control", "lost territory", "lost no territory", "відбулися", "відбувся", "состоялись", "состоялся",
            "under fire control", "fire control", "під вогневим контролем", "вогневим контролем", "вогневий контроль",
            "под огневым контролем", "огневым контролем", "огневой контроль",
            // "struck a tug ..., without casualties": the absence of victims is no casualty claim
            "without casualties", "without any casualties", "без жертв", "без постраждалих", "без пострадавших",
        ]),
    ];

    /// <summary>
    /// Reports that are claims of kind other: an attack without a named weapon ("ворог 12 разів атакував у районі
    /// Торського"; true: with a weapon named in the sentence it is a strike), an air-defence interception ("збили
    /// над областю 14 безпілотників"), a count of combat engagements (false).
    /// </summary>
    private static readonly (string Phrase, bool Attack)[] OtherPhrases =
    [
        ("attacked", true), ("attacking", true), ("атакував", true), ("атакувала", true), ("атакували", true),
        ("атакує", true), ("атакують", true), ("атаковал", true), ("атаковали", true), ("атакует", true), ("атакуют", true),
        ("намагався просунутися", true), ("намагалися просунутися", true), ("пытался продвинуться", true),
        ("пытались продвинуться", true), ("штурмували", true), ("штурмовали", true), ("assaults", true),
        ("attacks were recorded", true), ("attacks were repelled", true), ("attempts to advance", true),
        ("attempted to advance", true), ("tried to advance", true), ("attack", true), ("attacks", true), ("атак", true), ("атаки", true), ("атаку", true), ("штурмів", true),
        ("штурмових дій", true), ("атак было", true), ("штурмов", true),
        ("launched", true), ("запустив", true), ("запустили", true), ("випустив", true), ("випустили", true),
        ("запустил", true), ("выпустил", true), ("выпустили", true),
        ("shot down", false), ("downed", false), ("intercepted", false), ("shot down or jammed", false), ("збили", false),
        ("збито", false), ("перехопили", false), ("перехоплено", false), ("сбили", false), ("сбиты", false),
        ("перехвачены", false), ("перехватили", false), ("combat engagements", false), ("combat clashes", false),
        ("бойові зіткнення", false), ("бойових зіткнень", false), ("боевых столкновений", false), ("боевые столкновения", false),
    ];

    /// <summary>
    /// Summary reports of kind other that are neither attacks nor interceptions: fighting going on in a town
    /// ("continued clearing Myrnohrad", "продолжили зачистку"), improved positions, measures to destroy enemy groups,
    /// no offensive groups seen.
    /// </summary>
    private static readonly string[] SummaryPhrases =
    [
        "measures to destroy", "taking measures", "заходи з пошуку та знищення", "заходи з пошуку", "меры по поиску",
        "offensive groups", "наступальних угруповань", "наступательных группировок", "continued clearing",
        "continue clearing", "продолжили зачистку", "продолжают зачистку", "продовжили зачистку",
        // "логистика под огневым контролем": ground within the reach of fire, not ground held
        "under fire control", "fire control", "під вогневим контролем", "вогневим контролем", "вогневий контроль",
        "под огневым контролем", "огневым контролем", "огневой контроль",
        "improved their tactical position", "improved the tactical position", "улучшили положение",
        "улучшили тактическое положение", "покращили тактичне положення",
        // an advance told with no ground named, and lines taken up: "продолжили продвижение в глубину обороны", "заняли
        // более выгодные рубежи и позиции"
        "continued to advance", "continued advancing", "продолжили продвижение", "продовжили просування",
        "заняли более выгодные рубежи", "зайняли вигідніші рубежі", "took up more advantageous positions",
    ];

    private static readonly string[] WeaponPhrases =
    [
        "drone", "drones", "missile", "missiles", "rocket", "rockets", "shelling", "artillery", "bomb", "bombs", "shahed",
        "shaheds", "mortar", "mortars", "explosive", "explosives", "shells", "grenade", "grenades", "КАБ", "КАБи", "КАБів", "авіабомби", "авиабомбы", "дрон", "дрони", "дронами", "дронів", "бпла", "безпілотник", "безпілотниками",
        "безпілотників", "ракета", "ракети", "ракетами", "ракет", "артилерія", "артилерії", "артилерією", "шахед", "шахеди",
        "шахедами", "авіабомбами", "кабами", "мінометів", "беспилотник", "беспилотниками", "беспилотников", "ракетами",
        "реактивными", "снарядами", "артиллерией", "дронами", "авиабомбами", "минометов", "РСЗО", "РСЗВ", "fpv", "дроном",
        "дрона", "FPV-дроном", "FPV-дронами", "FPV-дронов", "FPV-дронів", "FPV-дрон", "fpv-drone", "fpv-drones", "беспилотником", "беспилотника", "ракетой", "ракетою", "дроном-камікадзе", "бпла", "кабами",
        // kamikaze drones, written with a hyphen as one word: "атаковали Рыльск дронами-камикадзе"
        "дронами-камикадзе", "дронами-камікадзе", "дроном-камикадзе", "дроны-камикадзе", "дрони-камікадзе",
        "дронов-камикадзе", "дронів-камікадзе", "kamikaze drones", "kamikaze drone",
        // what is fired, counted: "было выпущено более 40 боеприпасов", "випустили понад 30 снарядів"
        "munitions", "снарядів", "снаряди", "снарядов", "снаряды", "боеприпасов", "боеприпасы", "боєприпасів", "боєприпаси",
    ];

    private static readonly string[] DenialPhrases =
    [
        "denied", "denies", "deny", "rejected", "rejects", "dismissed", "refuted", "not true", "false", "fake", "untrue",
        "did not capture", "did not take", "has not been captured", "had not been captured", "was not captured",
        "have not captured", "has not fallen", "never captured", "not been taken",
        "do not correspond to reality", "does not correspond to reality", "did not correspond to reality",
        "не відповідають дійсності", "не соответствуют действительности", "too early to speak of", "too early to talk about",
        "зарано говорити", "рано говорити", "рано говорить", "спростував", "спростувала", "спростували", "спростовує", "неправда", "фейк", "не відповідає дійсності",
        "не захопили", "не взяли", "не звільнили", "опроверг", "опровергли", "опровергает", "не соответствует действительности",
        "неправдой", "ложь", "не захватили", "не взяли", "a lie", "брехня",
        // what a statement is called: "назвала заяву неправдивою", "назвали заявление ложным", "called it a fabrication"
        "неправдивою", "неправдивим", "неправдивими", "неправдивий", "неправдивой", "неправдивым", "ложным", "ложной",
        "ложными", "неправдою", "брехнею", "вигадкою", "фейком", "вымыслом", "fabrication", "fabricated",
        // the denial verbs the attribution stage reads: "Москва заперечила удари", "в Кремле отрицают"
        "спростувало", "спростовують", "заперечив", "заперечила", "заперечили", "заперечило", "заперечує", "заперечують",
        "опровергла", "опровергло", "опровергают", "отрицает", "отрицают", "отрицал", "отрицала", "отрицали",
        // "Котёл под Красноармейском не закрыт", "говорить о полном освобождении ... пока рано": said after the claim
        "не закрыт", "не замкнут", "не закрите", "не замкнене", "не замкнуте", "is not closed", "has not closed", "has not been closed",
        "пока рано", "поки рано", "поки зарано", "too early",
        // "Ukraine's military disputed the claim", "поставили під сумнів", "оспорили": a challenge is a denial
        "disputed", "disputes", "поставили під сумнів", "поставив під сумнів", "піддали сумніву",
        "оспорили", "оспорил", "оспорило", "оспаривает", "оспаривают", "поставили под сомнение", "поставил под сомнение",
    ];

    private static readonly (string Phrase, string Extent)[] ExtentPhrases =
    [
        ("full control", "full"), ("fully", "full"), ("completely", "full"), ("entire", "full"), ("entirely", "full"),
        ("whole", "full"), ("all of", "full"), ("повністю", "full"), ("повний контроль", "full"), ("повного контролю", "full"),
        ("полностью", "full"), ("полный контроль", "full"), ("весь", "full"),
        ("partial", "partial"), ("partially", "partial"), ("part of", "partial"), ("parts of", "partial"), ("частково", "partial"),
        ("частина", "partial"), ("частично", "partial"), ("часть", "partial"),
        ("northern part", "north"), ("northern parts", "north"), ("northern districts", "north"), ("northern outskirts", "north"),
        ("in the north of", "north"), ("northern half", "north"), ("північну частину", "north"), ("північна частина", "north"),
        ("північній частині", "north"), ("северную часть", "north"), ("северная часть", "north"), ("северной части", "north"),
        ("southern part", "south"), ("southern parts", "south"), ("southern districts", "south"), ("southern outskirts", "south"),
        ("in the south of", "south"), ("southern half", "south"), ("південну частину", "south"), ("південна частина", "south"),
        ("південній частині", "south"), ("южную часть", "south"), ("южная часть", "south"), ("южной части", "south"),
        ("eastern part", "east"), ("eastern parts", "east"), ("eastern districts", "east"), ("eastern outskirts", "east"),
        ("in the east of", "east"), ("eastern half", "east"), ("східну частину", "east"), ("східна частина", "east"),
        ("східній частині", "east"), ("восточную часть", "east"), ("восточная часть", "east"), ("восточной части", "east"),
        ("western part", "west"), ("western parts", "west"), ("western districts", "west"), ("western outskirts", "west"),
        ("in the west of", "west"), ("western half", "west"), ("західну частину", "west"), ("західна частина", "west"),
        ("західній частині", "west"), ("западную часть", "west"), ("западная часть", "west"), ("западной части", "west"),
        ("city centre", "centre"), ("city center", "centre"), ("town centre", "centre"), ("central part", "centre"),
        ("centre of", "centre"), ("center of", "centre"), ("центр", "centre"), ("центральну частину", "centre"),
        ("центральную часть", "centre"),
        ("hold the north", "north"), ("holds the north", "north"), ("hold the south", "south"), ("holds the south", "south"),
        ("hold the east", "east"), ("holds the east", "east"), ("hold the west", "west"), ("holds the west", "west"),
        ("control the north", "north"), ("control the south", "south"), ("control the east", "east"), ("control the west", "west"),
        ("outskirts", "outskirts"), ("edge of", "outskirts"), ("околиці", "outskirts"), ("околицях", "outskirts"),
        ("окраїні", "outskirts"), ("окраїнах", "outskirts"), ("окраине", "outskirts"), ("окраинах", "outskirts"),
        ("окраины", "outskirts"),
    ];

    private static readonly string[] Negations = ["not", "never", "no", "neither", "didn't", "hasn't", "haven't", "wasn't", "не", "ні", "нет", "ни"];

    private ClaimLexicon()
    {
        foreach (var (kind, phrases) in KindPhrases)
        {
            foreach (var phrase in phrases)
            {
                Kinds.Add(phrase, kind);
            }
        }

        foreach (var (phrase, attack) in OtherPhrases)
        {
            OtherReports.Add(phrase, attack);
        }

        foreach (var phrase in SummaryPhrases)
        {

            OtherReports.Add(phrase, false);
        }

        foreach (var (phrase, attack) in OtherPhrases)
        {
            if (!attack && !phrase.Contains("зіткн", StringComparison.Ordinal) && !phrase.Contains("столкн", StringComparison.Ordinal)
                && !phrase.StartsWith("combat", StringComparison.Ordinal))
            {
                Interceptions.Add(phrase, true);
            }
        }

        foreach (var phrase in WeaponPhrases)
        {
            Weapons.Add(phrase, true);
        }

        foreach (var phrase in DenialPhrases)
        {
            Denials.Add(phrase, true);
        }

        foreach (var (phrase, extent) in ExtentPhrases)
        {
            Extents.Add(phrase, extent);
        }

        foreach (var word in Negations)
        {
            NegationWords.Add(word, true);
        }
    }

    public static ClaimLexicon Default => Shared.Value;

    /// <summary>Nouns that refer back to a settlement named before ("the town was not encircled").</summary>
    public static WordSet TownWords { get; } = new(
    [
        "town", "city", "village", "settlement", "місто", "місті", "міста", "містечко", "село", "селі", "села", "селище", "город", "городе",
        "города", "поселок", "посёлок", "поселка", "селе",
        // the other cases of a settlement word: "на південь від селища", "у селищі", "в посёлке", "окраины деревни"
        "селища", "селищі", "селищу", "містечка", "містечку", "посёлка", "поселке", "посёлке", "деревня", "деревни", "деревне",
    ]);

    /// <summary>People who are not combatants: a strike that kills or wounds them is one strike claim, not also casualties.</summary>
    public static WordSet CivilianWords { get; } = new(
    [
        "people", "person", "woman", "women", "man", "men", "civilian", "civilians", "resident", "residents", "passenger",
        "passengers", "child", "children", "girl", "boy", "worker", "workers", "employee", "employees", "volunteer",
        "volunteers", "pensioner", "pensioners", "teenager", "teenagers", "elderly", "працівник", "працівників",
        "волонтери", "волонтерів", "пенсіонерка", "пенсіонер", "работник", "работников", "волонтеры", "волонтеров", "пенсионерка", "пенсионер", "люди", "людей", "людина", "жінка", "жінку", "жінки", "чоловік",
        "чоловіка", "цивільних", "цивільні", "мирних", "мешканців", "мешканці", "пасажирів", "пасажири", "дитина", "діти",
        "дітей", "мирные", "мирных", "жителей", "жители", "женщина", "женщину", "мужчина", "мужчину", "пассажиров",
        "ребенок", "ребёнок", "дети", "детей", "человек",
        // those who come to help are no combatants: "a drone struck an ambulance, wounding two paramedics"
        "paramedic", "paramedics", "medic", "medics", "rescuer", "rescuers", "firefighter", "firefighters", "doctor", "doctors",
        "nurse", "nurses", "journalist", "journalists", "медик", "медики", "медиків", "медиків", "рятувальник", "рятувальники",
        "рятувальників", "журналіст", "журналісти", "журналістів", "медиков", "спасатель", "спасатели", "спасателей",
        "журналист", "журналисты", "журналистов",
    ]);

    /// <summary>Destroy words that count losses when their object is people ("знищено 6 окупантів").</summary>
    public static WordSet DestroyWords { get; } = new(
    [
        "destroyed", "destroy", "eliminated", "знищено", "знищили", "знищив", "знищені", "уничтожены", "уничтожили",
        "уничтожено", "уничтожен",
    ]);

    /// <summary>An arrest told in the sentence: the strike words after it are the charge ("suspected of guiding strikes").</summary>
    public static WordSet ArrestWords { get; } = new(
    [
        "detained", "arrested", "detain", "arrest", "затримали", "затримано", "затримав", "затримала", "затримало", "заарештували",
        "задержали", "задержан", "задержана", "задержаны", "задержал", "арестовали", "арестован",
    ]);

    /// <summary>A prisoner exchange: the prisoners it counts are no losses ("exchanged 84 prisoners of war each").</summary>
    public static WordSet ExchangeWords { get; } = new(["exchanged", "exchange", "swap", "swapped", "обмін", "обміну", "обміняли", "обмен", "обмена", "обменяли"]);

    /// <summary>Words before a country whose airspace is meant: "over Russia", "над территорией России".</summary>
    public static WordSet OverWords { get; } = new(["over", "над", "территорией", "територією", "territory"]);

    /// <summary>Advance verbs: a capture only by the claimant's own forces into a named part of a town.</summary>
    public static WordSet AdvanceWords { get; } = new(["advanced", "advance", "advancing", "продвинулись", "продвинулся", "просунулися", "просунулись", "просунувся"]);

    /// <summary>"our", "наши", "наші": the claimant's own forces.</summary>
    public static WordSet OwnWords { get; } = new(["our", "наши", "наші", "наш", "наша"]);

    /// <summary>Prepositions before a region that make it where something happened, not who did it.</summary>
    public static WordSet PlacePrepositions { get; } = new(["над", "в", "у", "на", "по", "під", "под", "over", "in", "at", "across", "from", "з", "із", "из", "near", "біля", "возле"]);

    /// <summary>"от ударов", "від обстрілів", "внаслідок ударів": a strike named as the cause of something.</summary>
    public static WordSet CauseWords { get; } = new(["от", "від", "внаслідок", "через", "вследствие"]);

    /// <summary>Words of people harmed, after a strike named as their cause: "от ударов ... пострадали 60 жителей".</summary>
    public static WordSet SufferWords { get; } = new(["пострадали", "постраждали", "погибли", "загинули", "ранены", "поранені"]);

    /// <summary>A mine set off: "the tractor hit an anti-tank mine" is no strike.</summary>
    public static WordSet MineWords { get; } = new(["mine", "landmine", "mines", "міну", "міна", "мину", "мина"]);

    /// <summary>Words before a country that made a weapon: "производства США", "виробництва США", "made in Germany".</summary>
    public static WordSet MakerWords { get; } = new(["производства", "виробництва", "производство", "виробництво", "made", "manufactured", "supplied"]);

    /// <summary>"destroyed an assault group", "знищили штурмову групу": the group's attack was stopped.</summary>
    public static WordSet AssaultWords { get; } = new(["assault", "штурмову", "штурмові", "штурмових", "штурмовую", "штурмовые", "штурмовых"]);

    /// <summary>More words that put what follows at a place: "around Kyiv", "outside Moscow", "під Києвом".</summary>
    public static WordSet NearWords { get; } = new(["around", "outside", "into", "inside", "to", "toward", "towards", "під", "поблизу", "около", "под", "до", "к", "у", "in"]);

    /// <summary>Facilities an attack is made on: a strike, not a ground assault ("an industrial site had been attacked").</summary>
    public static WordSet FacilityWords { get; } = new(
    [
        "site", "plant", "refinery", "depot", "facility", "facilities", "substation", "substations", "enterprise", "factory",
        "warehouse", "terminal", "airfield", "infrastructure", "підприємство", "нафтобазу", "нафтобаза", "НПЗ",
        "підстанцію", "підстанція", "склад", "інфраструктуру", "предприятие", "завод", "нефтебазу", "нефтебаза",
        "подстанцию", "подстанция", "инфраструктуру", "аэродром",
    ]);

    /// <summary>Natural features named after a settlement: "the Serebrianka forest", "the Dnipro River", "Кремінський ліс".</summary>
    public static WordSet FeatureWords { get; } = new(
    [
        "forest", "forests", "woods", "woodland", "river", "ліс", "лісу", "лісі", "лісом", "річка", "річки", "річці", "лес", "леса",
        "лесу", "лесом", "река", "реки", "реке",
    ]);

    /// <summary>Unit nouns after an attack adjective that make it a unit's name: "штурмової бригади", "Assault Battalion".</summary>
    public static WordSet UnitWords { get; } = new(
    [
        "brigade", "brigades", "battalion", "battalions", "regiment", "regiments", "company", "companies", "бригада",
        "бригади", "бригаді", "бригадою", "бригаду", "батальйон", "батальйону", "батальйоном", "полк", "полку", "полком", "роти",
        "рота", "батальон", "батальона", "бригады", "бригадой",
    ]);

    /// <summary>A group on its way to a place ("a group heading for the centre", "групу, що рухалася до"): an attack.</summary>
    public static WordSet HeadingWords { get; } = new(
    [
        "heading", "advancing", "moving", "attempting", "trying", "рухалася", "рухалась", "наступала", "намагалася",
        "прямувала", "двигавшуюся", "двигавшаяся", "наступавшую", "пытавшуюся", "пытавшаяся", "направлявшуюся",
    ]);

    /// <summary>Auxiliaries of a passive right before its verb: "two groups ... were destroyed".</summary>
    public static WordSet PassiveWords { get; } = new(["were", "was", "been", "були", "була", "були", "были", "была"]);

    /// <summary>Words that join two clauses of one subject ("killed 20 soldiers and destroyed two tanks").</summary>
    /// <summary>Launch verbs among the attack reports: an attack only with what was launched after them.</summary>
    public static WordSet LaunchWords { get; } = new(["launched", "запустив", "запустили", "випустив", "випустили", "запустил", "выпустил", "выпустили"]);

    /// <summary>Words opening a time clause: "by the time the town fell", "after Avdiivka was captured", "коли місто впало".</summary>
    public static WordSet TimeClauseWords { get; } = new(["time", "after", "before", "until", "since", "when", "once", "після", "коли", "доки", "после", "когда", "пока"]);

    public static WordSet Conjunctions { get; } = new(["and", "or", "but", "і", "й", "та", "а", "але", "и", "но", "или"]);

    /// <summary>Groups of fighters: "15 small Russian groups had been destroyed" counts people, not hardware.</summary>
    public static WordSet GroupWords { get; } = new(["group", "groups", "групу", "групи", "груп", "группу", "группы", "групп", "підрозділ", "подразделение"]);

    /// <summary>"Втрат ... немає", "потерь нет": the losses named before are denied.</summary>
    /// <remarks>"Пострадавших нет", "постраждалих немає" count people hurt only to deny them (<see cref="HurtDenied"/>).</remarks>
    public static WordSet AbsenceWords { get; } = new(["немає", "нема", "нет", "відсутні", "отсутствуют"]);

    /// <summary>
    /// The first words of a clause saying nobody was hurt ("nobody was hurt", "ніхто не постраждав", "обошлось без
    /// жертв"): a casualties phrase opened by one of them denies casualties.
    /// </summary>
    public static WordSet NoneHurtOpeners { get; } = new(["no", "nobody", "ніхто", "никто", "минулося", "обійшлося", "обошлось"]);

    /// <summary>The genitive of "those hurt", a casualties word only before "нет"/"немає": "пострадавших нет", "жертв нет".</summary>
    public static WordSet HurtDenied { get; } = new(["пострадавших", "постраждалих", "жертв"]);

    /// <summary>
    /// Interception words: "could not be intercepted" says the weapon got through, so a negation before them does
    /// not deny the strike.
    /// </summary>
    public static WordSet InterceptionWords { get; } = new(
    [
        "intercepted", "intercept", "downed", "down", "збили", "збито", "перехопити", "перехоплено", "сбили", "сбиты",
        "сбить", "перехвачены", "перехватить",
    ]);

    /// <summary>A reporting verb after a denial that opens a statement of its own: "dismissed the claim and said ...".</summary>
    public static WordSet SaysAgain { get; } = new(
    [
        "said", "says", "saying", "added", "adding", "stated", "insisted", "noting", "noted", "stressed", "claimed",
        "заявив", "заявила", "заявили", "додав", "додали", "наголосив", "зазначивши", "заявивши", "сказав",
        "заявил", "заявили", "добавил", "добавили", "отметил", "отметив", "заявив", "сказал", "подчеркнул",
    ]);

    /// <summary>Words between a subject and its verb: "Russia had again struck", "Росія знову вдарила".</summary>
    public static WordSet AgentGap { get; } = new(
    [
        "had", "has", "have", "again", "also", "reportedly", "allegedly", "once", "repeatedly", "знову", "снова", "вновь",
        "також", "также",
    ]);

    /// <summary>The words of <see cref="TownWords"/> for a village.</summary>
    public static WordSet VillageWords { get; } = new(["village", "село", "селі", "села", "селе", "деревня", "деревне"]);

    /// <summary>The words of <see cref="TownWords"/> for a city rather than a village ("the city", "місто", "город").</summary>
    public static WordSet CityWords { get; } = new(["town", "city", "місто", "місті", "міста", "город", "городе", "города"]);

    public static WordSet TownDeterminers { get; } = new(["the", "this", "that", "це", "цьому", "этот", "этом"]);

    public PhraseIndex<ClaimKind> Kinds { get; } = new();

    public PhraseIndex<bool> Denials { get; } = new();

    /// <summary>Reports of kind other; the value says whether it is an attack verb (a strike when a weapon is named).</summary>
    public PhraseIndex<bool> OtherReports { get; } = new();

    /// <summary>Air-defence interceptions: "shot down", "збили", "сбиты", "intercepted".</summary>
    public PhraseIndex<bool> Interceptions { get; } = new();

    /// <summary>Weapon words that make an attack a strike ("attacked Dnipro with drones").</summary>
    public PhraseIndex<bool> Weapons { get; } = new();

    public PhraseIndex<string> Extents { get; } = new();

    public PhraseIndex<bool> NegationWords { get; } = new();
}
