namespace Sitrep.Reconcile.Events;

/// <summary>Thresholds of <see cref="EventMatcher"/>.</summary>
public sealed record EventMatchOptions
{
    public static EventMatchOptions Default { get; } = new();

    /// <summary>Two locations with different GeoNames ids still match within this distance.</summary>
    public double MaxDistanceKm { get; init; } = 5;

    /// <summary>Date intervals may be this many days apart (1 = adjacent days).</summary>
    public int MaxDayGap { get; init; } = 1;

    /// <summary>Reports dated only to a longer interval (a month, a year) are too vague to merge with anything.</summary>
    public int MaxIntervalDays { get; init; } = 7;

    /// <summary>Evidence this similar (word-shingle Jaccard) is a republication: it overrides conflicting figures.</summary>
    public double RepublicationSimilarity { get; init; } = 0.5;

    /// <summary>Below this similarity evidence counts as independently written.</summary>
    public double LowSimilarity { get; init; } = 0.2;

    /// <summary>Locations known only to the region (ACLED precision 3) need a republication or agreeing figures.</summary>
    public int CoarsePrecision { get; init; } = 3;
}
