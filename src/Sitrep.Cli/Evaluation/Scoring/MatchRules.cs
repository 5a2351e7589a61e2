using Sitrep.Cli.Evaluation.Gold;

namespace Sitrep.Cli.Evaluation.Scoring;

/// <summary>The per-field matching rules of data/eval/gold/README.md ("How items are matched").</summary>
public static class MatchRules
{
    public static bool Overlap(TextRange? gold, TextRange? predicted) =>
        gold is { } g && predicted is { } p && g.Overlaps(p);

    public static int OverlapLength(TextRange? gold, TextRange? predicted) =>
        gold is { } g && predicted is { } p ? g.OverlapLength(p) : 0;

    public static bool SameId(long? gold, long? predicted) => gold is { } g && predicted == g;

    /// <summary>
    /// The places-by-id rule: the same GeoNames id; a gold place GeoNames has no feature for (a city district, a river,
    /// a bridge: no <c>geonameId</c>) by distance instead, within <paramref name="km"/> of its point, whatever id the
    /// prediction carries. No system can name such a place by a GeoNames id, so a correct find is not a wrong one, and
    /// a place far from it still is.
    /// </summary>
    public static bool SameIdOrNearWithoutId(PlaceItem gold, PlaceItem predicted, double km) =>
        gold.GeonameId is null
            ? WithinKm(gold.Lat, gold.Lon, predicted.Lat, predicted.Lon, km)
            : SameId(gold.GeonameId, predicted.GeonameId);

    /// <summary>Within <paramref name="km"/> of each other (both points known), or the same GeoNames id.</summary>
    public static bool Near(PlaceRef? gold, PlaceRef? predicted, double km)
    {
        if (gold is null || predicted is null)
        {
            return gold is null && predicted is null;
        }

        return SameId(gold.GeonameId, predicted.GeonameId) || WithinKm(gold.Lat, gold.Lon, predicted.Lat, predicted.Lon, km);
    }

    public static bool WithinKm(double? lat1, double? lon1, double? lat2, double? lon2, double km) =>
        lat1 is { } a && lon1 is { } b && lat2 is { } c && lon2 is { } d && Haversine.Km(a, b, c, d) <= km;

    /// <summary>Claims: the same GeoNames id, or both without a place.</summary>
    public static bool SamePlace(PlaceRef? gold, PlaceRef? predicted) =>
        gold?.GeonameId is null ? predicted?.GeonameId is null : gold.GeonameId == predicted?.GeonameId;

    /// <summary>The intervals overlap once the gold one is widened by <paramref name="days"/>; both undated also agree.</summary>
    public static bool DatesOverlap(DateOnly? goldFrom, DateOnly? goldTo, DateOnly? from, DateOnly? to, int days)
    {
        if (goldFrom is null && goldTo is null)
        {
            return from is null && to is null;
        }

        if ((from ?? to) is not { } pf || (to ?? from) is not { } pt)
        {
            return false;
        }

        var gf = (goldFrom ?? goldTo)!.Value.AddDays(-days);
        var gt = (goldTo ?? goldFrom)!.Value.AddDays(days);
        return pf <= gt && gf <= pt;
    }

    public static bool DatesExact(DateOnly? goldFrom, DateOnly? goldTo, DateOnly? from, DateOnly? to) =>
        goldFrom == from && goldTo == to;

    /// <summary>The same unit and Low..High equal within the relative tolerance (0.1 = 10 %).</summary>
    public static bool SameQuantity(QuantityItem gold, QuantityItem predicted, double relative) =>
        SameText(gold.Unit, predicted.Unit)
        && Close(gold.Low, predicted.Low, relative)
        && Close(gold.High, predicted.High, relative);

    public static bool SameText(string? gold, string? predicted) =>
        string.Equals(gold, predicted, StringComparison.OrdinalIgnoreCase);

    private static bool Close(double? gold, double? predicted, double relative) =>
        gold is null ? predicted is null : predicted is { } p && Math.Abs(p - gold.Value) <= (relative * Math.Abs(gold.Value)) + 1e-9;
}
