using System.Globalization;

namespace Sitrep.Extraction.Places.GazetteerBuild;

/// <summary>
/// The raions of Ukraine (second-level regions, feature ADM2): the hand-written raions.tsv plus the GeoNames English
/// name of each code. A raion takes the GeoNames id of the second-level region that GeoNames lists under that name in
/// the same oblast (GeoNames kept the features of the raions the reform continued, "Fastiv Raion" 709244, and gave
/// them the new codes); a raion GeoNames has no such feature for gets an id made from its code above the range GeoNames
/// uses (UA.05.1416 → 2000051416, <see cref="SyntheticIdBase"/>). The made-up ids of the raions that now have
/// GeoNames' stay valid as aliases (<see cref="GazetteerCompiler.AliasesFileName"/>). Its position is the mean of
/// the cities500 places that carry its code.
/// </summary>
internal static class RaionReader
{
    public const string FileName = "raions.tsv";
    public const string GeoNamesFileName = "geonames_admin2Codes_UA_2020.txt";

    /// <summary>GeoNames' second-level regions of Ukraine before the reform, with their ids.</summary>
    public const string GeoNamesIdsFileName = "geonames_admin2Codes_UA.txt";

    /// <summary>Ids from here up are made by the compiler, not GeoNames' (whose ids are below 20 million).</summary>
    public const long SyntheticIdBase = 2_000_000_000;

    public static void Read(string raionsPath, string geonamesPath, string geonamesIdsPath, Dictionary<long, SourcePlace> places)
    {
        var geonames = SourceReaders.Rows(geonamesPath).ToDictionary(f => f[0], f => f[1], StringComparer.Ordinal);
        var featureIds = FeatureIds(geonamesIdsPath);
        var sums = new Dictionary<string, (double Lat, double Lon, int N)>(StringComparer.Ordinal);
        foreach (var p in places.Values.OrderBy(p => p.Id))
        {
            if (p.Country == "UA" && p.Admin2Code is not null && p.HasPosition && p.Feature.StartsWith("PPL", StringComparison.Ordinal))
            {
                var k = p.Admin1Code + "." + p.Admin2Code;
                var s = sums.GetValueOrDefault(k);
                sums[k] = (s.Lat + p.Lat, s.Lon + p.Lon, s.N + 1);
            }
        }

        foreach (var f in SourceReaders.Rows(raionsPath))
        {
            var code = f[0].Split('.');
            if (code.Length != 3 || code[0] != "UA" || !geonames.TryGetValue(f[0], out var geonamesName))
            {
                throw new InvalidDataException($"{raionsPath}: {f[0]} is not a GeoNames admin2 code of Ukraine");
            }

            var synthetic = SyntheticIdBase + (long.Parse(code[1], CultureInfo.InvariantCulture) * 10_000) + long.Parse(code[2], CultureInfo.InvariantCulture);
            var geonamesId = FeatureId(featureIds, code[1], geonamesName, places);
            long? councilId = null;
            if (IsCityCouncil(geonamesName) && FeatureId(featureIds, code[1], f[1], places) is { } raionFeature)
            {
                // GeoNames named the new code after the city council ("Bilotserkivska Miskrada"), whose feature is
                // the city's; the old raion of the raion's own name ("Bila Tserkva Raion") is the raion
                councilId = geonamesId;
                geonamesId = raionFeature;
            }

            var raion = new SourcePlace(geonamesId ?? synthetic, f[1], "UA", "ADM2") { Admin1Code = code[1], Admin2Code = code[2] };
            if (geonamesId is not null)
            {
                raion.FormerIds.Add(synthetic);
            }

            if (councilId is { } council)
            {
                raion.FormerIds.Add(council);
            }

            var id = raion.Id;
            raion.Names.Add(f[2]);
            raion.Names.Add(f[3]);
            raion.Names.Add(geonamesName);
            if (f.Length > 5)
            {
                foreach (var v in f[5].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    raion.Names.Add(v);
                }
            }

            if (f.Length > 4 && f[4].Length > 0 && places.TryGetValue(long.Parse(f[4], CultureInfo.InvariantCulture), out var centre))
            {
                raion.CentreNames.Add(centre.Name);
                raion.CentreNames.UnionWith(centre.Names);
            }

            if (sums.TryGetValue(code[1] + "." + code[2], out var sum))
            {
                raion.Lat = sum.Lat / sum.N;
                raion.Lon = sum.Lon / sum.N;
            }

            places.Add(id, raion);
        }
    }

    private static long? FeatureId(Dictionary<(string Admin1, string Name), long> featureIds, string admin1, string name, Dictionary<long, SourcePlace> places) =>
        featureIds.TryGetValue((admin1, Folded(name)), out var id) && !places.ContainsKey(id) ? id : null;

    /// <summary>A GeoNames name of a city council ("Bilotserkivska Miskrada", "Kovel’s’ka Mis’krada").</summary>
    private static bool IsCityCouncil(string name) => Folded(name).EndsWith(" miskrada", StringComparison.Ordinal);

    /// <summary>GeoNames ids of second-level regions by oblast code and folded name; a name listed twice in one
    /// oblast is left out.</summary>
    private static Dictionary<(string Admin1, string Name), long> FeatureIds(string path)
    {
        var ids = new Dictionary<(string, string), long>();
        var twice = new HashSet<(string, string)>();
        foreach (var f in SourceReaders.Rows(path))
        {
            var code = f[0].Split('.');
            if (code.Length != 3 || f.Length < 4 || !long.TryParse(f[3], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                throw new InvalidDataException($"{path}: {f[0]} is not a GeoNames admin2 row (code, name, ascii name, id)");
            }

            var key = (code[1], Folded(f[1]));
            if (!ids.TryAdd(key, id))
            {
                twice.Add(key);
            }
        }

        foreach (var key in twice)
        {
            ids.Remove(key);
        }

        return ids;
    }

    /// <summary>A GeoNames name without apostrophes, in lower case: "Bilotserkivs’ka" and "Bilotserkivska" are one.</summary>
    private static string Folded(string name) =>
        new([.. name.Where(c => c is not ('\'' or '\u2019' or '\u02BC' or '`')).Select(char.ToLowerInvariant)]);
}
