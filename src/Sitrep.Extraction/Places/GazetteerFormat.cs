using System.IO.Compression;

namespace Sitrep.Extraction.Places;

/// <summary>
/// The compiled gazetteer: a gzip stream of a small binary file. Strings once in a table, then places sorted by
/// GeoNames id, then (name key, place) pairs sorted by key. Writing the same content gives the same bytes.
/// </summary>
internal static class GazetteerFormat
{
    public const int Version = 1;
    private static ReadOnlySpan<byte> Magic => "SGAZ"u8;

    public static byte[] Write(IReadOnlyList<GazetteerPlace> places, IReadOnlyList<(ulong Key, int Place)> keys, int maxParts)
    {
        var strings = new List<string>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        int Intern(string? s)
        {
            if (s is null)
            {
                return -1;
            }

            if (!index.TryGetValue(s, out var i))
            {
                i = strings.Count;
                strings.Add(s);
                index.Add(s, i);
            }

            return i;
        }

        var rows = places.Select(p => (p, Name: Intern(p.Name), Country: Intern(p.Country), A1c: Intern(p.Admin1Code), A1: Intern(p.Admin1), F: Intern(p.FeatureCode))).ToList();
        using var raw = new MemoryStream();
        using (var w = new BinaryWriter(raw, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            w.Write(Magic);
            w.Write(Version);
            w.Write(maxParts);
            w.Write(strings.Count);
            foreach (var s in strings)
            {
                w.Write(s);
            }

            w.Write(rows.Count);
            foreach (var (p, name, country, a1c, a1, f) in rows)
            {
                w.Write(p.GeonameId);
                w.Write(name);
                w.Write(country);
                w.Write(a1c);
                w.Write(a1);
                w.Write(f);
                w.Write((int)Math.Round(p.Lat * 1e5));
                w.Write((int)Math.Round(p.Lon * 1e5));
                w.Write(p.Population);
            }

            w.Write(keys.Count);
            foreach (var (key, place) in keys)
            {
                w.Write(key);
                w.Write(place);
            }
        }

        using var packed = new MemoryStream();
        using (var gz = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            raw.Position = 0;
            raw.CopyTo(gz);
        }

        return packed.ToArray();
    }

    /// <summary>Writes a loaded (for example merged) gazetteer back in the compiled format.</summary>
    public static byte[] Write(Gazetteer gazetteer) =>
        Write(gazetteer.Places, gazetteer.Postings().ToList(), gazetteer.MaxParts);

    public static Gazetteer Read(Stream gzipped)
    {
        using var gz = new GZipStream(gzipped, CompressionMode.Decompress);
        using var buffered = new BufferedStream(gz, 1 << 16);
        using var r = new BinaryReader(buffered, System.Text.Encoding.UTF8);
        if (!r.ReadBytes(4).AsSpan().SequenceEqual(Magic) || r.ReadInt32() != Version)
        {
            throw new InvalidDataException("Not a gazetteer file of this version.");
        }

        var maxParts = r.ReadInt32();
        var strings = new string[r.ReadInt32()];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = r.ReadString();
        }

        string? S(int i) => i < 0 ? null : strings[i];
        var places = new GazetteerPlace[r.ReadInt32()];
        for (var i = 0; i < places.Length; i++)
        {
            var id = r.ReadInt64();
            var name = strings[r.ReadInt32()];
            var country = strings[r.ReadInt32()];
            var a1c = S(r.ReadInt32());
            var a1 = S(r.ReadInt32());
            var f = strings[r.ReadInt32()];
            var lat = r.ReadInt32() / 1e5;
            var lon = r.ReadInt32() / 1e5;
            places[i] = new GazetteerPlace(id, name, country, a1c, a1, lat, lon, f, r.ReadInt32());
        }

        var count = r.ReadInt32();
        var keys = new ulong[count];
        var postings = new int[count];
        for (var i = 0; i < count; i++)
        {
            keys[i] = r.ReadUInt64();
            postings[i] = r.ReadInt32();
        }

        return new Gazetteer(places, keys, postings, maxParts);
    }
}
