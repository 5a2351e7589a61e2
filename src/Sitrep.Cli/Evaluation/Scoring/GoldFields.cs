namespace Sitrep.Cli.Evaluation.Scoring;

/// <summary>The rows of the gold-corpus table, in order. "found" rows need only an overlapping span.</summary>
public static class GoldFields
{
    public const string Published = "published";
    public const string PlacesFound = "places.found";
    public const string PlacesId = "places.id";
    public const string PlacesKm = "places.km";
    public const string PlacesRole = "places.role";
    public const string TimesFound = "times.found";
    public const string TimesOverlap = "times.overlap";
    public const string TimesExact = "times.exact";
    public const string QuantitiesFound = "quantities.found";
    public const string QuantitiesUnit = "quantities.unit";
    public const string QuantitiesValue = "quantities.value";
    public const string AttributionsFound = "attributions.found";
    public const string AttributionsSpeaker = "attributions.speaker";
    public const string AttributionsChain = "attributions.chain";
    public const string Claims = "claims";
    public const string ClaimsDate = "claims.date";
    public const string Events = "events";
    public const string EventsSubtype = "events.subtype";

    /// <summary>Share rows (accuracy among matched items); every other row is precision/recall/F1.</summary>
    public static readonly string[] Shares = [PlacesRole, EventsSubtype];

    public static readonly string[] All =
    [
        Published, PlacesFound, PlacesId, PlacesKm, PlacesRole, TimesFound, TimesOverlap, TimesExact,
        QuantitiesFound, QuantitiesUnit, QuantitiesValue, AttributionsFound, AttributionsSpeaker, AttributionsChain,
        Claims, ClaimsDate, Events, EventsSubtype,
    ];

    /// <summary>"places.id" -> "places".</summary>
    public static string Family(string field)
    {
        var dot = field.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? field : field[..dot];
    }
}
