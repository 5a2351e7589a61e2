using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places;

/// <summary>
/// The place-name index: folded, stemmed name keys to places. <see cref="Default"/> loads the compiled gazetteer
/// embedded in this assembly once, on first use, thread-safe.
/// </summary>
public sealed class Gazetteer
{
    public const string ResourceName = "Sitrep.Extraction.Places.gazetteer.bin";

    /// <summary>Former ids and the current ones (<c>id-aliases.tsv</c>, written with the artefact).</summary>
    public const string AliasesResourceName = "Sitrep.Extraction.Places.id-aliases.tsv";

    private static readonly Lazy<Dictionary<long, long>> FormerIds = new(LoadFormerIds, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Gazetteer> LazyDefault = new(
        () => Load(Embedded, GazetteerOverlay.ResolvePath()), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Gazetteer> LazyEmbedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Bits of a key that pick its bucket: each bucket holds a few keys, searched by bisection.</summary>
    private const int BucketBits = 17;

    private readonly GazetteerTable _table;
    private readonly PagedArray<GazetteerPlace?> _made;
    private readonly int[] _buckets;
    private readonly Dictionary<string, int> _admin1;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _admin1BySpan;
    private readonly Lazy<Dictionary<ulong, int[]>> _skeletons;
    private readonly Lazy<IReadOnlyList<GazetteerPlace>> _list;
    private readonly Lazy<TypoTargets> _typoTargets;
    private readonly Lazy<LooseNames> _looseNames;
    private readonly int _raionFeature;
    private readonly int _districtFeature;

    /// <summary>What the places of each name key are (<see cref="NameFacts"/>), by key index: learnt on first use.</summary>
    private readonly PagedArray<ushort> _keyFacts;

    internal Gazetteer(GazetteerTable table)
    {
        _table = table;
        _made = new PagedArray<GazetteerPlace?>(table.Rows.Length);
        _buckets = new int[(1 << BucketBits) + 1];
        _keyFacts = new PagedArray<ushort>(table.Keys.Length);
        var keys = table.Keys;
        var k = 0;
        for (var b = 0; b < (1 << BucketBits); b++)
        {
            _buckets[b] = k;
            while (k < keys.Length && (int)(keys[k] >> (64 - BucketBits)) == b)
            {
                k++;
            }
        }

        _buckets[1 << BucketBits] = keys.Length;
        _admin1 = new Dictionary<string, int>(StringComparer.Ordinal);
        _admin1BySpan = _admin1.GetAlternateLookup<ReadOnlySpan<char>>();
        var rows = table.Rows;
        var admin1Feature = Array.IndexOf(table.Strings, "ADM1");
        for (var p = 0; p < rows.Length; p++)
        {
            if (rows[p].Feature == admin1Feature && rows[p].Admin1Code != PlaceRow.None)
            {
                _admin1.TryAdd(table.Strings[rows[p].Country] + "." + table.Strings[rows[p].Admin1Code], p);
            }
        }

        _raionFeature = Array.IndexOf(table.Strings, "ADM2");
        _districtFeature = Array.IndexOf(table.Strings, "PPLX");
        _skeletons = new Lazy<Dictionary<ulong, int[]>>(BuildSkeletons, LazyThreadSafetyMode.ExecutionAndPublication);
        _list = new Lazy<IReadOnlyList<GazetteerPlace>>(() => new PlaceList(this), LazyThreadSafetyMode.PublicationOnly);
        _typoTargets = new Lazy<TypoTargets>(() => new TypoTargets(table), LazyThreadSafetyMode.ExecutionAndPublication);
        _looseNames = new Lazy<LooseNames>(() => new LooseNames(this), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>From place records sorted by GeoNames id and (key, place) pairs sorted by key (repeated keys allowed).</summary>
    internal Gazetteer(GazetteerPlace[] places, ulong[] sortedKeys, int[] postings, int maxParts)
        : this(GazetteerTable.From(places, [.. sortedKeys.Zip(postings)], maxParts))
    {
    }

    /// <summary>
    /// The gazetteer compiled into this assembly plus the user overlay written by <c>sitrep gazetteer import</c>, if
    /// its file exists (<see cref="GazetteerOverlay.ResolvePath"/>). Loaded once per process.
    /// </summary>
    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>The gazetteer compiled into this assembly, without any overlay.</summary>
    public static Gazetteer Embedded => LazyEmbedded.Value;

    /// <summary>Every place, sorted by GeoNames id. Records are made on first access; prefer <see cref="Find"/> and <see cref="ById"/>.</summary>
    public IReadOnlyList<GazetteerPlace> Places => _list.Value;

    /// <summary>Number of places.</summary>
    public int Count => _table.Rows.Length;

    /// <summary>Number of distinct name keys.</summary>
    public int KeyCount => _table.Keys.Length;

    /// <summary>The most name parts (words, pieces of hyphenated words) in any indexed name.</summary>
    public int MaxParts => _table.MaxParts;

    internal GazetteerTable Table => _table;

    /// <summary>The keys a misspelt word may be corrected to, built on first use.</summary>
    internal TypoTargets TypoTargets => _typoTargets.Value;

    /// <summary>The loose spellings of the names, made as they are first compared.</summary>
    internal LooseNames LooseNames => _looseNames.Value;

    /// <summary>Reads a compiled gazetteer (the plain artefact written by the compiler, or a gzip-compressed overlay).</summary>
    public static Gazetteer Load(Stream compiled) => GazetteerFormat.Read(compiled);

    /// <summary>
    /// <paramref name="embedded"/> plus the overlay file at <paramref name="overlayPath"/> when it exists (the
    /// embedded record wins where both have a place; the overlay adds names and places).
    /// </summary>
    public static Gazetteer Load(Gazetteer embedded, string? overlayPath)
    {
        if (string.IsNullOrEmpty(overlayPath) || !File.Exists(overlayPath))
        {
            return embedded;
        }

        Gazetteer overlay;
        try
        {
            using var stream = File.OpenRead(overlayPath);
            overlay = Load(stream);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
        {
            throw new InvalidDataException($"{overlayPath}: not a gazetteer overlay ({ex.Message}); re-run `sitrep gazetteer import` or remove it", ex);
        }

        return GazetteerMerge.Merge(embedded, overlay);
    }

    /// <summary>The place with this GeoNames id, or with this id in an earlier version of the gazetteer (a raion's
    /// made-up id before it took GeoNames'), or null.</summary>
    public GazetteerPlace? ById(long geonameId) =>
        IndexOf(geonameId) is var i and >= 0 ? this[i]
        : FormerIds.Value.TryGetValue(geonameId, out var current) && IndexOf(current) is var j and >= 0 ? this[j]
        : null;

    /// <summary>The id a place has now: <paramref name="geonameId"/> itself, or the current id of a former one.</summary>
    public long CanonicalId(long geonameId) => ById(geonameId)?.GeonameId ?? geonameId;

    /// <summary>Places any of whose names matches <paramref name="name"/> (case, spelling variants and inflection folded).</summary>
    public IReadOnlyList<GazetteerPlace> Find(string name)
    {
        var key = NameKeys.KeyOf(name);
        if (key is null)
        {
            return [];
        }

        var hits = Lookup(key.Value);
        var result = new GazetteerPlace[hits.Length];
        for (var i = 0; i < hits.Length; i++)
        {
            result[i] = this[hits[i]];
        }

        return result;
    }

    /// <summary>The place at an index; its record is made on first access and kept (a race makes an equal record twice).</summary>
    internal GazetteerPlace this[int index] => _made[index] ?? (_made[index] = Make(index));

    /// <summary>Number of (name key, place) pairs.</summary>
    internal int PostingCount => _table.Postings.Length;

    /// <summary>Every (name key, place index) pair, sorted by key.</summary>
    internal IEnumerable<(ulong Key, int Place)> Postings()
    {
        for (var k = 0; k < _table.Keys.Length; k++)
        {
            for (var i = _table.KeyStarts[k]; i < _table.KeyStarts[k + 1]; i++)
            {
                yield return (_table.Keys[k], _table.Postings[i]);
            }
        }
    }

    /// <summary>Whether the place is a second-level region (a raion of Ukraine).</summary>
    internal bool IsRaion(int index) => _raionFeature >= 0 && _table.Rows[index].Feature == _raionFeature;

    /// <summary>Whether the place is a section of a town (GeoNames PPLX): the districts of city-districts.tsv and the
    /// neighbourhoods GeoNames lists as places.</summary>
    internal bool IsCityDistrict(int index) => _districtFeature >= 0 && _table.Rows[index].Feature == _districtFeature;

    internal bool AnyCityDistrict(ReadOnlySpan<int> places) => AnyOfFeature(places, _districtFeature);

    /// <summary>How far from a section of a town the town's own point may lie: Kyiv's districts reach 11 km from it.</summary>
    private const double CitySectionReachKm = 20;

    /// <summary>The least population of a town whose sections are told apart from it (the districts' cities are 250,000+).</summary>
    private const int CitySectionTownPopulation = 100_000;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<int, int> _cityOf = new();

    /// <summary>
    /// The town a section of a town (<see cref="IsCityDistrict"/>) belongs to: for a district of city-districts.tsv the
    /// city its row names (Kharkiv for the Saltivskyi district, Kyiv for Obolon); for another neighbourhood GeoNames
    /// lists, the most populous town of 100,000+ of its country and region within 20 km of it; null for any other place
    /// and for a neighbourhood of a smaller town. Looked up once per section and kept.
    /// </summary>
    public GazetteerPlace? CityOf(long geonameId)
    {
        var index = IndexOf(geonameId);
        if (index < 0 || !IsCityDistrict(index))
        {
            return null;
        }

        var city = _cityOf.GetOrAdd(index, FindCity);
        return city >= 0 ? this[city] : null;
    }

    private int FindCity(int section)
    {
        var rows = _table.Rows;
        if (DistrictCities.Value.TryGetValue(rows[section].Id, out var cityId) && IndexOf(cityId) is var named && named >= 0)
        {
            return named; // the city the districts' table names
        }

        ref readonly var s = ref rows[section];
        var cosLat = Math.Cos(s.Lat / 1e5 * Math.PI / 180);
        var best = -1;
        for (var p = 0; p < rows.Length; p++)
        {
            ref readonly var r = ref rows[p];
            if (r.Population < CitySectionTownPopulation || r.Country != s.Country || r.Admin1Code != s.Admin1Code
                || (best >= 0 && r.Population <= rows[best].Population)
                || r.Feature == _districtFeature || !_table.Strings[r.Feature].StartsWith("PPL", StringComparison.Ordinal))
            {
                continue;
            }

            var dLat = (r.Lat - s.Lat) / 1e5 * 111.2;
            var dLon = (r.Lon - s.Lon) / 1e5 * 111.2 * cosLat;
            if ((dLat * dLat) + (dLon * dLon) <= CitySectionReachKm * CitySectionReachKm)
            {
                best = p;
            }
        }

        return best;
    }

    internal bool AnyRaion(ReadOnlySpan<int> places) => AnyOfFeature(places, _raionFeature);

    private bool AnyOfFeature(ReadOnlySpan<int> places, int feature)
    {
        if (feature >= 0)
        {
            foreach (var p in places)
            {
                if (_table.Rows[p].Feature == feature)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The index of a place by GeoNames id (rows are sorted by id), or -1.</summary>
    internal int IndexOf(long geonameId)
    {
        var rows = _table.Rows;
        int lo = 0, hi = rows.Length - 1;
        while (lo <= hi)
        {
            var mid = (int)((uint)(lo + hi) >> 1);
            var id = rows[mid].Id;
            if (id == geonameId)
            {
                return mid;
            }

            if (id < geonameId)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    /// <summary>The index of the first-level region a place lies in, or -1.</summary>
    internal int Admin1Of(GazetteerPlace place)
    {
        if (place.Admin1Code is not { } code)
        {
            return -1;
        }

        // the key "UA.14" written into a stack buffer and looked up without making the string
        var length = place.Country.Length + 1 + code.Length;
        Span<char> key = length <= 64 ? stackalloc char[64] : new char[length];
        key = key[..length];
        place.Country.CopyTo(key);
        key[place.Country.Length] = '.';
        code.CopyTo(key[(place.Country.Length + 1)..]);
        return _admin1BySpan.TryGetValue(key, out var i) ? i : -1;
    }

    internal ReadOnlySpan<int> Lookup(ulong key) => Lookup(key, out _);

    /// <summary>The places of a name key, and the key's index (-1 when no name has the key) for <see cref="FactsOf"/>.</summary>
    internal ReadOnlySpan<int> Lookup(ulong key, out int keyIndex)
    {
        // the capitalised words of the news recur from report to report: the last keys looked up on this thread are
        // kept in a small table, nearer than the index
        var cache = t_lookups;
        if (cache is null || !ReferenceEquals(cache.Owner, this))
        {
            t_lookups = cache = new LookupCache(this);
        }

        ref var entry = ref cache.Entries[(int)key & (LookupCache.Size - 1)];
        if (entry.Key != key || entry.Length < 0)
        {
            entry = IndexLookup(key);
        }

        keyIndex = entry.Index;
        return _table.Postings.Slice(entry.From, entry.Length);
    }

    /// <summary>
    /// What the places of a name key (its index from <see cref="Lookup(ulong, out int)"/>) are, as the matcher asks
    /// at every name it finds: the same answers as asking each place (<see cref="AnyRaion"/>,
    /// <see cref="AnyCityDistrict"/>, and with <paramref name="sizes"/> the other questions of <see cref="NameFacts"/>),
    /// learnt once per key and kept, since the news names the same towns from report to report. Without
    /// <paramref name="sizes"/> only the places' feature codes are read, and no place record is made.
    /// </summary>
    internal NameFacts FactsOf(int keyIndex, bool sizes = false)
    {
        var facts = (NameFacts)_keyFacts[keyIndex];
        var wanted = sizes ? NameFacts.KnownSizes : NameFacts.KnownFeatures;
        if ((facts & wanted) == 0)
        {
            var keyStarts = _table.KeyStarts;
            facts |= Facts(_table.Postings[keyStarts[keyIndex]..keyStarts[keyIndex + 1]], sizes);
            _keyFacts[keyIndex] = (ushort)facts; // what one thread learns another would learn the same
        }

        return facts;
    }

    /// <summary>What a set of places is (<see cref="NameFacts"/>), asking each place.</summary>
    internal NameFacts Facts(ReadOnlySpan<int> places, bool sizes)
    {
        var facts = NameFacts.KnownFeatures;
        foreach (var h in places)
        {
            if (IsRaion(h))
            {
                facts |= NameFacts.Raion;
            }

            if (IsCityDistrict(h))
            {
                facts |= NameFacts.CityDistrict;
            }
        }

        if (!sizes)
        {
            return facts;
        }

        facts |= NameFacts.KnownSizes | NameFacts.AllSmall;
        foreach (var h in places)
        {
            var p = this[h];
            var isCore = p.IsAdminArea || p.Country is "UA" or "RU" or "BY";
            if (isCore)
            {
                facts |= NameFacts.Core;
            }

            if (p.IsCapital && p.Population >= PersonNameRiskPopulation)
            {
                facts |= NameFacts.Capital;
            }

            if (p.Population >= 1_000_000)
            {
                facts |= NameFacts.Million;
            }

            if (p.IsAdminArea || (p.Population >= PersonNameRiskPopulation && isCore))
            {
                facts &= ~NameFacts.AllSmall;
            }
        }

        return facts;
    }

    /// <summary>Small places whose name is also a first name or surname, when next to another capitalised word (<see cref="NameFacts.AllSmall"/>).</summary>
    internal const int PersonNameRiskPopulation = 100_000;

    /// <summary>What <see cref="Lookup"/> finds, without the table of recent keys.</summary>
    internal ReadOnlySpan<int> LookupUncached(ulong key)
    {
        var found = IndexLookup(key);
        return _table.Postings.Slice(found.From, found.Length);
    }

    private LookupCache.Entry IndexLookup(ulong key)
    {
        // a bucket holds about four keys: a short scan of one or two cache lines
        var bucket = (int)(key >> (64 - BucketBits));
        var keys = _table.Keys;
        for (int k = _buckets[bucket], end = _buckets[bucket + 1]; k < end; k++)
        {
            if (keys[k] == key)
            {
                var keyStarts = _table.KeyStarts;
                var from = keyStarts[k];
                return new LookupCache.Entry(key, from, keyStarts[k + 1] - from, k);
            }

            if (keys[k] > key)
            {
                break;
            }
        }

        return new LookupCache.Entry(key, 0, 0, -1);
    }

    [ThreadStatic]
    private static LookupCache? t_lookups;

    /// <summary>The postings of the keys this thread looked up last, one per slot picked by the key's low bits.</summary>
    private sealed class LookupCache
    {
        public const int Size = 8192;

        public LookupCache(Gazetteer owner)
        {
            Owner = owner;
            Entries.AsSpan().Fill(new Entry(0, 0, -1, -1));
        }

        public Gazetteer Owner { get; }

        public Entry[] Entries { get; } = new Entry[Size];

        public readonly record struct Entry(ulong Key, int From, int Length, int Index);
    }

    /// <summary>Populated places of Ukraine whose name has this consonant skeleton (<see cref="Skeleton"/>).</summary>
    internal ReadOnlySpan<int> LookupSkeleton(ulong key) =>
        _skeletons.Value.TryGetValue(key, out var places) ? places : [];

    /// <summary>Skeletons of the own names of Ukraine's populated places, built once, on first use.</summary>
    private Dictionary<ulong, int[]> BuildSkeletons()
    {
        var lists = new Dictionary<ulong, List<int>>();
        Span<char> buffer = stackalloc char[256];
        var rows = _table.Rows;
        var nameStarts = _table.NameStarts;
        var nameBytes = _table.NameBytes;
        for (var p = 0; p < rows.Length; p++)
        {
            var feature = _table.Strings[rows[p].Feature];
            if (_table.Strings[rows[p].Country] != "UA" || feature.StartsWith("ADM", StringComparison.Ordinal) || feature.StartsWith("PCL", StringComparison.Ordinal))
            {
                continue;
            }

            var acc = Skeleton.Seed;
            var length = 0;
            var ok = true;
            var bytes = nameBytes[nameStarts[p]..nameStarts[p + 1]];
            var rest = bytes.Length <= buffer.Length ? buffer[..System.Text.Encoding.UTF8.GetChars(bytes, buffer)] : _table.Name(p).AsSpan();
            while (!rest.IsEmpty) // the words between spaces and hyphens, decoded once into one buffer
            {
                var end = rest.IndexOfAny(' ', '-');
                var word = end < 0 ? rest : rest[..end];
                ok &= word.IsEmpty || Skeleton.Append(word, ref acc, ref length);
                rest = end < 0 ? [] : rest[(end + 1)..];
            }

            if (ok && length >= Skeleton.MinIndexed)
            {
                if (!lists.TryGetValue(acc, out var list))
                {
                    lists[acc] = list = [];
                }

                list.Add(p);
            }
        }

        return lists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray());
    }

    private GazetteerPlace Make(int index)
    {
        ref readonly var r = ref _table.Rows[index];
        return new GazetteerPlace(
            r.Id, _table.Name(index), _table.Strings[r.Country], _table.String(r.Admin1Code), _table.String(r.Admin1),
            r.Lat / 1e5, r.Lon / 1e5, _table.Strings[r.Feature], r.Population);
    }

    private const string DistrictsResourceName = "Sitrep.Extraction.Places.city-districts.tsv";

    /// <summary>The city of each district of city-districts.tsv, by GeoNames id (its second column).</summary>
    private static readonly Lazy<Dictionary<long, long>> DistrictCities = new(LoadDistrictCities, LazyThreadSafetyMode.ExecutionAndPublication);

    private static Dictionary<long, long> LoadDistrictCities()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(DistrictsResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {DistrictsResourceName} is missing.");
        using var reader = new StreamReader(stream);
        var cities = new Dictionary<long, long>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#' && line.Split('\t') is [var district, var city, ..])
            {
                cities[long.Parse(district, System.Globalization.CultureInfo.InvariantCulture)] = long.Parse(city, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return cities;
    }

    private static Dictionary<long, long> LoadFormerIds()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(AliasesResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {AliasesResourceName} is missing; rebuild the gazetteer.");
        using var reader = new StreamReader(stream);
        var ids = new Dictionary<long, long>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#' && line.Split('\t') is [var former, var current])
            {
                ids[long.Parse(former, System.Globalization.CultureInfo.InvariantCulture)] = long.Parse(current, System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return ids;
    }

    private static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing; rebuild the gazetteer.");
        // the resource's stream is over the assembly (or native executable) as it is mapped, which stays for the
        // process: the table reads its blocks there, nothing is copied, and a page is read when something reads it
        return stream is UnmanagedMemoryStream mapped ? GazetteerFormat.ReadInPlace(mapped) : GazetteerFormat.Read(stream, validate: false);
    }

    /// <summary>The places as a list whose records are made on access.</summary>
    private sealed class PlaceList(Gazetteer owner) : IReadOnlyList<GazetteerPlace>
    {
        public int Count => owner.Count;

        public GazetteerPlace this[int index] => owner[index];

        public IEnumerator<GazetteerPlace> GetEnumerator()
        {
            for (var i = 0; i < owner.Count; i++)
            {
                yield return owner[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}

/// <summary>What the places of a name are, as the place matcher asks of every name it finds (<see cref="Gazetteer.FactsOf"/>).</summary>
[Flags]
internal enum NameFacts : ushort
{
    /// <summary>Not yet learnt.</summary>
    None = 0,

    /// <summary>Raion and CityDistrict are learnt.</summary>
    KnownFeatures = 1,

    /// <summary>Core, Capital, Million and AllSmall are learnt.</summary>
    KnownSizes = 128,

    /// <summary>One of them is a raion (ADM2).</summary>
    Raion = 2,

    /// <summary>One of them is a section of a town (PPLX).</summary>
    CityDistrict = 4,

    /// <summary>One of them is an administrative area or lies in Ukraine, Russia or Belarus.</summary>
    Core = 8,

    /// <summary>One of them is a national capital of 100,000 people or more.</summary>
    Capital = 16,

    /// <summary>One of them has a million people or more.</summary>
    Million = 32,

    /// <summary>Every one of them is a populated place of fewer than 100,000 people or outside Ukraine, Russia and Belarus.</summary>
    AllSmall = 64,
}
