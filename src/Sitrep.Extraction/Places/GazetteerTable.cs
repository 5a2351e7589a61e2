using System.Runtime.InteropServices;

namespace Sitrep.Extraction.Places;

/// <summary>
/// One place as stored (24 bytes): GeoNames id, indexes into the string table (<see cref="None"/> for none), position
/// in 1e-5 degrees, population.
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 4)]
internal struct PlaceRow
{
    public const ushort None = ushort.MaxValue;

    public int Id;
    public ushort Country;
    public ushort Feature;
    public ushort Admin1Code;
    public ushort Admin1;
    public int Lat;
    public int Lon;
    public int Population;
}

/// <summary>
/// The gazetteer's storage: a few large arrays and no object per place. Places (sorted by GeoNames id) are rows of
/// fixed size; their names are one UTF-8 blob with offsets; country, region and feature codes index a small string
/// table; name keys are a sorted array of distinct keys with offsets into one array of place indexes. Loading is a
/// handful of block reads; a <see cref="GazetteerPlace"/> is made only when a lookup touches that place.
/// </summary>
internal sealed class GazetteerTable
{
    public required PlaceRow[] Rows { get; init; }

    /// <summary>Offsets of each place's name in <see cref="NameBytes"/>; one more entry than there are places.</summary>
    public required int[] NameStarts { get; init; }

    public required byte[] NameBytes { get; init; }

    /// <summary>Country, region code, region name and feature code strings.</summary>
    public required string[] Strings { get; init; }

    /// <summary>Distinct name keys, ascending.</summary>
    public required ulong[] Keys { get; init; }

    /// <summary>Offsets of each key's places in <see cref="Postings"/>; one more entry than there are keys.</summary>
    public required int[] KeyStarts { get; init; }

    public required int[] Postings { get; init; }

    public required int MaxParts { get; init; }

    public string Name(int place) =>
        System.Text.Encoding.UTF8.GetString(NameBytes, NameStarts[place], NameStarts[place + 1] - NameStarts[place]);

    public string? String(ushort index) => index == PlaceRow.None ? null : Strings[index];

    /// <summary>Builds the table from place records sorted by id and (key, place) pairs sorted by key then place.</summary>
    public static GazetteerTable From(IReadOnlyList<GazetteerPlace> places, IReadOnlyList<(ulong Key, int Place)> pairs, int maxParts)
    {
        var strings = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        ushort Intern(string? s)
        {
            if (s is null)
            {
                return PlaceRow.None;
            }

            if (!index.TryGetValue(s, out var i))
            {
                i = strings.Count;
                if (i >= PlaceRow.None)
                {
                    throw new InvalidDataException("Too many distinct country, region and feature strings for the gazetteer format.");
                }

                strings.Add(s);
                index.Add(s, i);
            }

            return (ushort)i;
        }

        var rows = new PlaceRow[places.Count];
        var nameStarts = new int[places.Count + 1];
        using var names = new MemoryStream();
        for (var i = 0; i < places.Count; i++)
        {
            var p = places[i];
            if (i > 0 && places[i - 1].GeonameId >= p.GeonameId)
            {
                throw new ArgumentException("Places must be sorted by GeoNames id, without duplicates.", nameof(places));
            }

            if (p.GeonameId is > int.MaxValue or < int.MinValue)
            {
                throw new InvalidDataException($"GeoNames id {p.GeonameId} is out of range.");
            }

            rows[i] = new PlaceRow
            {
                Id = (int)p.GeonameId,
                Country = Intern(p.Country),
                Admin1Code = Intern(p.Admin1Code),
                Admin1 = Intern(p.Admin1),
                Feature = Intern(p.FeatureCode),
                Lat = (int)Math.Round(p.Lat * 1e5),
                Lon = (int)Math.Round(p.Lon * 1e5),
                Population = p.Population,
            };
            nameStarts[i] = (int)names.Length;
            names.Write(System.Text.Encoding.UTF8.GetBytes(p.Name));
        }

        nameStarts[places.Count] = (int)names.Length;
        var keys = new List<ulong>();
        var keyStarts = new List<int>();
        var postings = new List<int>(pairs.Count);
        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0 && pairs[i] == pairs[i - 1])
            {
                continue;
            }

            if (keys.Count == 0 || keys[^1] != pairs[i].Key)
            {
                keys.Add(pairs[i].Key);
                keyStarts.Add(postings.Count);
            }

            postings.Add(pairs[i].Place);
        }

        keyStarts.Add(postings.Count);
        return new GazetteerTable
        {
            Rows = rows,
            NameStarts = nameStarts,
            NameBytes = names.ToArray(),
            Strings = [.. strings],
            Keys = [.. keys],
            KeyStarts = [.. keyStarts],
            Postings = [.. postings],
            MaxParts = maxParts,
        };
    }

    /// <summary>Checks every index so that a damaged file fails on load, not on some later lookup.</summary>
    public void Validate()
    {
        var n = Rows.Length;
        if (NameStarts.Length != n + 1 || NameStarts[0] != 0 || NameStarts[n] != NameBytes.Length
            || KeyStarts.Length != Keys.Length + 1 || KeyStarts[0] != 0 || KeyStarts[^1] != Postings.Length)
        {
            throw new InvalidDataException("Gazetteer arrays have inconsistent lengths.");
        }

        for (var i = 0; i < n; i++)
        {
            ref readonly var r = ref Rows[i];
            if (NameStarts[i + 1] < NameStarts[i] || (i > 0 && Rows[i - 1].Id >= r.Id)
                || !InStrings(r.Country, false) || !InStrings(r.Feature, false) || !InStrings(r.Admin1Code, true) || !InStrings(r.Admin1, true))
            {
                throw new InvalidDataException($"Gazetteer place {i} is damaged.");
            }
        }

        for (var k = 0; k < Keys.Length; k++)
        {
            if (KeyStarts[k + 1] <= KeyStarts[k] || (k > 0 && Keys[k - 1] >= Keys[k]))
            {
                throw new InvalidDataException($"Gazetteer key {k} is damaged.");
            }
        }

        foreach (var p in Postings)
        {
            if ((uint)p >= (uint)n)
            {
                throw new InvalidDataException("Gazetteer posting out of range.");
            }
        }
    }

    private bool InStrings(ushort i, bool optional) => (optional && i == PlaceRow.None) || i < Strings.Length;
}
