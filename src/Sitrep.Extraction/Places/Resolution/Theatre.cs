namespace Sitrep.Extraction.Places.Resolution;

/// <summary>
/// Where the war was fought when a report was written: the first-level regions of Ukraine a small, ambiguous
/// village name most likely lies in. From April 2014 to the full-scale invasion the fighting was in Donetsk and
/// Luhansk oblasts; since 24 February 2022 the front also runs through Kharkiv, Zaporizhzhia and Kherson oblasts
/// (a document without a date is read as current).
/// </summary>
internal static class Theatre
{
    private static readonly DateOnly DonbasWar = new(2014, 4, 1);
    private static readonly DateOnly Invasion = new(2022, 2, 24);

    private static readonly HashSet<string> Donbas = new(StringComparer.Ordinal) { "05", "14" };
    private static readonly HashSet<string> Front = new(StringComparer.Ordinal) { "05", "14", "07", "26", "08" };

    /// <summary>Admin1 codes of Ukraine (GeoNames "UA.05" → "05") in the theatre on <paramref name="published"/>.</summary>
    public static IReadOnlySet<string> RegionsOn(DateOnly? published) =>
        published is not { } date ? Front
        : date < DonbasWar ? new HashSet<string>()
        : date < Invasion ? Donbas
        : Front;

    public static bool Contains(IReadOnlySet<string> regions, GazetteerPlace place) =>
        place.Country == "UA" && place.Admin1Code is { } code && regions.Contains(code);

    /// <summary>
    /// Towns on the line of contact in Donbas from the first Minsk ceasefire (5 September 2014) to 2022 (GeoNames positions, rounded), west to east and
    /// south to north: where nearly all the fighting of those years was.
    /// </summary>
    private static readonly (double Lat, double Lon)[] ContactLine2015 =
    [
        (47.11, 37.72), // Shyrokyne
        (47.33, 37.70), // Hnutove, Vodiane (Mariupol sector)
        (47.78, 37.25), // Vuhledar
        (47.94, 37.50), // Marinka
        (48.07, 37.67), // Pisky
        (48.14, 37.75), // Avdiivka
        (48.29, 37.86), // Zaitseve, Maiorsk
        (48.43, 38.22), // Svitlodarsk
        (48.63, 38.38), // Popasna
        (48.70, 38.52), // Zolote
        (48.74, 39.23), // Shchastia
        (48.65, 39.49), // Stanytsia Luhanska
    ];

    /// <summary>
    /// For a document dated from the first Minsk ceasefire to the invasion: 1 on the line of contact, falling to 0.37 at 25 km and on
    /// towards 0; otherwise 0.
    /// </summary>
    public static double NearContactLine(GazetteerPlace place, DateOnly? published)
    {
        if (published is not { } date || date < ContactLineFrom || date >= Invasion || place.Country != "UA")
        {
            return 0;
        }

        var nearest = double.MaxValue;
        foreach (var (lat, lon) in ContactLine2015)
        {
            nearest = Math.Min(nearest, Geo.DistanceKm(place.Lat, place.Lon, lat, lon));
        }

        return Math.Exp(-nearest / 25.0);
    }

    private static readonly DateOnly ContactLineFrom = new(2014, 9, 5); // the first Minsk ceasefire
}
