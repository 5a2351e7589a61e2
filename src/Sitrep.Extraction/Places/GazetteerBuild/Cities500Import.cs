using System.Globalization;

namespace Sitrep.Extraction.Places.GazetteerBuild;

/// <summary>
/// Cuts the GeoNames cities500 dump down to every place of the core countries plus, worldwide, capitals and cities
/// of at least <c>worldMinPopulation</c> people, keeping only alternate names in Latin or Cyrillic script, as a
/// sorted, reviewable TSV (id, name, lat, lon, feature, country, admin1, population, names joined by '|').
/// </summary>
public static class Cities500Import
{
    public static int Run(TextReader cities500, TextWriter output, IReadOnlySet<string> countries, int worldMinPopulation)
    {
        var rows = new SortedDictionary<long, string>();
        while (cities500.ReadLine() is { } line)
        {
            var f = line.Split('\t');
            if (f.Length < 15 || !long.TryParse(f[0], CultureInfo.InvariantCulture, out var id))
            {
                continue;
            }

            var world = f[7] == "PPLC" || (long.TryParse(f[14], CultureInfo.InvariantCulture, out var population) && population >= worldMinPopulation);
            if (!countries.Contains(f[8]) && !world)
            {
                continue;
            }

            var names = new SortedSet<string>(StringComparer.Ordinal);
            foreach (var n in f[3].Split(',').Append(f[2]))
            {
                var name = n.Trim();
                if (IsUsableName(name) && name != f[1])
                {
                    names.Add(name);
                }
            }

            rows[id] = string.Join('\t', f[0], f[1], f[4], f[5], f[7], f[8], f[10], f[14], string.Join('|', names));
        }

        output.WriteLine("# geonameid\tname\tlat\tlon\tfeature\tcountry\tadmin1\tpopulation\tnames");
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
