using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.InteropServices;

namespace Sitrep.Extraction.Places;

/// <summary>
/// The compiled gazetteer: the <see cref="GazetteerTable"/> arrays, little-endian, each preceded by its length: the
/// string table, the place rows, the name offsets and UTF-8 names, the distinct keys with their offsets, and the
/// place indexes. The embedded artefact is stored plain, so loading is a handful of block copies out of the mapped
/// assembly (git compresses it in the repository); user overlays are gzip-compressed. <see cref="Read"/> takes
/// either. Writing the same content gives the same bytes.
/// </summary>
internal static class GazetteerFormat
{
    public const int Version = 2;

    /// <summary>No array in a gazetteer is longer; a bigger count means a damaged file.</summary>
    private const int MaxLength = 1 << 28;

    private static ReadOnlySpan<byte> Magic => "SGAZ"u8;

    public static byte[] Write(GazetteerTable t, bool compress)
    {
        using var raw = new MemoryStream();
        raw.Write(Magic);
        WriteInt(raw, Version);
        WriteInt(raw, t.MaxParts);
        WriteInt(raw, t.Strings.Length);
        foreach (var s in t.Strings)
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(s);
            WriteInt(raw, bytes.Length);
            raw.Write(bytes);
        }

        WriteArray<PlaceRow>(raw, t.Rows);
        WriteArray<int>(raw, t.NameStarts);
        WriteArray<byte>(raw, t.NameBytes);
        WriteArray<ulong>(raw, t.Keys);
        WriteArray<int>(raw, t.KeyStarts);
        WriteArray<int>(raw, t.Postings);
        if (!compress)
        {
            return raw.ToArray();
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
    public static byte[] Write(Gazetteer gazetteer, bool compress) => Write(gazetteer.Table, compress);

    /// <summary>
    /// Reads a compiled gazetteer, plain or gzip-compressed. <paramref name="validate"/> checks every index (for files
    /// from outside; the embedded artefact is checked by the tests that rebuild it).
    /// </summary>
    public static Gazetteer Read(Stream stream, bool validate = true)
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The gazetteer format is little-endian.");
        }

        Span<byte> magic = stackalloc byte[4];
        stream.ReadExactly(magic);
        if (magic[0] == 0x1f && magic[1] == 0x8b)
        {
            using var rest = new MemoryStream();
            rest.Write(magic);
            stream.CopyTo(rest);
            rest.Position = 0;
            using var gz = new GZipStream(rest, CompressionMode.Decompress);
            using var buffered = new BufferedStream(gz, 1 << 16);
            return Read(buffered, validate);
        }

        var s = stream;
        if (!magic.SequenceEqual(Magic) || ReadInt(s) != Version)
        {
            throw new InvalidDataException("Not a gazetteer file of this version.");
        }

        var maxParts = ReadInt(s);
        var strings = new string[ReadLength(s)];
        for (var i = 0; i < strings.Length; i++)
        {
            var bytes = new byte[ReadLength(s)];
            s.ReadExactly(bytes);
            strings[i] = System.Text.Encoding.UTF8.GetString(bytes);
        }

        var table = new GazetteerTable
        {
            Strings = strings,
            Rows = ReadArray<PlaceRow>(s),
            NameStarts = ReadArray<int>(s),
            NameBytes = ReadArray<byte>(s),
            Keys = ReadArray<ulong>(s),
            KeyStarts = ReadArray<int>(s),
            Postings = ReadArray<int>(s),
            MaxParts = maxParts,
        };
        if (validate)
        {
            table.Validate();
        }

        return new Gazetteer(table);
    }

    private static void WriteInt(Stream s, int value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, value);
        s.Write(b);
    }

    private static int ReadInt(Stream s)
    {
        Span<byte> b = stackalloc byte[4];
        s.ReadExactly(b);
        return BinaryPrimitives.ReadInt32LittleEndian(b);
    }

    private static int ReadLength(Stream s)
    {
        var n = ReadInt(s);
        return n is >= 0 and <= MaxLength ? n : throw new InvalidDataException($"Gazetteer array length {n} is out of range.");
    }

    private static void WriteArray<T>(Stream s, T[] array)
        where T : struct
    {
        WriteInt(s, array.Length);
        s.Write(MemoryMarshal.AsBytes(array.AsSpan()));
    }

    private static T[] ReadArray<T>(Stream s)
        where T : struct
    {
        var array = new T[ReadLength(s)];
        s.ReadExactly(MemoryMarshal.AsBytes(array.AsSpan()));
        return array;
    }
}
