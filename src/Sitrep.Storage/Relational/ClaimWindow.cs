using Sitrep.Reconcile.Claims;
using Sitrep.Reconcile.Common;
using Sitrep.Reconcile.Events;

namespace Sitrep.Storage.Relational;

/// <summary>
/// The stored dated claims with a side and a kind that relates to some kind (<see cref="ClaimComparer.KindsWithRelations"/>,
/// the same set the store's query reads back with) that new claims about the same place may relate to, in memory across
/// batches in the compact form used for matching only (<see cref="WindowClaim"/>), so a claim finds them without a
/// query. Per place (GeoNames id) the window holds every such stored claim whose period ends on or after the place's
/// cutoff day, in ingest order; a place it does not list is held from <see cref="floor"/> (with no claims), unless it
/// was dropped. A place it does not hold is read from the horizon on when a query first needs it
/// (<see cref="HeldFrom"/>, <see cref="LoadFrom"/>, <see cref="Load"/>); a query that reaches before what the window
/// holds of its place (a claim dated weeks before its publication) reads just those older claims from the store, and
/// they do not join the window. At the end of a batch the window forgets claims
/// that ended more than <see cref="HorizonDays"/> before the newest publication day it has seen, then the least
/// recently used places beyond its capacity, so memory stays flat however long the stream.
/// </summary>
internal sealed class ClaimWindow(int capacity)
{
    /// <summary>The claims the window keeps across batches, unless a batch's own places hold more: about six days of
    /// claims at hundreds of documents a day (with 12,000, two days, every batch read back about 3,000 claims of places
    /// the batch before had dropped).</summary>
    public const int DefaultCapacity = 36_000;

    /// <summary>Days read before the earliest day a query needs, before any publication was seen.</summary>
    public const int SlackDays = 3;

    /// <summary>Days kept behind the newest publication: a claim published today asks for a week before its own date
    /// (<see cref="ClaimComparer.PossessionDays"/>), and its date may be a few days before its publication.</summary>
    public const int HorizonDays = ClaimComparer.PossessionDays + 7;

    private readonly Dictionary<long, Place> places = [];
    private readonly HashSet<long> dropped = [];
    private readonly ReportPool pool = new(50_000);

    /// <summary>The day from which a place the window does not list (and did not drop) is held: every place has no
    /// stored claim ending on or after it. <see cref="int.MaxValue"/> when nothing is known (a store with claims when
    /// this process first wrote to it).</summary>
    private int floor = int.MaxValue;
    private int newest = int.MinValue;
    private int size;
    private int inUse;
    private long clock;
    private long batchStart;

    /// <summary>The claims kept at the end of a batch (<see cref="DefaultCapacity"/> unless a test lowers it).</summary>
    public int Capacity { get; set; } = capacity;

    /// <summary>The claims held now.</summary>
    public int Count => size;

    /// <summary>The claims of the places the last batch asked for, which <see cref="Trim"/> keeps even beyond <see cref="Capacity"/>.</summary>
    public int LastBatchClaims => inUse;

    /// <summary>Places dropped for the capacity so far.</summary>
    public int Drops { get; private set; }

    /// <summary>Dropped places read back from the store so far.</summary>
    public int ReadBacks { get; private set; }

    /// <summary>Forgets everything; <paramref name="storeIsEmpty"/> makes every place held (and empty).</summary>
    public void Reset(bool storeIsEmpty)
    {
        places.Clear();
        dropped.Clear();
        size = 0;
        newest = int.MinValue;
        floor = storeIsEmpty ? int.MinValue : int.MaxValue;
    }

    /// <summary>The day from which the window holds every stored claim of the place (<see cref="int.MinValue"/>: all of
    /// them), or null when it holds none of it (dropped, or not read since this process started on a store with
    /// claims): <see cref="Load"/> it first. Claims ending before that day are read from the store by the query that
    /// needs them, without joining the window.</summary>
    public int? HeldFrom(long geonameId)
    {
        if (places.TryGetValue(geonameId, out var place))
        {
            return place.Cutoff;
        }

        return dropped.Contains(geonameId) || floor == int.MaxValue ? null : floor;
    }

    /// <summary>The day from which to read a place the window does not hold, for a query reaching back to
    /// <paramref name="min"/>: the window's horizon (what it keeps of every place), or a little before the query when
    /// no publication has been seen yet.</summary>
    public int LoadFrom(int min) => newest == int.MinValue ? min - SlackDays : newest - HorizonDays;

    /// <summary>The stored claims of a place the window does not hold, ending on or after <paramref name="cutoff"/>, in ingest order.</summary>
    public void Load(long geonameId, int cutoff, IReadOnlyList<(ClaimReport Report, long Seq, int Ordinal)> claims)
    {
        if (dropped.Remove(geonameId))
        {
            ReadBacks++;
        }

        if (places.Remove(geonameId, out var stale))
        {
            size -= stale.Claims.Count;
        }

        var place = new Place { Cutoff = cutoff, Used = clock };
        place.Claims.AddRange(claims.Select(c => Compact(c.Report, c.Seq, c.Ordinal)));
        places[geonameId] = place;
        size += place.Claims.Count;
    }

    /// <summary>Claims of the window and claims read for one query (each in ingest order) as one list in ingest order.</summary>
    public static List<WindowClaim> Merge(List<WindowClaim> held, List<WindowClaim> older)
    {
        if (older.Count == 0)
        {
            return held;
        }

        var merged = new List<WindowClaim>(held.Count + older.Count);
        var (i, j) = (0, 0);
        while (i < held.Count || j < older.Count)
        {
            merged.Add(j == older.Count || (i < held.Count && Before(held[i], older[j])) ? held[i++] : older[j++]);
        }

        return merged;
    }

    private static bool Before(WindowClaim a, WindowClaim b) => a.Seq < b.Seq || (a.Seq == b.Seq && a.Ordinal < b.Ordinal);

    /// <summary>What matching reads of a claim, its strings shared with those the window holds.</summary>
    public MatchableClaim Facts(ClaimReport claim) => MatchableClaim.ForMatching(claim, pool);

    /// <summary>Facts worked out without the window's strings (<see cref="MatchableClaim.ForMatching"/> without a
    /// pool), now sharing them: the same as <see cref="Facts"/> of the claim.</summary>
    public MatchableClaim Share(MatchableClaim facts) => facts.Shared(pool);

    /// <summary>A claim just stored (dated, with a place and a side), with its <see cref="Facts"/>.</summary>
    public void Add(ClaimReport claim, MatchableClaim facts, long geonameId, long seq, int ordinal)
    {
        if (IsoDates.Parse(claim.Published) is { } published && published.DayNumber > newest)
        {
            newest = published.DayNumber;
        }

        if (!places.ContainsKey(geonameId) && (floor == int.MaxValue || dropped.Contains(geonameId)))
        {
            return;
        }

        if (!places.TryGetValue(geonameId, out var place))
        {
            place = new Place { Cutoff = floor }; // held from the floor without an entry until now
            places[geonameId] = place;
        }

        var held = new WindowClaim(facts, claim.StoreId, claim.DocumentId, seq, ordinal);
        if (held.To >= place.Cutoff)
        {
            place.Claims.Add(held);
            place.Used = clock;
            size++;
        }
    }

    /// <summary>A stored claim in the window's form.</summary>
    public WindowClaim Compact(ClaimReport report, long seq, int ordinal) =>
        new(Facts(report), report.StoreId, pool.Text(report.DocumentId)!, seq, ordinal);

    /// <summary>What the store's query gives: claims of the place by another side, from another document, of one of
    /// <paramref name="kinds"/>, whose period overlaps [<paramref name="min"/>, <paramref name="max"/>], in ingest
    /// order. The place must be loaded.</summary>
    public List<WindowClaim> Candidates(long geonameId, string documentId, string side, IReadOnlyList<string> kinds, int min, int max)
    {
        var found = new List<WindowClaim>();
        if (!places.TryGetValue(geonameId, out var place))
        {
            return found;
        }

        place.Used = ++clock;
        foreach (var c in place.Claims)
        {
            if (c.From <= max && c.To >= min && !string.Equals(c.Facts.Side, side, StringComparison.Ordinal) &&
                !string.Equals(c.DocumentId, documentId, StringComparison.Ordinal) && OfKind(c.Facts.Kind, kinds))
            {
                found.Add(c);
            }
        }

        return found;
    }

    private static bool OfKind(string kind, IReadOnlyList<string> kinds)
    {
        foreach (var k in kinds)
        {
            if (string.Equals(kind, k, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Ends a batch: forgets claims that ended more than <see cref="HorizonDays"/> before the newest
    /// publication, then least recently used places beyond the capacity, keeping those the batch asked for (they are
    /// in memory during the batch anyway, and dropping them would have the next batch read them back).</summary>
    public void Trim()
    {
        var horizon = newest == int.MinValue ? int.MinValue : newest - HorizonDays;
        if (floor != int.MaxValue && floor < horizon)
        {
            floor = horizon;
        }

        inUse = 0;
        var empty = new List<long>();
        foreach (var (id, place) in places)
        {
            if (place.Cutoff < horizon)
            {
                place.Cutoff = horizon;
                size -= place.Claims.RemoveAll(c => c.To < horizon);
            }

            inUse += place.Used > batchStart ? place.Claims.Count : 0;
            if (place.Claims.Count == 0 && place.Cutoff == floor)
            {
                empty.Add(id); // held from the floor without an entry
            }
        }

        foreach (var id in empty)
        {
            places.Remove(id);
        }

        batchStart = clock;
        if (size <= Math.Max(Capacity, inUse))
        {
            return;
        }

        foreach (var (id, place) in places.OrderBy(p => p.Value.Used).ToList())
        {
            if (size <= Math.Max(Capacity * 3 / 4, inUse))
            {
                break;
            }

            places.Remove(id);
            dropped.Add(id);
            Drops++;
            size -= place.Claims.Count;
        }
    }

    private sealed class Place
    {
        public List<WindowClaim> Claims { get; } = [];

        /// <summary>Every stored claim of the place ending on or after this day is held.</summary>
        public int Cutoff { get; set; }

        public long Used { get; set; }
    }
}

/// <summary>A stored claim in the window: what matching reads of it, its store id and document, and its place in
/// ingest order (the document's sequence number, then the claim's position in it).</summary>
internal readonly record struct WindowClaim(MatchableClaim Facts, string StoreId, string DocumentId, long Seq, int Ordinal)
{
    public int From => Facts.From?.DayNumber ?? 0;

    public int To => Facts.To?.DayNumber ?? 0;
}
