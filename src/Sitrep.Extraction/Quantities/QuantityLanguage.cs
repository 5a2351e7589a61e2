namespace Sitrep.Extraction.Quantities;

/// <summary>How a word before a number bounds or hedges it.</summary>
internal enum HedgeKind
{
    /// <summary>"around 30": value 30, approximate.</summary>
    Approximately,
    /// <summary>"at least 200": low 200.</summary>
    AtLeast,
    /// <summary>"more than 200", "over 200", "понад 200": low 200, approximate.</summary>
    MoreThan,
    /// <summary>"up to 1,500", "до 1500": high 1500.</summary>
    UpTo,
    /// <summary>"nearly 200", "almost 200": high 200, approximate.</summary>
    Nearly,
    /// <summary>"fewer than 10": high 10, approximate.</summary>
    LessThan,
}

/// <summary>
/// One language's quantity vocabulary. Word lists are space-separated; a trailing '*' makes an entry a prefix
/// (for inflected Ukrainian and Russian nouns: "танк*" matches "танків", "танков", "танки").
/// </summary>
internal sealed class QuantityLanguage
{
    public required string Code { get; init; }

    public required IReadOnlyList<(string Word, NumberWord Value)> NumberWords { get; init; }

    /// <summary>Head nouns and the unit they count.</summary>
    public required IReadOnlyList<(string Words, string Unit)> Nouns { get; init; }

    /// <summary>Nouns for people that are not a unit by themselves ("civilians", "людей").</summary>
    public required string People { get; init; }

    /// <summary>Words that make a count one of killed, wounded, captured, missing, before or after it.</summary>
    public required IReadOnlyList<(string Words, string Unit)> Casualties { get; init; }

    /// <summary>A modifier that turns one unit into another ("armoured" vehicles, "square" kilometres).</summary>
    public required IReadOnlyList<(string Words, string From, string To)> Modifiers { get; init; }

    public required IReadOnlyList<(string Words, string Side)> Sides { get; init; }

    public required IReadOnlyList<(string Phrase, HedgeKind Kind)> Hedges { get; init; }

    /// <summary>Singular nouns for one person: "a civilian was killed" counts one killed.</summary>
    public required string Singulars { get; init; }

    /// <summary>Nouns that complete a head without changing its unit ("artillery systems", "населених пунктів").</summary>
    public required string Complements { get; init; }

    /// <summary>Words that end a noun phrase ("of", "in", "and", "у", "та").</summary>
    public required string Stops { get; init; }

    /// <summary>Words allowed between a noun and a casualty word ("were", "have been", "були").</summary>
    public required string Auxiliaries { get; init; }

    /// <summary>Nouns after which a number is not a count of anything we track (hours, years, dollars).</summary>
    public required string NotCounted { get; init; }

    /// <summary>Words before a number that make it a label, not a count (route, No., unit).</summary>
    public required string Labels { get; init; }

    /// <summary>Words before a number that make "to"/"до" a target value, not "up to" ("rose", "зросла").</summary>
    public required string ChangeVerbs { get; init; }

    /// <summary>Words that make a count of military personnel a count of killed ("ліквідовано", "eliminated"), and only that.</summary>
    public required string Eliminated { get; init; }

    /// <summary>Words before a count that say it is of losses ("втрати", "потери", "losses").</summary>
    public required string Losses { get; init; }

    /// <summary>Words for repetitions after a number ("разів", "раз", "times"): a count of attacks next to an attack verb.</summary>
    public required string Repeats { get; init; }

    /// <summary>Verbs of attacking that make repetitions a count of attacks ("атакував", "штурмовали", "attacked").</summary>
    public required string AttackVerbs { get; init; }

    /// <summary>Words that are counts of repetitions by themselves ("двічі", "трижды", "twice").</summary>
    public required IReadOnlyList<(string Word, int Times)> Multiples { get; init; }

    /// <summary>Phrases that start a comparison kept as the quantity's note.</summary>
    public required IReadOnlyList<string> Comparisons { get; init; }

    /// <summary>
    /// Phrases that make a count of people part of a casualty count before it in the sentence: "18 people were
    /// injured, including three children" counts three wounded.
    /// </summary>
    public IReadOnlyList<string> Inclusions { get; init; } = [];

    /// <summary>
    /// Nouns whose figure is a number of people ("a pre-war population of about 60,000", "a city of 700,000",
    /// "з населенням 60 тисяч"): a count right after them (or after "of") with no noun of its own is <c>other</c>.
    /// </summary>
    public string Populations { get; init; } = "";

    /// <summary>Nouns for tries that count attacks when "to" and an attack verb follow ("two attempts to advance").</summary>
    public string Attempts { get; init; } = "";
}

internal static class QuantityLanguages
{
    public static IReadOnlyList<QuantityLanguage> All { get; } =
        [Languages.EnglishQuantities.Language, Languages.UkrainianQuantities.Language, Languages.RussianQuantities.Language];
}
