namespace Sitrep.Extraction.Attribution.Languages;

/// <summary>
/// The oblique forms of the Ukrainian and Russian nouns that head a speaker phrase ("в пресслужбі", "по данным
/// администрации", "за словами речника"), with their nominative, and the adjective endings that agree with them
/// ("обласній військовій адміністрації" is "обласна військова адміністрація").
/// </summary>
internal static class SpeakerCases
{
    /// <summary>Grammatical gender of a head noun: which adjective endings agree with it.</summary>
    internal enum Gender
    {
        Masculine,
        Feminine,
        Neuter,
    }

    /// <summary>The heads of one language (uk, ru): oblique form (locative, dative, genitive) to nominative and gender; null for another language.</summary>
    public static Dictionary<string, (string Nominative, Gender Gender)>? Heads(string language) => language switch
    {
        "uk" => Ukrainian,
        "ru" => Russian,
        _ => null,
    };

    private static readonly Dictionary<string, (string Nominative, Gender Gender)> Ukrainian = Build(
    [
        ("пресслужба", Gender.Feminine, ["пресслужбі", "пресслужби"]),
        ("прес-служба", Gender.Feminine, ["прес-службі", "прес-служби"]),
        ("адміністрація", Gender.Feminine, ["адміністрації"]),
        ("рада", Gender.Feminine, ["раді", "ради"]),
        ("служба", Gender.Feminine, ["службі", "служби"]),
        ("прокуратура", Gender.Feminine, ["прокуратурі", "прокуратури"]),
        ("поліція", Gender.Feminine, ["поліції"]),
        ("бригада", Gender.Feminine, ["бригаді", "бригади"]),
        ("речниця", Gender.Feminine, ["речниці"]),
        ("штаб", Gender.Masculine, ["штабі", "штабу"]),
        ("корпус", Gender.Masculine, ["корпусі", "корпусу"]),
        ("полк", Gender.Masculine, ["полку"]),
        ("речник", Gender.Masculine, ["речника"]),
        ("начальник", Gender.Masculine, ["начальника"]),
        ("командир", Gender.Masculine, ["командира"]),
        ("департамент", Gender.Masculine, ["департаменті", "департаменту"]),
        ("міністерство", Gender.Neuter, ["міністерстві", "міністерства"]),
        ("відомство", Gender.Neuter, ["відомстві", "відомства"]),
        ("командування", Gender.Neuter, ["командуванні"]),
        ("угруповання", Gender.Neuter, ["угрупованні"]),
        ("управління", Gender.Neuter, ["управлінні"]),
        ("голова", Gender.Masculine, ["голови"]),
    ]);

    private static readonly Dictionary<string, (string Nominative, Gender Gender)> Russian = Build(
    [
        ("пресс-служба", Gender.Feminine, ["пресс-службе", "пресс-службы"]),
        ("администрация", Gender.Feminine, ["администрации"]),
        ("мэрия", Gender.Feminine, ["мэрии"]),
        ("полиция", Gender.Feminine, ["полиции"]),
        ("прокуратура", Gender.Feminine, ["прокуратуре", "прокуратуры"]),
        ("служба", Gender.Feminine, ["службе", "службы"]),
        ("группировка", Gender.Feminine, ["группировке", "группировки"]),
        ("бригада", Gender.Feminine, ["бригаде", "бригады"]),
        ("глава", Gender.Masculine, ["главы"]),
        ("дума", Gender.Feminine, ["думе", "думы"]),
        ("штаб", Gender.Masculine, ["штабе", "штаба"]),
        ("корпус", Gender.Masculine, ["корпусе", "корпуса"]),
        ("полк", Gender.Masculine, ["полка"]),
        ("совет", Gender.Masculine, ["совете", "совета"]),
        ("губернатор", Gender.Masculine, ["губернатора"]),
        ("начальник", Gender.Masculine, ["начальника"]),
        ("командир", Gender.Masculine, ["командира"]),
        ("министерство", Gender.Neuter, ["министерстве", "министерства"]),
        ("ведомство", Gender.Neuter, ["ведомстве", "ведомства"]),
        ("командование", Gender.Neuter, ["командовании", "командования"]),
        ("правительство", Gender.Neuter, ["правительстве", "правительства"]),
        ("управление", Gender.Neuter, ["управлении", "управления"]),
    ]);

    /// <summary>Oblique adjective endings of a language and their nominative, by the gender of the head they agree with.</summary>
    public static (string Oblique, string Nominative)[] AdjectiveEndings(string language, Gender gender) => (language, gender) switch
    {
        // "обласній", "обласної" -> "обласна"; "обласному", "обласного" -> "обласне" / "обласний"
        ("uk", Gender.Feminine) => [("ій", "а"), ("ої", "а")],
        ("uk", Gender.Neuter) => [("ому", "е"), ("ого", "е"), ("ім", "е")],
        ("uk", _) => [("ому", "ий"), ("ого", "ий"), ("ім", "ий")],
        // "городской администрации" -> "городская"; "областном", "областного" -> "областное"; a masculine head's
        // adjective is left alone: "-ом" and "-ого" do not tell "-ый" from "-ой" and "-ий"
        ("ru", Gender.Feminine) => [("ой", "ая"), ("ей", "яя")],
        ("ru", Gender.Neuter) => [("ом", "ое"), ("ого", "ое")],
        _ => [],
    };

    /// <summary>
    /// The nominative of a Russian adjective agreeing with a masculine head ("оперативного штаба" is "оперативный
    /// штаб", "областного совета" is "областной совет"): "-ого" does not tell "-ый" from "-ой" and "-ий", so only the
    /// adjectives bodies are commonly named with are read; null for another.
    /// </summary>
    public static string? MasculineAdjective(string language, Gender gender, string word) =>
        language == "ru" && gender == Gender.Masculine && RussianMasculine.TryGetValue(word, out var nominative) ? nominative : null;

    private static readonly Dictionary<string, string> RussianMasculine = BuildAdjectives(
    [
        ("оперативный", ["оперативного", "оперативном"]), ("областной", ["областного", "областном"]),
        ("городской", ["городского", "городском"]), ("районный", ["районного", "районном"]),
        ("региональный", ["регионального", "региональном"]), ("муниципальный", ["муниципального", "муниципальном"]),
        ("главный", ["главного", "главном"]), ("территориальный", ["территориального", "территориальном"]),
        ("сельский", ["сельского", "сельском"]), ("поселковый", ["поселкового", "поселковом"]),
        ("окружной", ["окружного", "окружном"]), ("объединенный", ["объединенного", "объединенном"]),
    ]);

    private static Dictionary<string, string> BuildAdjectives((string Nominative, string[] Forms)[] rows)
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (nominative, forms) in rows)
        {
            foreach (var form in forms)
            {
                map.TryAdd(form, nominative);
            }
        }

        return map;
    }

    private static Dictionary<string, (string, Gender)> Build((string Nominative, Gender Gender, string[] Forms)[] rows)
    {
        var map = new Dictionary<string, (string, Gender)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (nominative, gender, forms) in rows)
        {
            foreach (var form in forms)
            {
                map.TryAdd(form, (nominative, gender));
            }
        }

        return map;
    }
}
