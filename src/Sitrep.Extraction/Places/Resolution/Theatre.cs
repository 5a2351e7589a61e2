namespace Sitrep.Extraction.Places.Resolution;

/// <summary>
/// Where the war was fought when a report was written: the first-level regions of Ukraine a small, ambiguous
/// village name most likely lies in. From April 2014 to the full-scale invasion the fighting was in Donetsk and
/// Luhansk oblasts; since 24 February 2022 the front also runs through Kharkiv, Zaporizhzhia and Kherson oblasts;
/// since June 2025, when Russian ground forces crossed into Dnipropetrovsk Oblast and pushed into Sumy Oblast's border
/// villages, through those two as well (a document without a date is read as current).
/// </summary>
internal static class Theatre
{
    private static readonly DateOnly DonbasWar = new(2014, 4, 1);
    private static readonly DateOnly Invasion = new(2022, 2, 24);
    private static readonly DateOnly Dnipropetrovsk = new(2025, 6, 8);

    private static readonly HashSet<string> Donbas = new(StringComparer.Ordinal) { "05", "14" };
    private static readonly HashSet<string> Front = new(StringComparer.Ordinal) { "05", "14", "07", "26", "08" };
    private static readonly HashSet<string> Wider = new(Front, StringComparer.Ordinal) { "04", "21" };

    /// <summary>Admin1 codes of Ukraine (GeoNames "UA.05" → "05") in the theatre on <paramref name="published"/>.</summary>
    public static IReadOnlySet<string> RegionsOn(DateOnly? published) =>
        published is not { } date ? Wider
        : date < DonbasWar ? new HashSet<string>()
        : date < Invasion ? Donbas
        : date < Dnipropetrovsk ? Front
        : Wider;

    public static bool Contains(IReadOnlySet<string> regions, GazetteerPlace place) =>
        place.Country == "UA" && place.Admin1Code is { } code && regions.Contains(code);
}
