using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events.Languages;

/// <summary>Event triggers, conflict context words, off-topic (sports, business) words and background cues (en, uk, ru).</summary>
internal sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> Shared = new(() => new EventLexicon());

    private static readonly (TriggerClass Class, string[] Phrases)[] TriggerPhrases =
    [
        (TriggerClass.None,
        [
            "took place", "take place", "coal mine", "coal mines", "mine workers", "gold mine", "attack on the policy",
            "heart attack", "panic attack", "price war", "trade war", "artillery of arguments", "hit the market",
            "hit song", "hit record", "box-office hit", "struck a deal", "strike a deal", "labour strike", "general strike",
            "workers' strike", "hunger strike", "grenade launcher", "grenade launchers", "battle for market share", "drone footage", "drone video", "drone videos", "drone images", "it's a battle", "it is a battle", "a battle for every", "uphill battle",
            "battle over", "legal battle", "court battle", "bidding war", "price battle", "відбулися", "шахта", "шахти",
            "drone war", "drone warfare", "війна дронів", "война дронов",
            // vessels and aircraft that carry a weapon ("one missile carrier in the Sea of Azov"): no strike by being there
            "missile carrier", "missile carriers", "missile ship", "missile ships", "missile boat", "missile boats",
            "носій ракет", "носії ракет", "носители ракет", "носитель ракет",
        ]),
        (TriggerClass.Repelled,
        [
            "repelled", "repulsed", "beat back", "beaten back", "fought off", "thwarted", "failed to capture", "failed to take",
            "failed to break through", "відбили", "відбито", "відбив", "відбиті", "відбивають", "отразили", "отражены", "отбили",
            "отбито", "отражена",
        ]),
        (TriggerClass.Clash,
        [
            "assault", "assaults", "assaulted", "attack", "attacks", "attacked", "attacking", "clash", "clashes", "clashed", "fighting",
            "fought", "battle", "battles", "combat engagements", "combat clashes", "engagements", "firefight", "stormed",
            "storming", "storm", "offensive", "counteroffensive", "counter-offensive", "advanced", "advance", "advancing",
            "counterattacked", "counter-attacked", "counterattack", "counter-attack", "counterattacks", "counter-attacks",
            "контратакували", "контратакував", "контратака", "контратаку", "контратаки", "контратак", "контратаковали",
            "контратаковал", "контратакой", "контратакою",
            "attempted to capture", "tried to capture", "attempt to storm", "assault operations", "infiltrated", "ambush",
            "ambushed", "штурм", "штурми", "штурмові дії", "штурмових дій", "атака", "атаки", "атак", "атакував",
            "атакували", "бої", "боїв", "бойові зіткнення", "бойових зіткнень", "наступ", "наступальні дії", "наступальних дій",
            "просунулися", "бой", "бои", "боев", "боестолкновения", "боестолкновений", "атаковали", "штурмовали", "наступление",
            "продвинулись", "продвинулись вперед", "намагався прорвати", "намагалися прорвати", "пытался прорвать",
            "пытались прорвать", "штурмував", "штурмували", "defeated manpower", "defeated formations", "нанесли поражение",
            "нанесли поражение живой силе", "завдали ураження живій силі",
            "continued clearing", "continue clearing", "continues clearing", "продолжили зачистку", "продолжают зачистку",
            "продовжили зачистку", "продовжують зачистку", "зачистку", "зачистка", "зачистки",
            "attempted to advance", "attempts to advance", "attempt to advance", "tried to advance", "trying to advance",
            "намагався просунутися", "намагалися просунутися", "намагався просунутись", "намагалися просунутись",
            "намагаються просунутися", "спробу наступу", "спроби наступу", "спроб наступу", "пытался продвинуться",
            "пытались продвинуться", "пытаются продвинуться", "попытку наступления", "попытки наступления", "попыток наступления",
            // the infinitive of an advance or a break-through is the try, whatever stands between it and the verb or noun
            // of trying (an infiltration tried is a claim of a repelled attack, not always a fight) ("tried overnight to break through", "зупинили 42 спроби противника просунутися")
            "to break through", "прорватися", "прорватись", "просунутися", "просунутись", "прорваться", "продвинуться",
            "штурму зірвана", "зірвали штурм", "штурма сорвана", "сорвали штурм",
        ]),
        (TriggerClass.Capture,
        [
            "captured", "capture", "took control", "taken control", "take control", "took full control", "taken full control",
            "seized", "liberated", "liberation of", "recaptured", "retook", "retaken", "occupied", "has fallen", "fell to",
            "gained control", "established control", "захопили", "захоплено", "захопили повністю", "звільнили", "звільнено",
            "окупували", "взяли під контроль", "встановили контроль", "захватили", "захвачен", "освободили", "освобождено",
            "освобожден", "взяли под контроль", "установили контроль", "перешел под контроль",
        ]),
        (TriggerClass.Shelling,
        [
            "shelling", "shelled", "shells", "shell", "shellings", "artillery", "artillery fire", "artillery strike", "missile strike", "missile strikes",
            "missile attack", "missile attacks", "missiles", "missile", "ballistic missile", "cruise missiles", "rocket",
            "rockets", "rocket attack", "mlrs", "multiple rocket launcher", "multiple rocket launchers", "grad", "himars",
            "mortar", "mortars", "mortar fire", "iskander", "kinzhal", "обстріл", "обстріли", "обстрілу", "обстрілів",
            "обстріляли", "артилерія", "артилерії", "артилерійський", "ракетний удар", "ракетна атака", "ракети", "ракета",
            "ракетами", "рсзв", "мінометний", "обстрел", "обстрелы", "обстрела", "обстреляли", "артиллерия", "артиллерии",
            "ракетный удар", "ракеты", "ракетами", "рсзо", "минометный", "мінометним вогнем", "мінометного вогню",
            "артилерійським вогнем", "артилерійського вогню", "минометным огнем", "минометного огня", "артиллерийским огнем",
            "артиллерийского огня", "з мінометів", "з міномета", "мінометами", "із мінометів", "из минометов", "из миномета",
            "минометами", "з артилерії", "из артиллерии",
            // "після влучання снаряда", "попадание снаряда": a shell is artillery
            "снаряд", "снаряди", "снарядів", "снаряды", "снарядов",
        ]),
        (TriggerClass.Strike,
        [
            "strike", "strikes", "struck", "hit", "hits", "explosion", "explosions", "blasts", "вибухи", "вибух", "взрывы",
            "взрыв", "удар", "удари", "ударів", "удары", "ударов", "уразили", "поразили",
        ]),
        (TriggerClass.AirDrone,
        [
            "drone strike", "drone strikes", "drone attack", "drone attacks", "drones", "drone", "shahed", "shaheds",
            "airstrike", "airstrikes", "air strike", "air strikes", "air raid", "glide bomb", "glide bombs",
            "guided aerial bomb", "guided aerial bombs", "guided bomb", "guided bombs", "aerial bomb", "kab", "kabs", "fpv", "bombed", "bombing",
            "aerial bombs", "дрон", "дрони", "дронів", "дронами", "безпілотник", "безпілотники", "безпілотників", "шахед",
            "шахеди", "шахедів", "авіаудар", "авіаудари", "авіабомби", "авіабомб", "каб", "каби", "кабами",
            "керовані авіабомби", "беспилотник", "беспилотники", "беспилотников", "дроны", "дронов", "авиаудар",
            "авиаудары", "авиабомбы", "авиабомб", "кабы", "бпла", "безпілотниками", "беспилотниками", "дроном",
            "fpv-дроном", "fpv-дронами", "fpv-дрони", "fpv-дронів", "fpv-дроны", "fpv-дронов", "авіаційних ударів",
            "авіаційний удар", "авіаційні удари", "авіаційного удару", "авиационных ударов", "авиационный удар", "авиационные удары",
            // the air force as the subject of a strike ("авиация нанесла удары по Краматорску", "авіація завдала удару")
            "авиация нанесла", "авиация наносила", "авиация ударила", "авиация атаковала", "авиация отработала",
            "авіація завдала", "авіація завдавала", "авіація вдарила", "авіація атакувала", "warplanes",
        ]),
        (TriggerClass.Mine,
        [
            "landmine", "landmines", "land mine", "anti-tank mine", "anti-personnel mine", "hit a mine", "struck a mine",
            "stepped on a mine", "mine blast", "mine explosion", "ied", "ieds", "improvised explosive device",
            "roadside bomb", "car bomb", "explosive device", "car explosion", "booby trap", "booby-trapped", "підірвався на міні", "підірвалися на міні", "вибуховий пристрій",
            "протитанкова міна", "подорвался на мине", "подорвались на мине", "взрывное устройство", "самодельное взрывное устройство",
        ]),
        (TriggerClass.Agreement,
        [
            "ceasefire", "cease-fire", "truce", "peace talks", "peace framework", "peace plan", "negotiations", "peace deal", "peace agreement", "agreement",
            "framework for ending the war", "framework to end the war", "plan for ending the war", "plan to end the war", "рамкову угоду",
            "план завершення війни", "рамочное соглашение", "план завершения войны",
            "перемир'я", "переговори", "угода", "угоди", "перемирие", "переговоры", "соглашение",
        ]),
        (TriggerClass.Arrest,
        [
            "arrested", "detained", "apprehended", "arrest of", "detention of", "затримали", "затримано", "затримала",
            "затримав", "задержали", "задержан", "задержана", "арестовали", "арештували", "арештовано",
        ]),
        (TriggerClass.Casualties,
        [
            "killed", "kills", "killing", "wounded", "dead", "died", "injured", "slain", "destroyed", "eliminated", "sank",
            "liquidated", "знищили", "знищено", "ліквідували", "ліквідовано", "уничтожили", "уничтожены", "уничтожено",
            "ликвидировали", "загинули", "загинув", "загинула",
            "поранені", "поранено", "поранених", "загиблих", "погибли", "погиб", "погибших", "ранены", "ранен", "раненых",
        ]),
        (TriggerClass.Withdrawal,
        [
            "withdrew", "withdrawn", "withdrawal", "pulled out", "pulled back", "retreated", "retreat", "відійшли", "відступили",
            "вийшли з", "відведення", "відвели", "отошли", "отступили", "вышли из", "отвод войск", "отступление",
            "handed over control", "handed over", "handover of",
        ]),
        (TriggerClass.Chemical,
        [
            "chemical weapon", "chemical weapons", "chemical munitions", "chemical agent", "chloropicrin", "cs gas",
            "toxic gas", "poisonous gas", "poison gas", "хімічну зброю", "хімічні боєприпаси", "хлорпікрин", "химическое оружие",
            "хлорпикрин",
        ]),
        (TriggerClass.Suicide,
        [
            "suicide bomber", "suicide bombing", "suicide attack", "blew himself up", "blew herself up", "смертник", "смертниця",
        ]),
        (TriggerClass.Grenade,
        [
            "grenade", "grenades", "гранату", "гранати", "граната", "гранаты",
        ]),
        (TriggerClass.SexualViolence,
        [
            "raped", "rape", "sexual violence", "sexually assaulted", "sexual assault", "зґвалтували", "зґвалтування",
            "сексуальне насильство", "изнасиловали", "изнасилование",
        ]),
        (TriggerClass.CivilianAttack,
        [
            "executed", "execution of", "shot dead", "tortured", "torture", "opened fire on civilians", "fired on civilians",
            "beat to death", "beaten to death", "розстріляли", "катували", "расстреляли", "пытали",
        ]),
        (TriggerClass.Abduction,
        [
            "abducted", "kidnapped", "forcibly deported", "deported", "forcibly disappeared", "went missing after", "taken away",
            "викрали", "викрадено", "депортували", "похитили", "похищен", "депортировали",
        ]),
        (TriggerClass.Protest,
        [
            "protest", "protests", "protested", "protesters", "rally", "rallies", "demonstration", "demonstrators",
            "picket", "протест", "протестували", "мітинг", "акція протесту", "акцію протесту", "пікет", "митинг",
            "протестовали", "акция протеста",
        ]),
        (TriggerClass.Intervention,
        [
            "dispersed", "broke up", "tear gas", "riot police", "розігнали", "разогнали", "разогнал",
        ]),
        (TriggerClass.GroupActivity,
        [
            "redeployed", "relocated", "disbanded", "rotated out", "was reorganised", "reorganised into", "announced mobilisation",
            "mobilisation", "mobilization", "передислокували", "розформовано", "передислоцировали", "расформирован", "мобилизация",
            "мобілізація",
        ]),
        (TriggerClass.Disrupted,
        [
            "defused", "defuse", "disarmed", "neutralised", "neutralized", "demined", "cleared of mines", "weapons cache",
            "arms cache", "cache of weapons", "знешкодили", "розмінували", "обезвредили", "разминировали", "схрон",
        ]),
        (TriggerClass.Headquarters,
        [
            "set up a headquarters", "set up headquarters", "established a headquarters", "set up a base", "established a base",
            "set up a command post", "established a command post", "moved its headquarters", "opened a base",
            "облаштували штаб", "розмістили штаб", "обустроили штаб", "разместили штаб", "развернули базу",
        ]),
        (TriggerClass.Looting,
        [
            "looted", "looting", "pillaged", "plundered", "torched", "set fire to", "burned down", "demolished", "bulldozed",
            "vandalised", "vandalized", "розграбували", "мародерство", "мародерили", "спалили", "разграбили", "мародерство", "сожгли",
        ]),
        (TriggerClass.Other,
        [
            "prisoner exchange", "prisoner swap", "exchange of prisoners", "returned from captivity", "bodies of fallen",
            "repatriated", "repatriation", "обмін полоненими", "повернулися з полону", "обмен пленными", "репатріація",
        ]),
    ];

    /// <summary>Words that put a sentence in a war: belligerents and their units without a registry name.</summary>
    private static readonly string[] ConflictWords =
    [
        "troops", "forces", "soldiers", "servicemen", "military", "army", "enemy", "occupiers", "invaders", "brigade",
        "corps", "regiment", "battalion", "militants", "fighters", "rebels", "rebel", "separatists", "separatist", "militia",
        "militias", "militiaman", "militiamen", "serviceman", "soldier", "officers", "combatants", "mercenaries", "sappers",
        "sniper", "snipers", "tank", "tanks", "airstrike", "ceasefire", "combat", "ато", "осс", "сво", "бойовики", "ополченцы", "front line", "frontline", "front", "war", "defenders",
        "air defence", "air defense", "shelling", "missile", "missiles", "drone", "drones", "artillery",
        "війська", "військ", "ворог", "ворога", "окупанти", "окупантів", "військові", "бригада", "бригади", "фронт", "захисники",
        "сили оборони", "ппо", "пво", "зрк", "войска", "войск", "противник", "противника", "военные", "бригады", "фронт", "вс рф", "всу", "зсу",
    ];

    private static readonly string[] OffTopicWords =
    [
        "match", "goal", "goals", "striker", "midfielder", "defender", "goalkeeper", "league", "championship", "title",
        "season", "coach", "fans", "stadium", "tournament", "cup", "scored", "score", "team", "club", "football", "basketball",
        "playoff", "referee", "penalty", "derby", "shares", "stock", "stocks", "investors", "revenue", "profits", "earnings",
        "quarter", "market share", "startup", "cargo", "freight", "exporters", "exports", "traders", "trading house",
        "commercial director", "harvest", "tonnes", "discounts", "buyers", "prices", "shipments", "матч", "забив гол", "чемпіонат", "футбол", "сезон", "тренер", "команда",
        "вболівальники", "чемпионат", "футбола", "тренер", "болельщики", "акції", "акции", "інвестори", "инвесторы",
    ];

    private static readonly string[] BackgroundWords =
    [
        "after months of fighting", "months of fighting", "for more than a year", "for over a year", "for months",
        "since last year", "after a months-long", "last year", "earlier this year",
        "in 2014", "in 2022", "in 2023", "since 2014", "since 2022", "since the start of the full-scale invasion",
        "since the full-scale invasion", "at the start of the war", "previously captured", "in total, since", "since the beginning of the special military operation",
        "since the start of the special military operation", "since the beginning of the war", "since the start of the war",
        "с начала проведения специальной военной операции", "с начала специальной военной операции", "с начала сво",
        "від початку повномасштабного вторгнення", "з початку повномасштабного вторгнення", "минулого року", "раніше захопили", "у 2022 році", "в 2022 году", "в прошлом году", "ранее захватили",
    ];

    private EventLexicon()
    {
        foreach (var (cls, phrases) in TriggerPhrases)
        {
            foreach (var phrase in phrases)
            {
                Triggers.Add(phrase, cls);
            }
        }

        Fill(Conflict, ConflictWords);
        Fill(OffTopic, OffTopicWords);
        Fill(Background, BackgroundWords);
    }

    public static EventLexicon Default => Shared.Value;

    public PhraseIndex<TriggerClass> Triggers { get; } = new();

    public PhraseIndex<bool> Conflict { get; } = new();

    public PhraseIndex<bool> OffTopic { get; } = new();

    public PhraseIndex<bool> Background { get; } = new();

    /// <summary>
    /// A sports or business story: two or more of its words and more of them than war words ("the match", "the
    /// league", "exports", "prices"). Such a story makes no events and no claims; its war idiom ("a battle for every
    /// cargo", "under siege") is no report.
    /// </summary>
    public bool IsOffTopic(string text, ReadOnlySpan<Token> tokens)
    {
        var offTopic = OffTopic.FindAll(text, tokens, 0, tokens.Length).Count;
        return offTopic >= 2 && offTopic > Conflict.FindAll(text, tokens, 0, tokens.Length).Count;
    }

    private static void Fill(PhraseIndex<bool> index, string[] phrases)
    {
        foreach (var phrase in phrases)
        {
            index.Add(phrase, true);
        }
    }
}
