using Sitrep.Reconcile.Claims;

namespace Sitrep.Storage.Relational;

/// <summary>
/// The stored dated claims with a side that new claims about the same place may relate to, in memory across
/// batches, so a claim finds them without a query. Per place (GeoNames id) the window is either absent or holds every
/// such stored claim whose period ends on or after the place's cutoff day, in ingest order; a query that reaches
/// further back reads the place from the store again (<see cref="Needs"/>, <see cref="Load"/>). Claims that ended
/// long before the latest query of their place are dropped, and least recently used places beyond the capacity,
/// so memory stays flat however long the stream.
/// </summary>
internal sealed class ClaimWindow(int capacity)
{
    /// <summary>Days kept before the earliest day a query of the place needed: chronological input wanders a little.</summary>
    public const int SlackDays = 3;

    private readonly Dictionary<long, Place> places = [];
    private readonly HashSet<long> dropped = [];
    private bool everyPlaceComplete;
    private int size;
    private long clock;

    /// <summary>Forgets everything; <paramref name="storeIsEmpty"/> makes every place complete (and empty).</summary>
    public void Reset(bool storeIsEmpty)
    {
        places.Clear();
        dropped.Clear();
        size = 0;
        everyPlaceComplete = storeIsEmpty;
    }

    /// <summary>Whether the claims of <paramref name="geonameId"/> ending on or after <paramref name="min"/> must be read first.</summary>
    public bool Needs(long geonameId, int min) =>
        places.TryGetValue(geonameId, out var place) ? min < place.Cutoff : !everyPlaceComplete || dropped.Contains(geonameId);

    /// <summary>The day from which the window holds every stored claim of the place (null when it does not hold the
    /// place): <see cref="Load"/> then needs only the claims ending before it.</summary>
    public int? HeldFrom(long geonameId) =>
        places.TryGetValue(geonameId, out var place) && place.Cutoff != int.MinValue ? place.Cutoff : null;

    /// <summary>The stored claims of the place ending on or after <paramref name="cutoff"/> (and, when the place is
    /// held, before <see cref="HeldFrom"/>: they join those held, in ingest order), in ingest order.</summary>
    public void Load(long geonameId, int cutoff, IEnumerable<WindowClaim> claims)
    {
        dropped.Remove(geonameId);
        if (!places.TryGetValue(geonameId, out var place))
        {
            place = new Place();
            places[geonameId] = place;
        }

        var count = place.Claims.Count;
        var older = claims.ToList();
        if (count == 0)
        {
            place.Claims.AddRange(older);
        }
        else if (older.Count > 0)
        {
            // both in ingest order: one pass merges them
            var held = place.Claims.ToArray();
            place.Claims.Clear();
            var (i, j) = (0, 0);
            while (i < held.Length || j < older.Count)
            {
                place.Claims.Add(j == older.Count || (i < held.Length && Before(held[i], older[j])) ? held[i++] : older[j++]);
            }
        }

        place.Cutoff = cutoff;
        place.Used = clock;
        size += place.Claims.Count - count;
    }

    private static bool Before(WindowClaim a, WindowClaim b) => a.Seq < b.Seq || (a.Seq == b.Seq && a.Ordinal < b.Ordinal);

    /// <summary>A claim just stored (dated, with a place and a side).</summary>
    public void Add(WindowClaim claim)
    {
        if (!places.TryGetValue(claim.GeonameId, out var place))
        {
            if (!everyPlaceComplete || dropped.Contains(claim.GeonameId))
            {
                return;
            }

            place = new Place { Cutoff = int.MinValue };
            places[claim.GeonameId] = place;
        }

        if (claim.To >= place.Cutoff)
        {
            place.Claims.Add(claim);
            place.Used = clock;
            size++;
        }
    }

    /// <summary>What the store's query gives: claims of the place by another side, from another document, whose
    /// period overlaps [<paramref name="min"/>, <paramref name="max"/>], in ingest order. The place must be loaded.</summary>
    public List<ClaimReport> Candidates(long geonameId, string documentId, string side, int min, int max)
    {
        var found = new List<ClaimReport>();
        if (!places.TryGetValue(geonameId, out var place))
        {
            return found;
        }

        place.Used = ++clock;
        place.Earliest = Math.Min(place.Earliest, min);
        foreach (var c in place.Claims)
        {
            if (c.From <= max && c.To >= min && !string.Equals(c.Side, side, StringComparison.Ordinal) &&
                !string.Equals(c.Report.DocumentId, documentId, StringComparison.Ordinal))
            {
                found.Add(c.Report);
            }
        }

        return found;
    }

    /// <summary>Ends a batch: drops claims that ended well before what their place was last asked for, then least
    /// recently used places beyond the capacity, keeping those the batch asked for: at hundreds of documents a day they
    /// hold more claims than the capacity, and dropping them would have the next batch read them back from the store.</summary>
    public void Trim()
    {
        var inUse = 0;
        foreach (var place in places.Values)
        {
            if (place.Earliest != int.MaxValue && place.Earliest - SlackDays > place.Cutoff)
            {
                place.Cutoff = place.Earliest - SlackDays;
                size -= place.Claims.RemoveAll(c => c.To < place.Cutoff);
            }

            inUse += place.Earliest != int.MaxValue ? place.Claims.Count : 0;
            place.Earliest = int.MaxValue;
        }

        if (size <= Math.Max(capacity, inUse))
        {
            return;
        }

        foreach (var (id, place) in places.OrderBy(p => p.Value.Used).ToList())
        {
            if (size <= Math.Max(capacity * 3 / 4, inUse))
            {
                break;
            }

            places.Remove(id);
            dropped.Add(id);
            size -= place.Claims.Count;
        }
    }

    private sealed class Place
    {
        public List<WindowClaim> Claims { get; } = [];

        /// <summary>Every stored claim of the place ending on or after this day is held.</summary>
        public int Cutoff { get; set; }

        /// <summary>The earliest end day asked for in this batch.</summary>
        public int Earliest { get; set; } = int.MaxValue;

        public long Used { get; set; }
    }
}

/// <summary>A stored claim in the window, with its period as day numbers.</summary>
internal sealed class WindowClaim(ClaimReport report, long geonameId, string side, long seq, long ordinal)
{
    /// <summary>Its place in ingest order: the document's sequence number, then the claim's position in it.</summary>
    public long Seq { get; } = seq;

    public long Ordinal { get; } = ordinal;

    public ClaimReport Report { get; } = report;

    public long GeonameId { get; } = geonameId;

    public string Side { get; } = side;

    public int From { get; } = report.From?.DayNumber ?? 0;

    public int To { get; } = report.To?.DayNumber ?? 0;
}
