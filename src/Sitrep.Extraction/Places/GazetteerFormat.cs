using System.Buffers.Binary;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sitrep.Extraction.Places;

/// <summary>
/// The compiled gazetteer: the <see cref="GazetteerTable"/> arrays, little-endian, each preceded by its length: the
/// string table, the place rows, the name offsets and UTF-8 names, the distinct keys with their offsets, and the
/// place indexes. The embedded artefact is stored plain and read in place, where the executable is mapped
/// (<see cref="ReadInPlace"/>; git compresses it in the repository); user overlays are gzip-compressed.
/// <see cref="Read"/> takes either. Writing the same content gives the same bytes.
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
    /// Reads a compiled gazetteer, plain or gzip-compressed, into one pinned buffer that the table keeps and reads its
    /// blocks from. <paramref name="validate"/> checks every index (for files from outside; the embedded artefact is
    /// checked by the tests that rebuild it). A short or damaged file fails with <see cref="InvalidDataException"/>.
    /// </summary>
    public static unsafe Gazetteer Read(Stream stream, bool validate = true)
    {
        CheckEndianness();
        var bytes = ReadAll(stream);
        if (bytes is [0x1f, 0x8b, ..])
        {
            using var gz = new GZipStream(new MemoryStream(bytes, writable: false), CompressionMode.Decompress);
            bytes = ReadAll(gz);
        }

        var table = Parse((byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(bytes)), bytes.Length, bytes);
        if (validate)
        {
            table.Validate();
        }

        return new Gazetteer(table);
    }

    /// <summary>
    /// Reads a plain compiled gazetteer where it lies, without copying its blocks: the embedded resource's stream,
    /// over the executable as it is mapped into memory, which stays there for the life of the process. Nothing is
    /// copied, and a page is read when something reads from it. Not for memory that may be freed.
    /// </summary>
    public static unsafe Gazetteer ReadInPlace(UnmanagedMemoryStream stream)
    {
        CheckEndianness();
        return new Gazetteer(Parse(stream.PositionPointer, stream.Length - stream.Position, memory: null));
    }

    private static void CheckEndianness()
    {
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("The gazetteer format is little-endian.");
        }
    }

    /// <summary>
    /// The table over a compiled gazetteer's <paramref name="length"/> bytes at <paramref name="start"/>, blocks not
    /// copied: <paramref name="memory"/> keeps them alive and in place (a pinned array), or is null for memory that
    /// lives for the process. Every count and block is checked to lie within the memory.
    /// </summary>
    private static unsafe GazetteerTable Parse(byte* start, long length, object? memory)
    {
        var reader = new BlockReader(start, length);
        if (length < 8 || !reader.Bytes(4).SequenceEqual(Magic) || reader.Int() != Version)
        {
            throw new InvalidDataException("Not a gazetteer file of this version.");
        }

        var maxParts = reader.Int();
        var strings = new string[reader.Length(MaxLength)];
        for (var i = 0; i < strings.Length; i++)
        {
            strings[i] = System.Text.Encoding.UTF8.GetString(reader.Bytes(reader.Length(MaxLength)));
        }

        var rows = reader.Block<PlaceRow>(MaxLength);
        var nameStarts = reader.Block<int>(MaxLength);
        var nameBytes = reader.Block<byte>(MaxLength);
        var keys = reader.Block<ulong>(MaxLength);
        var keyStarts = reader.Block<int>(MaxLength);
        var postings = reader.Block<int>(MaxLength);
        return new GazetteerTable(memory, strings, maxParts, rows, nameStarts, nameBytes, keys, keyStarts, postings);
    }

    /// <summary>The rest of a stream in one pinned array (the table's blocks point into it).</summary>
    private static byte[] ReadAll(Stream stream)
    {
        if (stream.CanSeek)
        {
            var left = stream.Length - stream.Position;
            if (left > Array.MaxLength)
            {
                throw new InvalidDataException("The gazetteer file is too large.");
            }

            var bytes = GC.AllocateUninitializedArray<byte>((int)Math.Max(left, 0), pinned: true);
            stream.ReadExactly(bytes);
            return bytes;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        var pinned = GC.AllocateUninitializedArray<byte>((int)copy.Length, pinned: true);
        copy.GetBuffer().AsSpan(0, pinned.Length).CopyTo(pinned);
        return pinned;
    }

    private static void WriteInt(Stream s, int value)
    {
        Span<byte> b = stackalloc byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, value);
        s.Write(b);
    }

    private static void WriteArray<T>(Stream s, ReadOnlySpan<T> array)
        where T : struct
    {
        WriteInt(s, array.Length);
        s.Write(MemoryMarshal.AsBytes(array));
    }
}

/// <summary>Reads a compiled gazetteer's lengths and blocks out of memory, checking each against what is left.</summary>
internal unsafe struct BlockReader(byte* start, long length)
{
    private long _offset;

    public ReadOnlySpan<byte> Bytes(int count)
    {
        Need(count);
        var span = new ReadOnlySpan<byte>(start + _offset, count);
        _offset += count;
        return span;
    }

    public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Bytes(4));

    /// <summary>A count of elements, at most <paramref name="max"/>.</summary>
    public int Length(int max)
    {
        var n = Int();
        return n >= 0 && n <= max ? n : throw new InvalidDataException($"Gazetteer array length {n} is out of range.");
    }

    public Block<T> Block<T>(int max)
        where T : unmanaged
    {
        var n = Length(max);
        var bytes = (long)n * sizeof(T);
        Need(bytes);
        var block = new Block<T>((T*)(start + _offset), n);
        _offset += bytes;
        return block;
    }

    private readonly void Need(long count)
    {
        if (count > length - _offset)
        {
            throw new InvalidDataException($"The gazetteer file is truncated: {count:N0} bytes needed at offset {_offset:N0}, {length - _offset:N0} left.");
        }
    }
}
