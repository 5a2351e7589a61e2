namespace Sitrep.Extraction.Places.Resolution;

/// <summary>
/// Where the fighting in Donbas was, by date: towns on the front of each phase of the war from April 2014 to the
/// full-scale invasion (public chronology; positions from GeoNames, rounded to 0.01°). A small village name shared
/// by several places of Donetsk and Luhansk oblasts most likely means the one near the front of the report's date.
/// </summary>
internal static class FrontLine
{
    private static readonly DateOnly Sloviansk = new(2014, 4, 12); // the armed seizure of Sloviansk
    private static readonly DateOnly Minsk = new(2014, 9, 5); // the first Minsk ceasefire
    private static readonly DateOnly DebaltseveFell = new(2015, 2, 20);
    private static readonly DateOnly Invasion = new(2022, 2, 24);

    /// <summary>Distance over which the bonus falls to 1/e.</summary>
    private const double ScaleKm = 25.0;

    private readonly record struct Point(double Lat, double Lon, DateOnly From, DateOnly To);

    private static readonly Point[] Points =
    [
        // April to the Minsk ceasefire, 2014: Sloviansk and Kramatorsk, the northern towns, Donetsk's approaches,
        // the Russian border from Novoazovsk to Izvaryne (the "southern cauldron"), the approaches to Luhansk
        .. Phase(Sloviansk, Minsk,
            (48.85, 37.60), // Sloviansk
            (48.73, 37.59), // Kramatorsk
            (48.87, 38.10), // Siversk, Yampil
            (48.92, 38.46), // Lysychansk, Sievierodonetsk
            (48.63, 38.45), // Popasna, Pervomaisk
            (48.11, 37.49), // Karlivka
            (48.07, 37.67), // Donetsk airport, Pisky
            (48.34, 38.05), // Horlivka
            (48.34, 38.41), // Debaltseve
            (48.06, 38.44), // Shakhtarsk
            (47.92, 38.20), // Ilovaisk
            (47.60, 37.50), // Volnovakha
            (47.10, 37.55), // Mariupol
            (47.11, 38.08), // Novoazovsk
            (47.79, 38.48), // Amvrosiivka
            (47.91, 38.80), // Savur-Mohyla, Marynivka, Stepanivka
            (47.94, 39.14), // Diakove
            (47.92, 39.48), // Zelenopillia
            (48.08, 39.65), // Dovzhanskyi, Chervonopartyzansk
            (48.29, 39.89), // Izvaryne
            (48.41, 39.24), // Lutuhyne, Luhansk airport
            (48.51, 39.45), // Novosvitlivka, Khriashchuvate
            (48.57, 39.31), // Luhansk
            (48.74, 39.23)), // Shchastia

        // the line of contact from the first Minsk ceasefire to the invasion, south to north
        .. Phase(Minsk, Invasion,
            (47.10, 37.82), // Shyrokyne
            (47.23, 37.77), // Hnutove, Pavlopil
            (47.33, 37.70), // Vodiane (Mariupol sector)
            (47.50, 37.83), // Hranitne, Starohnativka
            (47.72, 37.60), // Novotroitske, Olenivka
            (47.78, 37.25), // Vuhledar, Pavlivka
            (47.94, 37.50), // Marinka, Krasnohorivka
            (48.07, 37.67), // Pisky, Opytne
            (48.14, 37.75), // Avdiivka
            (48.22, 37.88), // Verkhnotoretske
            (48.33, 37.90), // Zaitseve, Maiorsk, Shumy
            (48.43, 38.21), // Svitlodarsk, Luhanske, Novoluhanske
            (48.63, 38.38), // Popasna
            (48.70, 38.52), // Zolote
            (48.75, 38.85), // Krymske, Trokhizbenka
            (48.74, 39.23), // Shchastia
            (48.65, 39.49)), // Stanytsia Luhanska

        // the Debaltseve salient until its fall
        .. Phase(Minsk, DebaltseveFell,
            (48.34, 38.41), // Debaltseve
            (48.32, 38.27), // Vuhlehirsk
            (48.28, 38.52)), // Nikishyne, Chornukhyne
    ];

    private static IEnumerable<Point> Phase(DateOnly from, DateOnly to, params (double Lat, double Lon)[] towns) =>
        towns.Select(t => new Point(t.Lat, t.Lon, from, to));

    /// <summary>
    /// For a document dated from April 2014 to the invasion: 1 at a town of that date's front, falling to 0.37 at
    /// 25 km and on towards 0; otherwise 0.
    /// </summary>
    public static double Nearness(GazetteerPlace place, DateOnly? published)
    {
        if (published is not { } date || date < Sloviansk || date >= Invasion || place.Country != "UA")
        {
            return 0;
        }

        var nearest = double.MaxValue;
        foreach (var p in Points)
        {
            if (date >= p.From && date < p.To)
            {
                nearest = Math.Min(nearest, Geo.DistanceKm(place.Lat, place.Lon, p.Lat, p.Lon));
            }
        }

        return nearest == double.MaxValue ? 0 : Math.Exp(-nearest / ScaleKm);
    }
}
