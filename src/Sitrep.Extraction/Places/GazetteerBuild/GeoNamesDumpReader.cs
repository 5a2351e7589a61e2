using System.Globalization;
using Sitrep.Core.Errors;

namespace Sitrep.Extraction.Places.GazetteerBuild;

/// <summary>
/// Reads a GeoNames dump in the 19-column <c>geoname</c> layout (allCountries.txt, UA.txt, cities500.txt): keeps
/// populated places (feature class P) and first- and second-level regions (ADM1, ADM2). A line that is not in the
/// layout is an error naming the file and line; nothing is kept then. <c>countries</c>, if given, keeps only those.
/// </summary>
internal static class GeoNamesDumpReader
{
    public const int Columns = 19;
    public const int MaxLineLength = 200_000;

    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static Result<Dictionary<long, SourcePlace>> Read(
        TextReader dump, string source, IReadOnlySet<string>? countries, Action<long>? progress, CancellationToken ct)
    {
        var places = new Dictionary<long, SourcePlace>();
        var lineNumber = 0;
        while (dump.ReadLine() is { } line)
        {
            lineNumber++;
            if ((lineNumber & 0xFFFF) == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Invoke(lineNumber);
            }

            if (line.Length == 0)
            {
                continue;
            }

            var where = new SourceLocation(source, lineNumber);
            if (line.Length > MaxLineLength)
            {
                return new SitrepError(ErrorCodes.TooLarge, $"line longer than {MaxLineLength} characters", where);
            }

            var f = line.Split('\t');
            if (f.Length != Columns)
            {
                return new SitrepError(ErrorCodes.Malformed, $"expected {Columns} tab-separated GeoNames columns, found {f.Length}", where);
            }

            if (!long.TryParse(f[0], NumberStyles.None, Inv, out var id)
                || !double.TryParse(f[4], NumberStyles.Float, Inv, out var lat) || lat is < -90 or > 90
                || !double.TryParse(f[5], NumberStyles.Float, Inv, out var lon) || lon is < -180 or > 180
                || !(f[14].Length == 0 || long.TryParse(f[14], NumberStyles.AllowLeadingSign, Inv, out _))
                || f[1].Length == 0 || f[8].Length is not (0 or 2))
            {
                return new SitrepError(ErrorCodes.BadValue, "not a GeoNames row: bad geonameid, name, latitude, longitude, country or population", where);
            }

            if (!(f[6] == "P" || (f[6] == "A" && f[7] is "ADM1" or "ADM2")) || f[8].Length == 0
                || (countries is not null && !countries.Contains(f[8])))
            {
                continue;
            }

            var p = new SourcePlace(id, f[1], f[8], f[7].Length > 0 ? f[7] : "PPL")
            {
                Lat = lat,
                Lon = lon,
                Admin1Code = f[10].Length > 0 && f[10] != "00" ? f[10] : null,
                Population = f[14].Length > 0 ? (int)Math.Clamp(long.Parse(f[14], Inv), 0, int.MaxValue) : 0,
            };
            foreach (var n in f[3].Split(',').Append(f[2]))
            {
                var name = n.Trim();
                if (name != p.Name && Cities500Import.IsUsableName(name))
                {
                    p.Names.Add(name);
                }
            }

            places[id] = p;
        }

        return Result<Dictionary<long, SourcePlace>>.Ok(places);
    }
}
