namespace Sitrep.Cli.Evaluation.Gold;

/// <summary>A place mention: where it is, and what it was resolved to.</summary>
public sealed record PlaceItem(TextRange? Range, string Text, long? GeonameId, double? Lat, double? Lon, string? Role);

/// <summary>A date or time expression and its inclusive interval.</summary>
public sealed record TimeItem(TextRange? Range, string Text, DateOnly? From, DateOnly? To);

/// <summary>A count: a value is kept as Low = High = value.</summary>
public sealed record QuantityItem(TextRange? Range, string Text, double? Low, double? High, string? Unit);

/// <summary>An attributed statement (gold: a fragment of it), its speaker and the outlets it passed through.</summary>
public sealed record AttributionItem(TextRange? Range, string Text, string? Speaker, IReadOnlyList<string> Via, string? SpeakerType = null);

/// <summary>A place given by id and/or point (claims, events).</summary>
public sealed record PlaceRef(long? GeonameId, string? Name, double? Lat, double? Lon);

public sealed record ClaimItem(string? Claimant, string? Side, string? Kind, string? Stance, PlaceRef? Place, DateOnly? From, DateOnly? To);

public sealed record EventItem(string? Type, string? Subtype, DateOnly? From, DateOnly? To, PlaceRef? Location);

/// <summary>Matching tolerances of a gold document (README defaults: 25 km, 0 days, exact values).</summary>
public sealed record Tolerances(double PlaceKm = 25, int DateDays = 0, double QuantityRelative = 0)
{
    public static Tolerances Default { get; } = new();
}

/// <summary>
/// What one side (gold or a system) says about one document. A null list was not annotated / not attempted; a
/// list, even empty, is everything that side found. <see cref="Published"/> is the document's publication date.
/// </summary>
public sealed record Answers(
    IReadOnlyList<PlaceItem>? Places,
    IReadOnlyList<TimeItem>? Times,
    IReadOnlyList<QuantityItem>? Quantities,
    IReadOnlyList<AttributionItem>? Attributions,
    IReadOnlyList<ClaimItem>? Claims,
    IReadOnlyList<EventItem>? Events,
    DateOnly? Published = null);

/// <summary>One gold document with its text (as Sitrep reads the source) and the predictions for it.</summary>
/// <param name="Name">"source#n" (n 1-based) for listing misses.</param>
public sealed record DocumentPair(string Name, string Language, string Text, Tolerances Tolerances, Answers Gold, Answers Predicted);
