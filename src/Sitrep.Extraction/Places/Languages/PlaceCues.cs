namespace Sitrep.Extraction.Places.Languages;

/// <summary>The words around a place name that tell how it is used, for one language.</summary>
internal sealed record PlaceCues
{
    /// <summary>Prepositions that announce a location ("in", "near", "у", "під", "возле").</summary>
    public required string[] Locatives { get; init; }

    /// <summary>Words after a name that make it a front-line direction ("direction", "напрямку").</summary>
    public required string[] Directions { get; init; }

    /// <summary>Words after a name that make it part of a unit's or body's name ("battalion", "бригада").</summary>
    public required string[] UnitWords { get; init; }

    /// <summary>Verbs after a capital that make it stand for its government ("said", "заявив").</summary>
    public required string[] ReportingVerbs { get; init; }

    /// <summary>Nouns after a capital that make it stand for its government ("Kyiv's forces", "Moscow regime").</summary>
    public string[] GovernmentNouns { get; init; } = [];

    /// <summary>Words that may stand between a capital and its verb ("has", "also").</summary>
    public required string[] Auxiliaries { get; init; }

    /// <summary>Prepositions of origin ("from", "з", "из").</summary>
    public required string[] OriginPrepositions { get; init; }

    /// <summary>
    /// Prepositions that say where something came from or was moved out of with no launch verb needed: "из-под Изюма",
    /// "з-під Куп'янська" ("from near X"). English writes two words ("from near", "from around"), read in the role.
    /// </summary>
    public string[] FromNearPrepositions { get; init; } = [];

    /// <summary>Verbs of launching and attacking that make "from X" an origin.</summary>
    public required string[] LaunchVerbs { get; init; }

    /// <summary>Sub-place words and the detail they give: "northern" → "north", "outskirts" → "outskirts".</summary>
    public required (string Word, string Detail)[] DetailWords { get; init; }

    /// <summary>Small words skipped between a detail word and the name ("of", "the").</summary>
    public required string[] Linkers { get; init; }

    /// <summary>Names that always stand for a government ("Kremlin").</summary>
    public required (string Word, long GeonameId)[] Metonyms { get; init; }
}
