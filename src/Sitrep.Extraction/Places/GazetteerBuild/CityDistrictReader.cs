using System.Globalization;

namespace Sitrep.Extraction.Places.GazetteerBuild;

/// <summary>
/// The districts of the large cities (city-districts.tsv), feature <see cref="Feature"/> (GeoNames' "section of
/// populated place", as its neighbourhoods): country and region are the city's. A row with the id of a place the sources already have (a
/// neighbourhood GeoNames knows, Saltivka for the Saltivskyi district) turns that place into the district and adds the
/// district's names; the others are new places with the row's position.
/// </summary>
internal static class CityDistrictReader
{
    public const string FileName = "city-districts.tsv";
    public const string Feature = "PPLX";

    public static void Read(string path, Dictionary<long, SourcePlace> places)
    {
        foreach (var f in SourceReaders.Rows(path))
        {
            var id = long.Parse(f[0], CultureInfo.InvariantCulture);
            if (!places.TryGetValue(long.Parse(f[1], CultureInfo.InvariantCulture), out var city))
            {
                throw new InvalidDataException($"{path}: district {f[0]}: no city {f[1]}");
            }

            if (!places.TryGetValue(id, out var district))
            {
                if (f[2].Length == 0)
                {
                    throw new InvalidDataException($"{path}: district {f[0]} is no known place and has no position");
                }

                district = new SourcePlace(id, f[4], city.Country, Feature);
                places.Add(id, district);
            }

            district.Feature = Feature;
            district.Country = city.Country;
            district.Admin1Code = city.Admin1Code;
            if (f[2].Length > 0)
            {
                district.Lat = double.Parse(f[2], CultureInfo.InvariantCulture);
                district.Lon = double.Parse(f[3], CultureInfo.InvariantCulture);
            }

            district.Population = 0;
            foreach (var n in f[5].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                district.Names.Add(n);
            }
        }
    }
}
