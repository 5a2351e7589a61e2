using Sitrep.Core.Contract;

namespace Sitrep.Storage.Tests.Builders;

/// <summary>A few towns of the conflict zone (GeoNames ids and coordinates).</summary>
internal sealed record Place(long GeonameId, string Name, double Lat, double Lon, string Admin1)
{
    public static readonly Place Pokrovsk = new(704422, "Pokrovsk", 48.28198, 37.17585, "Donetsk");
    public static readonly Place Myrnohrad = new(710035, "Myrnohrad", 48.30523, 37.26091, "Donetsk");
    public static readonly Place Kupiansk = new(703656, "Kupiansk", 49.71003, 37.61581, "Kharkiv");
    public static readonly Place Kharkiv = new(706483, "Kharkiv", 49.98081, 36.25272, "Kharkiv");
    public static readonly Place Kostiantynivka = new(705104, "Kostiantynivka", 48.5277, 37.7069, "Donetsk");

    public LocationDto Location(int precision = 1, string? detail = null) => new()
    {
        Name = Name, GeonameId = GeonameId, Lat = Lat, Lon = Lon, Country = "UA", Admin1 = Admin1, Precision = precision, Detail = detail,
    };

    public PlaceRefDto Ref => new() { GeonameId = GeonameId, Name = Name };

    /// <summary>The same town a little way off (a district or a village next to it), still within a few kilometres.</summary>
    public Place Nearby(long geonameId, string name, double dLat, double dLon) => new(geonameId, name, Lat + dLat, Lon + dLon, Admin1);
}
