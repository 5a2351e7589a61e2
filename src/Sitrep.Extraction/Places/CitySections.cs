using Sitrep.Core.Model;

namespace Sitrep.Extraction.Places;

/// <summary>
/// A section of a town (a city district, GeoNames PPLX) stands for its town where something is located there: the
/// place mention stays the district ("the Saltivskyi district" is the district), but a claim's place, an event's
/// location and the city's own bodies ("the city military administration") are the city, by its GeoNames id and
/// point, with the district as the location's detail. A strike on Kharkiv and the hit in its Saltivskyi district are
/// one event at Kharkiv, whichever outlet names which (docs/places.md, "City districts").
/// </summary>
public static class CitySections
{
    /// <summary>The city of a district mention, with the district (and any detail of its own) as detail; any other
    /// mention as it is.</summary>
    public static PlaceMention AsCity(PlaceMention place)
    {
        if (place.FeatureCode != "PPLX" || Gazetteer.Default.CityOf(place.GeonameId) is not { } city)
        {
            return place;
        }

        return place with
        {
            GeonameId = city.GeonameId,
            Name = city.Name,
            Country = city.Country,
            Admin1 = city.Admin1,
            Lat = city.Lat,
            Lon = city.Lon,
            FeatureCode = city.FeatureCode,
            Detail = place.Detail is null ? place.Name : place.Name + ", " + place.Detail,
        };
    }

    /// <summary>
    /// Puts each district mention's city in its stead (same span and detail), for a stage that reads a district as its
    /// city; returns the mentions replaced, for <see cref="Restore"/>. None replaced: an empty list, nothing allocated.
    /// </summary>
    public static List<(int Index, PlaceMention District)> ReadAsCities(List<PlaceMention> places)
    {
        List<(int, PlaceMention)>? replaced = null;
        for (var i = 0; i < places.Count; i++)
        {
            var p = places[i];
            if (p.FeatureCode == "PPLX" && AsCity(p) is var city && !ReferenceEquals(city, p))
            {
                (replaced ??= []).Add((i, p));
                places[i] = city with { Detail = p.Detail };
            }
        }

        return replaced ?? None;
    }

    /// <summary>Puts the district mentions <see cref="ReadAsCities"/> replaced back.</summary>
    public static void Restore(List<PlaceMention> places, List<(int Index, PlaceMention District)> replaced)
    {
        foreach (var (index, district) in replaced)
        {
            places[index] = district;
        }
    }

    private static readonly List<(int Index, PlaceMention District)> None = [];
}
