using Sitrep.Core.Model;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution.Languages;

/// <summary>Words that make up speaker phrases, the type each head noun implies, and back-reference words.</summary>
internal static class SpeakerLexicon
{
    /// <summary>Lower-case nouns that may head or sit inside a speaker phrase, with the type they imply.</summary>
    private static readonly (string Word, SpeakerType Type)[] Nouns =
    [
        ("corps", SpeakerType.MilitaryUnit), ("brigade", SpeakerType.MilitaryUnit), ("regiment", SpeakerType.MilitaryUnit),
        ("battalion", SpeakerType.MilitaryUnit), ("division", SpeakerType.MilitaryUnit), ("unit", SpeakerType.MilitaryUnit),
        ("army", SpeakerType.MilitaryUnit), ("forces", SpeakerType.MilitaryUnit), ("military", SpeakerType.MilitaryUnit),
        ("command", SpeakerType.MilitaryUnit), ("group", SpeakerType.MilitaryUnit), ("grouping", SpeakerType.MilitaryUnit), ("guard", SpeakerType.MilitaryUnit),
        ("navy", SpeakerType.MilitaryUnit), ("troops", SpeakerType.MilitaryUnit), ("force", SpeakerType.MilitaryUnit), ("commander", SpeakerType.Person),
        ("ministry", SpeakerType.Government), ("staff", SpeakerType.Government), ("administration", SpeakerType.Government),
        ("government", SpeakerType.Government), ("authorities", SpeakerType.Government), ("officials", SpeakerType.Government),
        ("office", SpeakerType.Government), ("service", SpeakerType.Government), ("services", SpeakerType.Government), ("police", SpeakerType.Government),
        ("prosecutors", SpeakerType.Government), ("council", SpeakerType.Government), ("kremlin", SpeakerType.Government),
        ("spokesman", SpeakerType.Person), ("spokeswoman", SpeakerType.Person), ("spokesperson", SpeakerType.Person),
        ("official", SpeakerType.Person), ("governor", SpeakerType.Person), ("mayor", SpeakerType.Person),
        ("head", SpeakerType.Person), ("minister", SpeakerType.Person), ("president", SpeakerType.Person),
        ("chief", SpeakerType.Person), ("commander-in-chief", SpeakerType.Person), ("adviser", SpeakerType.Person), ("advisor", SpeakerType.Person),
        ("soldier", SpeakerType.Person), ("officer", SpeakerType.Person), ("blogger", SpeakerType.Person),
        ("bloggers", SpeakerType.Person), ("analyst", SpeakerType.Person), ("analysts", SpeakerType.Person),
        ("director", SpeakerType.Person), ("trader", SpeakerType.Person), ("traders", SpeakerType.Person),
        ("broker", SpeakerType.Person), ("brokers", SpeakerType.Person), ("economist", SpeakerType.Person),
        ("deputy", SpeakerType.Person), ("operators", SpeakerType.Person), ("monitors", SpeakerType.Person),
        // "According to the mission", "за даними місії", "по данным миссии": a monitoring mission named before
        ("mission", SpeakerType.Government), ("місія", SpeakerType.Government), ("місії", SpeakerType.Government),
        ("миссия", SpeakerType.Government), ("миссии", SpeakerType.Government),
        ("coach", SpeakerType.Person), ("manager", SpeakerType.Person), ("forecasters", SpeakerType.Person),
        ("investigators", SpeakerType.Government), ("negotiators", SpeakerType.Person), ("veterans", SpeakerType.Person),
        ("milblogger", SpeakerType.Person), ("milbloggers", SpeakerType.Person), ("consultancy", SpeakerType.Person), ("delegations", SpeakerType.Government),
        ("енергетики", SpeakerType.Person), ("энергетики", SpeakerType.Person),
        // residents who speak for themselves: "розповіла місцева мешканка Ганна Литвин", "рассказала жительница"
        ("мешканка", SpeakerType.Person), ("мешканець", SpeakerType.Person), ("мешканці", SpeakerType.Person),
        ("жителька", SpeakerType.Person), ("житель", SpeakerType.Person), ("жительница", SpeakerType.Person), ("жители", SpeakerType.Person),
        // "according to Ukrainian estimates", "according to Russian figures": the side's own reckoning speaks
        ("estimates", SpeakerType.Government), ("figures", SpeakerType.Government), ("data", SpeakerType.Government),
        ("agency", SpeakerType.Agency), ("newspaper", SpeakerType.Media), ("outlet", SpeakerType.Media),
        ("channel", SpeakerType.Media), ("media", SpeakerType.Media), ("broadcaster", SpeakerType.Media),
        // "Russian channels say ...", "російські канали пишуть", "российские каналы пишут": channels in the plural speak too
        ("channels", SpeakerType.Media), ("канали", SpeakerType.Media), ("каналы", SpeakerType.Media),
        ("штаб", SpeakerType.Government), ("генштаб", SpeakerType.Government), ("міністерство", SpeakerType.Government),
        ("министерство", SpeakerType.Government), ("адміністрація", SpeakerType.Government), ("администрация", SpeakerType.Government),
        // "По данным ведомства", "у відомстві": the ministry or service named before
        ("відомство", SpeakerType.Government), ("ведомство", SpeakerType.Government),
        ("корпус", SpeakerType.MilitaryUnit), ("корпусі", SpeakerType.MilitaryUnit), ("бригада", SpeakerType.MilitaryUnit),
        ("бригаді", SpeakerType.MilitaryUnit), ("полк", SpeakerType.MilitaryUnit), ("полку", SpeakerType.MilitaryUnit),
        ("командування", SpeakerType.MilitaryUnit), ("командование", SpeakerType.MilitaryUnit), ("угруповання", SpeakerType.MilitaryUnit),
        ("группировка", SpeakerType.MilitaryUnit), ("речник", SpeakerType.Person), ("речниця", SpeakerType.Person),
        ("служба", SpeakerType.Government), ("службу", SpeakerType.Government), ("служби", SpeakerType.Government), ("службы", SpeakerType.Government),
        ("пресслужба", SpeakerType.Government), ("пресс-служба", SpeakerType.Government), ("прес-служба", SpeakerType.Government),
        ("голова", SpeakerType.Person), ("глава", SpeakerType.Person), ("губернатор", SpeakerType.Person),
        ("начальник", SpeakerType.Person), ("командир", SpeakerType.Person), ("ова", SpeakerType.Government),
        ("військові", SpeakerType.MilitaryUnit), ("военные", SpeakerType.MilitaryUnit), ("військових", SpeakerType.MilitaryUnit),
        ("военных", SpeakerType.MilitaryUnit), ("сили", SpeakerType.MilitaryUnit), ("силы", SpeakerType.MilitaryUnit),
        // councils and the regional power companies ("в пресслужбі міської ради", "зазначили в обленерго")
        ("рада", SpeakerType.Government), ("ради", SpeakerType.Government), ("раді", SpeakerType.Government),
        ("обленерго", SpeakerType.Agency),
        // mayors, authorities, prosecutors, think tanks and channels named in Ukrainian and Russian
        ("мэр", SpeakerType.Person), ("мер", SpeakerType.Person), ("влада", SpeakerType.Government), ("власти", SpeakerType.Government),
        ("прокуратура", SpeakerType.Government), ("прокуратурі", SpeakerType.Government), ("прокуратуре", SpeakerType.Government),
        ("аналітики", SpeakerType.Person), ("аналитики", SpeakerType.Person), ("інститут", SpeakerType.Media),
        ("институт", SpeakerType.Media), ("institute", SpeakerType.Media), ("think tank", SpeakerType.Media),
        ("канал", SpeakerType.Media), ("проєкт", SpeakerType.Media), ("проект", SpeakerType.Media),
        ("секретар", SpeakerType.Person), ("секретарка", SpeakerType.Person), ("секретарь", SpeakerType.Person),
        ("спикер", SpeakerType.Person), ("спікер", SpeakerType.Person), ("представитель", SpeakerType.Person),
        ("представник", SpeakerType.Person), ("керівник", SpeakerType.Person), ("руководитель", SpeakerType.Person),
        // "Як зазначив очільник області", "За словами очільниці громади": the head of a body or a region
        ("очільник", SpeakerType.Person), ("очільника", SpeakerType.Person), ("очільниця", SpeakerType.Person), ("очільниці", SpeakerType.Person),
        ("офіцер", SpeakerType.Person), ("офицер", SpeakerType.Person), ("експерт", SpeakerType.Person), ("эксперт", SpeakerType.Person),
        ("expert", SpeakerType.Person), ("блогер", SpeakerType.Person), ("военкор", SpeakerType.Person), ("воєнкор", SpeakerType.Person),
        // the police told by its bare noun in an opening locative ("У поліції також зазначили", "В полиции уточнили")
        ("поліція", SpeakerType.Government), ("поліції", SpeakerType.Government), ("полиция", SpeakerType.Government),
        ("полиции", SpeakerType.Government),
        // people who speak for what they do, in both numbers: "volunteers said", "a volunteer coordinator said", "Aid
        // groups say", "за даними волонтерів", "по словам спасателей", "розповіли медики"
        ("volunteer", SpeakerType.Person), ("volunteers", SpeakerType.Person), ("coordinator", SpeakerType.Person),
        ("coordinators", SpeakerType.Person), ("groups", SpeakerType.Person), ("organisations", SpeakerType.Person),
        ("organizations", SpeakerType.Person), ("rescuers", SpeakerType.Person), ("medics", SpeakerType.Person),
        ("doctors", SpeakerType.Person), ("residents", SpeakerType.Person), ("witnesses", SpeakerType.Person),
        ("activists", SpeakerType.Person), ("workers", SpeakerType.Person), ("spokespeople", SpeakerType.Person),
        ("волонтер", SpeakerType.Person), ("волонтери", SpeakerType.Person), ("волонтери", SpeakerType.Person),
        ("волонтеры", SpeakerType.Person), ("координатор", SpeakerType.Person), ("рятувальники", SpeakerType.Person),
        ("спасатели", SpeakerType.Person), ("медики", SpeakerType.Person), ("лікарі", SpeakerType.Person), ("врачи", SpeakerType.Person),
        ("мешканці", SpeakerType.Person), ("жители", SpeakerType.Person), ("очевидці", SpeakerType.Person), ("очевидцы", SpeakerType.Person),
    ];

    private static readonly string[] Anonymous =
    [
        "source", "sources", "a source", "a person familiar", "people familiar", "person familiar", "declined to be named",
        "on condition of anonymity", "asked not to be named", "speaking anonymously", "who spoke anonymously",
        "who asked not to be identified", "not authorised to speak", "not authorized to speak", "insider",
        "джерело", "джерела", "співрозмовник", "на умовах анонімності", "побажав залишитися неназваним",
        "источник", "источники", "собеседник", "на условиях анонимности", "пожелавший остаться неназванным",
        // "two officials familiar with the fighting": whoever is described by what they know, not by name
        "familiar with", "briefed on", "побажало залишитися неназваним", "побажала залишитися неназваною",
        "побажали залишитися неназваними", "пожелавшая остаться неназванной", "пожелавшие остаться неназванными",
    ];

    private static readonly (string Word, string Side)[] SideWords =
    [
        ("ukraine's", "UA"), ("ukrainian", "UA"), ("ukraine", "UA"), ("kyiv's", "UA"), ("kyiv", "UA"),
        ("українськ", "UA"), ("україни", "UA"), ("зсу", "UA"), ("украинск", "UA"), ("украины", "UA"), ("всу", "UA"),
        ("russia's", "RU"), ("russian", "RU"), ("russia", "RU"), ("moscow's", "RU"), ("moscow", "RU"), ("kremlin", "RU"),
        ("російськ", "RU"), ("росії", "RU"), ("рф", "RU"), ("российск", "RU"), ("россии", "RU"),
        // military administrations are Ukrainian bodies (the occupation's are "military-civilian administrations")
        ("military administration", "UA"), ("військова адміністрація", "UA"), ("військової адміністрації", "UA"),
        ("військовій адміністрації", "UA"), ("ОВА", "UA"), ("МВА", "UA"), ("ОВА", "UA"),
        // unit names: "mechanized" brigades are Ukraine's, "motor rifle" ones Russia's
        ("mechanized brigade", "UA"), ("mechanised brigade", "UA"), ("separate mechanized", "UA"), ("механізована", "UA"),
        ("механізованої", "UA"), ("motor rifle", "RU"), ("мотострелкова", "RU"), ("мотострелковой", "RU"),
        ("russian-installed", "RU"), ("moscow-installed", "RU"), ("russian-appointed", "RU"), ("kremlin-installed", "RU"),
        // commentators named by the side they support: "a pro-Kremlin military blogger", "a pro-Ukrainian channel"
        ("pro-kremlin", "RU"), ("pro-russian", "RU"), ("pro-moscow", "RU"), ("pro-ukrainian", "UA"), ("pro-kyiv", "UA"),
        ("проросійськ", "RU"), ("пророссийск", "RU"), ("прокремлівськ", "RU"), ("прокремлевск", "RU"), ("проукраїнськ", "UA"), ("проукраинск", "UA"),
        // the authorities Russia installed where it occupies: "окупаційна влада", "оккупационные власти", "occupation authorities"
        ("окупаційн", "RU"), ("оккупационн", "RU"), ("occupation authorities", "RU"), ("occupation officials", "RU"),
    ];

    public static readonly WordSet Pronouns = new(
    [
        "he", "she", "they", "it", "він", "вона", "вони", "воно", "он", "она", "они", "оно",
    ]);

    public static readonly WordSet ThingPronouns = new(
    [
        "it", "воно", "оно",
    ]);

    /// <summary>Pronouns after "according to" / "по словам" / "за словами": "по его словам", "за її словами", "according to him".</summary>
    public static readonly WordSet PossessivePronouns = new(
    [
        "его", "её", "ее", "його", "її", "him", "her", "их", "їхніми", "їхньою", "them",
    ]);

    public static readonly WordSet PersonPronouns = new(
    [
        "he", "she", "він", "вона", "он", "она",
    ]);

    /// <summary>Nouns that own a speaker in the possessive: "the city's military administration", "the regional prosecutor's office".</summary>
    public static readonly WordSet PossessiveOwners = new(
    [
        "city", "prosecutor", "region", "country", "army", "ministry", "governor", "mayor", "council",
    ]);

    /// <summary>Words allowed inside a speaker phrase between name words.</summary>
    public static readonly WordSet Connectors = new(
    [
        "of", "for", "the", "and", "de", "al",
    ]);

    public static readonly WordSet Determiners = new(
    [
        "the", "a", "an", "its", "their", "his", "her", "one", "another",
    ]);

    /// <summary>Words skipped between a speaker and its verb ("the ministry on Tuesday said", "he also said").</summary>
    public static readonly WordSet Skippable = new(
    [
        "also", "later", "earlier", "previously", "again", "separately", "further", "then", "today", "yesterday",
        "overnight", "on", "late", "early", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "morning", "evening", "night", "this", "last", "had", "has", "have", "was", "were", "publicly", "officially",
        "також", "раніше", "сьогодні", "вчора", "также", "ранее", "сегодня", "вчера", "про", "це", "об", "этом", "що", "что",
        "это", "эту", "эти", "цю", "ці", "її", "ее", "её", "его", "його", "їх", "их", "утром", "вечером", "ночью", "днем",
        "днём", "вранці", "ввечері", "вночі", "зранку", "уранці", "позже", "пізніше",
        // "the administration initially reported that", "ОВА спочатку повідомила", "губернатор сначала сообщил"
        "initially", "originally", "subsequently", "спочатку", "спершу", "сначала", "первоначально", "изначально",
        // "Минобороны России накануне сообщало", "Генштаб напередодні повідомив", "штаб знову заявив"
        "накануне", "напередодні", "знову", "вновь", "снова",
    ]);

    /// <summary>Capitalised words that never start a speaker phrase.</summary>
    public static readonly WordSet NotNames = new(
    [
        "in", "on", "at", "but", "and", "meanwhile", "however", "also", "while", "when", "after", "before", "as", "it",
        "this", "that", "these", "those", "there", "we", "our", "i", "you", "which", "who", "what", "if", "so",
        "у", "в", "на", "та", "і", "и", "але", "но", "ми", "мы", "це", "это", "про", "об", "как", "як", "за",
    ]);

    public static PhraseIndex<SpeakerType> BuildNouns()
    {
        var index = new PhraseIndex<SpeakerType>();
        foreach (var (word, type) in Nouns)
        {
            index.Add(word, type);
        }

        return index;
    }

    public static PhraseIndex<bool> BuildAnonymous()
    {
        var index = new PhraseIndex<bool>();
        foreach (var phrase in Anonymous)
        {
            index.Add(phrase, true);
        }

        return index;
    }

    public static PhraseIndex<string> BuildSides()
    {
        var index = new PhraseIndex<string>();
        foreach (var (word, side) in SideWords)
        {
            index.Add(word, side);
        }

        return index;
    }
}
