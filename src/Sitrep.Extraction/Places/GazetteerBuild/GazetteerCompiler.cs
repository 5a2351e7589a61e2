using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places.GazetteerBuild;

/// <summary>
/// Compiles the reviewable sources in data/gazetteer (GeoNames cities500 cut, VIINA conflict-zone places, GeoNames
/// admin1 codes, the hand-written admin1 names and major places) into the embedded gazetteer artefact. The output
/// depends only on the sources: the same sources give the same bytes.
/// </summary>
public static class GazetteerCompiler
{
    public const string ArtefactFileName = "gazetteer.bin";
    public const string Cities500FileName = "cities500-cut.tsv";

    public sealed record Result(byte[] Bytes, int Places, int Keys);

    public static Result Compile(string dataDirectory)
    {
        var sources = Path.Combine(dataDirectory, "sources");
        var places = new Dictionary<long, SourcePlace>();
        var cities500 = Path.Combine(sources, Cities500FileName);
        SourceReaders.ReadCities500(File.Exists(cities500) ? cities500 : cities500 + ".gz", places);
        SourceReaders.ReadViina(Path.Combine(sources, "viina_conflict_zone_places.json"), places);
        foreach (var file in Directory.GetFiles(sources, "geonames_admin1CodesASCII_*.txt").Order(StringComparer.Ordinal))
        {
            SourceReaders.ReadAdmin1Codes(file, places);
        }

        SourceReaders.ReadMajorPlaces(Path.Combine(dataDirectory, "major-places.tsv"), places);
        RaionReader.Read(Path.Combine(dataDirectory, RaionReader.FileName), Path.Combine(sources, RaionReader.GeoNamesFileName), places);
        SourceReaders.DropNames(Path.Combine(dataDirectory, "dropped-names.tsv"), places);
        var admin1Names = SourceReaders.ReadAdmin1Names(Path.Combine(dataDirectory, "admin1-names.tsv"), places);
        PlaceAdmin1Centroids(places);

        var ordered = places.Values.Where(p => p.HasPosition).OrderBy(p => p.Id).ToList();
        var final = new List<GazetteerPlace>(ordered.Count);
        var keys = new SortedSet<(ulong, int)>();
        var maxParts = 1;
        var scratch = new List<ulong>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var p = ordered[i];
            var admin1Key = p.Admin1Code is null ? null : p.Country + "." + p.Admin1Code;
            var admin1 = admin1Key is not null && admin1Names.TryGetValue(admin1Key, out var a) ? a : null;
            final.Add(new GazetteerPlace(p.Id, p.Name, p.Country, p.Admin1Code, admin1, Math.Round(p.Lat, 5), Math.Round(p.Lon, 5), p.Feature, p.Population));
            maxParts = Math.Max(maxParts, AddKeys(p, i, keys, scratch));
        }

        var bytes = GazetteerFormat.Write(GazetteerTable.From(final, keys.ToList(), maxParts), compress: false);
        return new Result(bytes, final.Count, keys.Count);
    }

    /// <summary>
    /// Compiles places read from a GeoNames dump alone (no other sources) into a gazetteer. A place's region name
    /// is the embedded gazetteer's (<paramref name="reference"/>), else the dump's own ADM1 row.
    /// </summary>
    internal static Gazetteer CompileOverlay(Dictionary<long, SourcePlace> places, Gazetteer reference)
    {
        var admin1Names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var p in places.Values.Where(p => p.Feature == "ADM1" && p.Admin1Code is not null).OrderBy(p => p.Id))
        {
            admin1Names[p.Country + "." + p.Admin1Code] = p.Name;
        }

        foreach (var p in reference.Places.Where(p => p.IsAdmin1 && p.Admin1Code is not null))
        {
            admin1Names[p.Country + "." + p.Admin1Code] = p.Name;
        }

        var ordered = places.Values.OrderBy(p => p.Id).ToList();
        var final = new GazetteerPlace[ordered.Count];
        var keys = new SortedSet<(ulong, int)>();
        var maxParts = 1;
        var scratch = new List<ulong>();
        for (var i = 0; i < ordered.Count; i++)
        {
            var p = ordered[i];
            var admin1 = p.Admin1Code is not null && admin1Names.TryGetValue(p.Country + "." + p.Admin1Code, out var a) ? a : null;
            final[i] = new GazetteerPlace(p.Id, p.Name, p.Country, p.Admin1Code, admin1, Math.Round(p.Lat, 5), Math.Round(p.Lon, 5), p.Feature, p.Population);
            maxParts = Math.Max(maxParts, AddKeys(p, i, keys, scratch));
        }

        return new Gazetteer(final, [.. keys.Select(k => k.Item1)], [.. keys.Select(k => k.Item2)], maxParts);
    }

    /// <summary>Adds every key the place is found by; returns the most parts of any indexed name.</summary>
    internal static int AddKeys(SourcePlace p, int index, ISet<(ulong, int)> keys, List<ulong> scratch)
    {
        var maxParts = 1;

        // the і/о, і/е alternations are Ukrainian inflection: abroad they only make false keys ("Кремлі" is not Krimml)
        var alternations = p.Country is "UA" or "RU" or "BY" || p.Feature.StartsWith("PCL", StringComparison.Ordinal);
        foreach (var name in IndexedNames(p))
        {
            scratch.Clear();
            var parts = NameKeys.AllKeys(name, scratch, alternations);
            if (parts == 0 || parts > 6)
            {
                continue;
            }

            maxParts = Math.Max(maxParts, parts);
            foreach (var key in scratch)
            {
                keys.Add((key, index));
            }
        }

        return maxParts;
    }

    /// <summary>
    /// A region is also found by its name without "Oblast", "область", "Region" and the like; a raion by its name
    /// without "Raion", "район", and by the names of the town it is named after (the matcher takes a raion only
    /// before a raion word).
    /// </summary>
    private static IEnumerable<string> IndexedNames(SourcePlace p)
    {
        var names = new SortedSet<string>(p.Names, StringComparer.Ordinal) { p.Name };
        if (p.Country is "UA" or "RU" or "BY" && !names.Any(n => n.Any(c => c is >= '\u0400' and <= '\u04FF')))
        {
            foreach (var latin in names.ToList())
            {
                if (ReverseTransliteration.ToCyrillic(latin) is { } cyrillic)
                {
                    names.Add(cyrillic);
                }
            }
        }

        if (p.Feature.StartsWith("PPL", StringComparison.Ordinal))
        {
            foreach (var name in names.ToList())
            {
                if (Adjectives.TownAdjective(name) is { } adjective)
                {
                    names.Add(adjective);
                }
            }
        }

        if (p.Feature == "ADM1")
        {
            foreach (var name in names.ToList())
            {
                var core = RegionWords.StripRegionWord(name);
                if (core is not null)
                {
                    names.Add(core);
                }
            }
        }

        if (p.Feature == "ADM2")
        {
            foreach (var name in names.ToList())
            {
                if (RegionWords.StripDistrictWord(name) is { } core)
                {
                    names.Add(core);
                }
            }

            names.UnionWith(p.CentreNames);
        }

        return names;
    }

    /// <summary>Regions without coordinates get the mean position of their places.</summary>
    private static void PlaceAdmin1Centroids(Dictionary<long, SourcePlace> places)
    {
        var sums = new Dictionary<string, (double Lat, double Lon, int N)>(StringComparer.Ordinal);
        foreach (var p in places.Values.OrderBy(p => p.Id))
        {
            if (p.Feature.StartsWith("PPL", StringComparison.Ordinal) && p.HasPosition && p.Admin1Code is not null)
            {
                var k = p.Country + "." + p.Admin1Code;
                var s = sums.GetValueOrDefault(k);
                sums[k] = (s.Lat + p.Lat, s.Lon + p.Lon, s.N + 1);
            }
        }

        foreach (var p in places.Values)
        {
            if (!p.HasPosition && p.Feature == "ADM1" && p.Admin1Code is not null && sums.TryGetValue(p.Country + "." + p.Admin1Code, out var s))
            {
                p.Lat = s.Lat / s.N;
                p.Lon = s.Lon / s.N;
            }
        }
    }
}
