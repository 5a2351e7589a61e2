using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Places;

/// <summary>
/// The place-name index: folded, stemmed name keys to places. <see cref="Default"/> loads the compiled gazetteer
/// embedded in this assembly once, on first use, thread-safe.
/// </summary>
public sealed class Gazetteer
{
    public const string ResourceName = "Sitrep.Extraction.Places.gazetteer.bin";

    private static readonly Lazy<Gazetteer> LazyDefault = new(
        () => Load(Embedded, GazetteerOverlay.ResolvePath()), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<Gazetteer> LazyEmbedded = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly GazetteerPlace[] _places;
    private readonly int[] _postings;
    private readonly Dictionary<ulong, (int Start, int Count)> _index;
    private readonly Dictionary<long, int> _byId;
    private readonly Dictionary<string, int> _admin1;
    private readonly Lazy<Dictionary<ulong, int[]>> _skeletons;

    internal Gazetteer(GazetteerPlace[] places, ulong[] sortedKeys, int[] postings, int maxParts)
    {
        _places = places;
        _postings = postings;
        MaxParts = maxParts;
        _index = new Dictionary<ulong, (int, int)>(sortedKeys.Length / 2);
        var i = 0;
        while (i < sortedKeys.Length)
        {
            var j = i + 1;
            while (j < sortedKeys.Length && sortedKeys[j] == sortedKeys[i])
            {
                j++;
            }

            _index[sortedKeys[i]] = (i, j - i);
            i = j;
        }

        _byId = new Dictionary<long, int>(places.Length);
        for (var p = 0; p < places.Length; p++)
        {
            _byId[places[p].GeonameId] = p;
        }

        _admin1 = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < places.Length; p++)
        {
            if (places[p].IsAdmin1 && places[p].Admin1Code is { } code)
            {
                _admin1.TryAdd(places[p].Country + "." + code, p);
            }
        }

        _skeletons = new Lazy<Dictionary<ulong, int[]>>(BuildSkeletons, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>
    /// The gazetteer compiled into this assembly plus the user overlay written by <c>sitrep gazetteer import</c>, if
    /// its file exists (<see cref="GazetteerOverlay.ResolvePath"/>). Loaded once per process.
    /// </summary>
    public static Gazetteer Default => LazyDefault.Value;

    /// <summary>The gazetteer compiled into this assembly, without any overlay.</summary>
    public static Gazetteer Embedded => LazyEmbedded.Value;

    public IReadOnlyList<GazetteerPlace> Places => _places;

    /// <summary>Number of distinct name keys.</summary>
    public int KeyCount => _index.Count;

    /// <summary>The most name parts (words, pieces of hyphenated words) in any indexed name.</summary>
    public int MaxParts { get; }

    /// <summary>Reads a compiled gazetteer (the gzip stream written by the compiler).</summary>
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

    public GazetteerPlace? ById(long geonameId) => _byId.TryGetValue(geonameId, out var i) ? _places[i] : null;

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
            result[i] = _places[hits[i]];
        }

        return result;
    }

    internal GazetteerPlace this[int index] => _places[index];

    /// <summary>Number of (name key, place) pairs.</summary>
    internal int PostingCount => _postings.Length;

    /// <summary>Every (name key, place index) pair, sorted by key.</summary>
    internal IEnumerable<(ulong Key, int Place)> Postings()
    {
        foreach (var (key, (start, count)) in _index.OrderBy(kv => kv.Key))
        {
            for (var i = start; i < start + count; i++)
            {
                yield return (key, _postings[i]);
            }
        }
    }

    internal int IndexOf(long geonameId) => _byId.TryGetValue(geonameId, out var i) ? i : -1;

    /// <summary>The index of the first-level region a place lies in, or -1.</summary>
    internal int Admin1Of(GazetteerPlace place) =>
        place.Admin1Code is { } code && _admin1.TryGetValue(place.Country + "." + code, out var i) ? i : -1;

    internal ReadOnlySpan<int> Lookup(ulong key) =>
        _index.TryGetValue(key, out var range) ? _postings.AsSpan(range.Start, range.Count) : [];

    /// <summary>Populated places of Ukraine whose name has this consonant skeleton (<see cref="Skeleton"/>).</summary>
    internal ReadOnlySpan<int> LookupSkeleton(ulong key) =>
        _skeletons.Value.TryGetValue(key, out var places) ? places : [];

    /// <summary>Skeletons of the own names of Ukraine's populated places, built once, on first use.</summary>
    private Dictionary<ulong, int[]> BuildSkeletons()
    {
        var lists = new Dictionary<ulong, List<int>>();
        for (var p = 0; p < _places.Length; p++)
        {
            var place = _places[p];
            if (place.Country != "UA" || place.IsAdminArea)
            {
                continue;
            }

            var acc = Skeleton.Seed;
            var length = 0;
            var ok = true;
            foreach (var word in place.Name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries))
            {
                ok &= Skeleton.Append(word, ref acc, ref length);
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

    private static Gazetteer LoadEmbedded()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing; rebuild the gazetteer.");
        return Load(stream);
    }
}
