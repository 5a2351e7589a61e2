using System.Runtime.CompilerServices;
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
/// The gazetteer's storage: a few large blocks of memory and no object per place. Places (sorted by GeoNames id) are
/// rows of fixed size; their names are one UTF-8 blob with offsets; country, region and feature codes index a small
/// string table; name keys are a sorted array of distinct keys with offsets into one array of place indexes. The
/// blocks are spans over memory the table does not copy: the gazetteer embedded in the executable is read where the
/// executable is mapped (<see cref="GazetteerFormat.ReadInPlace"/>), so a page is read only when something reads
/// from it, with nothing copied or allocated for it; one read from a file or built in memory lives in pinned arrays
/// the table keeps. A
/// <see cref="GazetteerPlace"/> is made only when a lookup touches that place.
/// </summary>
/// <remarks>
/// In the compiled format the blocks follow the variable-length string table, so they start at any byte offset: their
/// elements are read with unaligned loads, which x64 and arm64 do in hardware (as <see cref="MemoryMarshal.Cast{TFrom, TTo}(ReadOnlySpan{TFrom})"/>
/// assumes). Each block is checked to lie within its memory when the table is made.
/// </remarks>
internal sealed unsafe class GazetteerTable
{
    /// <summary>What keeps the blocks' memory alive (pinned arrays), or null for memory that lives for the process.</summary>
    private readonly object? _memory;

    private readonly Block<PlaceRow> _rows;
    private readonly Block<int> _nameStarts;
    private readonly Block<byte> _nameBytes;
    private readonly Block<ulong> _keys;
    private readonly Block<int> _keyStarts;
    private readonly Block<int> _postings;

    internal GazetteerTable(
        object? memory, string[] strings, int maxParts, Block<PlaceRow> rows, Block<int> nameStarts, Block<byte> nameBytes,
        Block<ulong> keys, Block<int> keyStarts, Block<int> postings)
    {
        _memory = memory;
        Strings = strings;
        MaxParts = maxParts;
        _rows = rows;
        _nameStarts = nameStarts;
        _nameBytes = nameBytes;
        _keys = keys;
        _keyStarts = keyStarts;
        _postings = postings;
    }

    public ReadOnlySpan<PlaceRow> Rows => _rows.Span;

    /// <summary>Offsets of each place's name in <see cref="NameBytes"/>; one more entry than there are places.</summary>
    public ReadOnlySpan<int> NameStarts => _nameStarts.Span;

    public ReadOnlySpan<byte> NameBytes => _nameBytes.Span;

    /// <summary>Country, region code, region name and feature code strings.</summary>
    public string[] Strings { get; }

    /// <summary>Distinct name keys, ascending.</summary>
    public ReadOnlySpan<ulong> Keys => _keys.Span;

    /// <summary>Offsets of each key's places in <see cref="Postings"/>; one more entry than there are keys.</summary>
    public ReadOnlySpan<int> KeyStarts => _keyStarts.Span;

    public ReadOnlySpan<int> Postings => _postings.Span;

    public int MaxParts { get; }

    /// <summary>Whether the blocks are read in place from memory the table does not own (the mapped executable).</summary>
    public bool InPlace => _memory is null;

    /// <summary>A table over arrays, copied into pinned arrays that the table keeps.</summary>
    public static GazetteerTable Of(
        string[] strings, int maxParts, ReadOnlySpan<PlaceRow> rows, ReadOnlySpan<int> nameStarts, ReadOnlySpan<byte> nameBytes,
        ReadOnlySpan<ulong> keys, ReadOnlySpan<int> keyStarts, ReadOnlySpan<int> postings)
    {
        var memory = new object[6];
        return new GazetteerTable(
            memory, strings, maxParts, Pin(rows, memory, 0), Pin(nameStarts, memory, 1), Pin(nameBytes, memory, 2),
            Pin(keys, memory, 3), Pin(keyStarts, memory, 4), Pin(postings, memory, 5));
    }

    private static Block<T> Pin<T>(ReadOnlySpan<T> values, object[] memory, int slot)
        where T : unmanaged
    {
        var array = GC.AllocateUninitializedArray<T>(values.Length, pinned: true);
        values.CopyTo(array);
        memory[slot] = array;
        return new Block<T>((T*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(array)), array.Length);
    }

    public string Name(int place)
    {
        var starts = NameStarts;
        return System.Text.Encoding.UTF8.GetString(NameBytes[starts[place]..starts[place + 1]]);
    }

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
        return Of(
            [.. strings], maxParts, rows, nameStarts, names.GetBuffer().AsSpan(0, (int)names.Length),
            CollectionsMarshal.AsSpan(keys), CollectionsMarshal.AsSpan(keyStarts), CollectionsMarshal.AsSpan(postings));
    }

    /// <summary>Checks every index so that a damaged file fails on load, not on some later lookup.</summary>
    public void Validate()
    {
        var rows = Rows;
        var nameStarts = NameStarts;
        var keys = Keys;
        var keyStarts = KeyStarts;
        var n = rows.Length;
        if (nameStarts.Length != n + 1 || nameStarts[0] != 0 || nameStarts[n] != NameBytes.Length
            || keyStarts.Length != keys.Length + 1 || keyStarts[0] != 0 || keyStarts[^1] != Postings.Length)
        {
            throw new InvalidDataException("Gazetteer arrays have inconsistent lengths.");
        }

        for (var i = 0; i < n; i++)
        {
            ref readonly var r = ref rows[i];
            if (nameStarts[i + 1] < nameStarts[i] || (i > 0 && rows[i - 1].Id >= r.Id)
                || !InStrings(r.Country, false) || !InStrings(r.Feature, false) || !InStrings(r.Admin1Code, true) || !InStrings(r.Admin1, true))
            {
                throw new InvalidDataException($"Gazetteer place {i} is damaged.");
            }
        }

        for (var k = 0; k < keys.Length; k++)
        {
            if (keyStarts[k + 1] <= keyStarts[k] || (k > 0 && keys[k - 1] >= keys[k]))
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

/// <summary>A block of a gazetteer's memory: where it starts and how many elements it holds.</summary>
internal readonly unsafe struct Block<T>(T* start, int length)
    where T : unmanaged
{
    public ReadOnlySpan<T> Span => new(start, length);
}
