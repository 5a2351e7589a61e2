using System.Globalization;

namespace Sitrep.Extraction.Places.GazetteerBuild;

/// <summary>
/// Cuts the GeoNames cities500 dump (every populated place of 500+ people, worldwide) to the columns the compiler
/// reads, keeping only alternate names in Latin or Cyrillic script (the only scripts the matcher reads), as a sorted,
/// reviewable TSV: id, name, lat, lon, feature, country, admin1, admin2 (Ukraine only: its raion), population,
/// names joined by '|'. <c>countries</c>, when given, keeps only those countries plus capitals and cities of at
/// least <c>worldMinPopulation</c> people elsewhere (a smaller cut for experiments).
/// </summary>
public static class Cities500Import
{
    public const string Header = "# geonameid\tname\tlat\tlon\tfeature\tcountry\tadmin1\tadmin2\tpopulation\tnames";

    public static int Run(TextReader cities500, TextWriter output, IReadOnlySet<string>? countries = null, int worldMinPopulation = 0)
    {
        var rows = new SortedDictionary<long, string>();
        var names = new SortedSet<string>(StringComparer.Ordinal);
        while (cities500.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length < 15 || !long.TryParse(f[0], CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            if (countries is not null && !countries.Contains(f[8]))
            {
                var world = f[7] == "PPLC" || (long.TryParse(f[14], CultureInfo.InvariantCulture, out var population) && population >= worldMinPopulation);
                if (!world)
                {
                    continue;
                }
            }

            names.Clear();
            foreach (var n in f[3].Split(',').Append(f[2]))
            {
                var name = n.Trim();
                if (IsUsableName(name) && name != f[1])
                {
                    names.Add(name);
                }
            }

            var admin2 = f[8] == "UA" ? f[11] : "";
            rows[id] = string.Join('\t', f[0], f[1], f[4], f[5], f[7], f[8], f[10], admin2, f[14], string.Join('|', names));
        }

        output.Write(Header);
        output.Write('\n');
        foreach (var row in rows.Values)
        {
            output.Write(row);
            output.Write('\n');
        }

        return rows.Count;
    }

    /// <summary>Latin or Cyrillic, starts with a capital, not an airport or postal code.</summary>
    internal static bool IsUsableName(string name)
    {
        if (name.Length < 2 || name.Length > 60 || !char.IsUpper(name[0]))
        {
            return false;
        }

        var letters = 0;
        var upper = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                if (!(c < '\u0250' || c is >= '\u0400' and <= '\u04FF'))
                {
                    return false;
                }

                letters++;
                upper += char.IsUpper(c) ? 1 : 0;
            }
            else if (!(c is ' ' or '-' or '\'' or '\u2019' or '\u02BC' or '.' or '\u0301'))
            {
                return false;
            }
        }

        return letters >= 2 && !(upper == letters && letters <= 4);
    }
}
