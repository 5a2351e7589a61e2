namespace Sitrep.Extraction.Places.Resolution;

internal static class Geo
{
    private const double EarthRadiusKm = 6371.0;

    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = (lat2 - lat1) * Math.PI / 180;
        var dLon = (lon2 - lon1) * Math.PI / 180;
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(lat1 * Math.PI / 180) * Math.Cos(lat2 * Math.PI / 180) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// A lower bound of <see cref="DistanceKm"/> from the two latitudes alone (a great circle is at least as long as
    /// its north-south part), kept a hair below it so that rounding never lifts it above the computed distance: a
    /// search for the nearest point skips the trigonometry of points this bound already puts farther away.
    /// </summary>
    public static double AtLeastKm(double lat1, double lat2) => Math.Abs(lat2 - lat1) * KmPerDegree * (1 - 1e-9);

    private const double KmPerDegree = Math.PI / 180 * EarthRadiusKm;
}
