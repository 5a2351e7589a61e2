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

        var nearest = double.MaxValue;
        foreach (var p in Points)
        {
            if (date >= p.From && date < p.To && Geo.AtLeastKm(place.Lat, p.Lat) < nearest)
            {
                nearest = Math.Min(nearest, Geo.DistanceKm(place.Lat, place.Lon, p.Lat, p.Lon));
            }
        }

        return nearest == double.MaxValue ? 0 : Math.Exp(-nearest / ScaleKm);
    }
}
