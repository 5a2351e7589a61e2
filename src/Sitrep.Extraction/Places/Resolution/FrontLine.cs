namespace Sitrep.Extraction.Places.Resolution;

/// <summary>
/// Where the fighting was, by date: towns on the front of each phase of the war from April 2014 (public chronology;
/// positions from GeoNames and the conflict-zone gazetteer, rounded to 0.01°). A small village name shared by several
/// places most likely means the one near the front of the report's date. The phases are in FrontLine.Phases.cs.
/// </summary>
internal static partial class FrontLine
{
    /// <summary>Distance over which the bonus falls to 1/e.</summary>
    private const double ScaleKm = 25.0;

    /// <summary>How far from a town of the front a place is still that town's place (the table's positions are
    /// rounded to 0.01°, and two gazetteers may put a village a kilometre or two apart).</summary>
    private const double TownKm = 3.0;

    /// <summary>Whether a <see cref="Nearness"/> is that of a town the dated front names (within <see cref="TownKm"/>).</summary>
    public static bool AtTown(double nearness) => nearness >= Math.Exp(-TownKm / ScaleKm);

    /// <summary>The full-scale invasion, 24 February 2022.</summary>
    public static DateOnly FullScaleWar => Invasion;

    private readonly record struct Point(double Lat, double Lon, DateOnly From, DateOnly To);

    private static IEnumerable<Point> Phase(DateOnly from, DateOnly to, params (double Lat, double Lon)[] towns) =>
        towns.Select(t => new Point(t.Lat, t.Lon, from, to));

    /// <summary>
    /// For a document dated within a phase: 1 at a town of that date's front, falling to 0.37 at 25 km and on
    /// towards 0; otherwise (no date, before the war, outside Ukraine) 0.
    /// </summary>
    public static double Nearness(GazetteerPlace place, DateOnly? published)
    {
        if (published is not { } date || date < Sloviansk || place.Country != "UA")
        {
            return 0;
        }

        // the same towns are at the front on every date between two phase boundaries, so a place's nearness is
        // computed once per stretch of dates: same names recur from report to report
        var key = (place.Lat, place.Lon, Stretch(date));
        var cache = t_nearness ??= [];
        if (!cache.TryGetValue(key, out var nearness))
        {
            if (cache.Count >= MaxCached)
            {
                cache.Clear();
            }

            nearness = Compute(place.Lat, place.Lon, date);
            cache.Add(key, nearness);
        }

        return nearness;
    }

    /// <summary>The computation <see cref="Nearness"/> keeps: over every town of the date's front.</summary>
    internal static double Compute(double lat, double lon, DateOnly date)
    {
        var nearest = double.MaxValue;
        foreach (var p in Points)
        {
            if (date >= p.From && date < p.To && Geo.AtLeastKm(lat, p.Lat) < nearest)
            {
                nearest = Math.Min(nearest, Geo.DistanceKm(lat, lon, p.Lat, p.Lon));
            }
        }

        return nearest == double.MaxValue ? 0 : Math.Exp(-nearest / ScaleKm);
    }

    /// <summary>The number of phase boundaries on or before a date: dates with the same number share their front.</summary>
    internal static int Stretch(DateOnly date)
    {
        var at = Array.BinarySearch(PhaseBounds.Dates, date);
        return at >= 0 ? at + 1 : ~at;
    }

    private const int MaxCached = 1 << 16;

    [ThreadStatic]
    private static Dictionary<(double Lat, double Lon, int Stretch), double>? t_nearness;

    /// <summary>Every date a phase starts or ends on, sorted (a class of its own: made after the phases).</summary>
    private static class PhaseBounds
    {
        public static readonly DateOnly[] Dates = [.. Points.SelectMany(p => new[] { p.From, p.To }).Distinct().Order()];
    }
}
