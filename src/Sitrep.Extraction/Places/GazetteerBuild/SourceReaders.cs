using System.Globalization;
using System.Text.Json;

namespace Sitrep.Extraction.Places.GazetteerBuild;

/// <summary>Readers for each source file in data/gazetteer; each merges into the place table by GeoNames id.</summary>
internal static class SourceReaders
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>The cut written by <see cref="Cities500Import"/>, plain or gzip-compressed (".gz").</summary>
    public static void ReadCities500(string path, Dictionary<long, SourcePlace> places)
    {
        foreach (var f in Rows(path))
        {
            var p = Get(places, long.Parse(f[0], Inv), f[1], f[5], f[4]);
            p.Lat = double.Parse(f[2], Inv);
            p.Lon = double.Parse(f[3], Inv);
            p.Admin1Code = f[6].Length > 0 ? f[6] : null;
            p.Admin2Code = f[7].Length > 0 ? f[7] : null;
            p.Population = int.Parse(f[8], Inv);
            AddNames(p, f.Length > 9 ? f[9] : "");
        }
    }

    /// <summary>VIINA: {"geonameid": {"lat", "lng", "name"}}, all in Ukraine; admin1 from the nearest known place.</summary>
    public static void ReadViina(string path, Dictionary<long, SourcePlace> places)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var known = places.Values.Where(p => p.Country == "UA" && p.Admin1Code is not null).OrderBy(p => p.Id).ToArray();
        foreach (var prop in doc.RootElement.EnumerateObject().OrderBy(p => long.Parse(p.Name, Inv)))
        {
            var id = long.Parse(prop.Name, Inv);
            var name = prop.Value.GetProperty("name").GetString()!;
            if (places.TryGetValue(id, out var existing))
            {
                existing.Names.Add(name);
                continue;
            }

            var p = Get(places, id, name, "UA", "PPL");
            p.Lat = prop.Value.GetProperty("lat").GetDouble();
            p.Lon = prop.Value.GetProperty("lng").GetDouble();
            p.Admin1Code = Nearest(known, p.Lat, p.Lon)?.Admin1Code;
        }
    }

    /// <summary>GeoNames admin1CodesASCII lines: "UA.05\tName\tAsciiName\tgeonameid".</summary>
    public static void ReadAdmin1Codes(string path, Dictionary<long, SourcePlace> places)
    {
        foreach (var f in Rows(path))
        {
            var code = f[0].Split('.');
            var p = Get(places, long.Parse(f[3], Inv), f[1], code[0], "ADM1");
            p.Admin1Code = code[1];
            p.Names.Add(f[2]);
        }
    }

    /// <summary>
    /// Hand-written: geonameid, name, feature, country, admin1, lat, lon, population, variants ('|'). Empty fields
    /// keep what the other sources say; the name given here becomes the display name.
    /// </summary>
    public static void ReadMajorPlaces(string path, Dictionary<long, SourcePlace> places)
    {
        foreach (var f in Rows(path))
        {
            var p = Get(places, long.Parse(f[0], Inv), f[1], f[3], f[2]);
            p.Name = f[1];
            p.Feature = f[2];
            p.Country = f[3];
            if (f[4].Length > 0)
            {
                p.Admin1Code = f[4];
            }

            if (f[5].Length > 0)
            {
                p.Lat = double.Parse(f[5], Inv);
                p.Lon = double.Parse(f[6], Inv);
            }

            if (f[7].Length > 0)
            {
                p.Population = int.Parse(f[7], Inv);
            }

            AddNames(p, f.Length > 8 ? f[8] : "");
        }
    }

    /// <summary>Hand-written: alternate names that are English phrases ("White House" of Casablanca), not indexed.</summary>
    public static void DropNames(string path, Dictionary<long, SourcePlace> places)
    {
        foreach (var f in Rows(path))
        {
            if (!places.TryGetValue(long.Parse(f[0], Inv), out var p) || !p.Names.Remove(f[1]))
            {
                throw new InvalidDataException($"{path}: place {f[0]} has no alternate name \"{f[1]}\"");
            }
        }
    }

    /// <summary>English region names by "CC.code": the hand-written file wins over GeoNames' own admin1 names.</summary>
    public static Dictionary<string, string> ReadAdmin1Names(string path, Dictionary<long, SourcePlace> places)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in places.Values.Where(p => p.Feature == "ADM1" && p.Admin1Code is not null).OrderBy(p => p.Id))
        {
            names[p.Country + "." + p.Admin1Code] = p.Name;
        }

        foreach (var f in Rows(path))
        {
            names[f[0]] = f[1];
        }

        foreach (var p in places.Values.Where(p => p.Feature == "ADM1" && p.Admin1Code is not null))
        {
            if (names.TryGetValue(p.Country + "." + p.Admin1Code, out var english))
            {
                p.Names.Add(p.Name);
                p.Name = english;
            }
        }

        return names;
    }

    private static SourcePlace Get(Dictionary<long, SourcePlace> places, long id, string name, string country, string feature)
    {
        if (!places.TryGetValue(id, out var p))
        {
            p = new SourcePlace(id, name, country, feature);
            places.Add(id, p);
        }

        return p;
    }

    private static void AddNames(SourcePlace p, string joined)
    {
        foreach (var n in joined.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            p.Names.Add(n);
        }
    }

    internal static IEnumerable<string[]> Rows(string path)
    {
        using var file = File.OpenRead(path);
        using var stream = path.EndsWith(".gz", StringComparison.Ordinal) ? new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionMode.Decompress) : (Stream)file;
        using var reader = new StreamReader(stream, System.Text.Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }

    private static SourcePlace? Nearest(SourcePlace[] known, double lat, double lon)
    {
        SourcePlace? best = null;
        var bestD = double.MaxValue;
        var k = Math.Cos(lat * Math.PI / 180);
        foreach (var p in known)
        {
            var dy = p.Lat - lat;
            var dx = (p.Lon - lon) * k;
            var d = (dx * dx) + (dy * dy);
            if (d < bestD)
            {
                bestD = d;
                best = p;
            }
        }

        return best;
    }
}
