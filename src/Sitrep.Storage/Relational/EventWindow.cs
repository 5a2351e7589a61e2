using Sitrep.Core.Contract;
using Sitrep.Reconcile.Events;

namespace Sitrep.Storage.Relational;

/// <summary>
/// The stored event reports that new reports may match, in memory across batches, so a new report finds its
/// candidates without a query and compares with reports whose shingles and cues are already computed.
/// Reports are kept in buckets of one type family, one day and one area (<see cref="AreaDegrees"/> square), and a
/// report dated to several days sits in the bucket of each (at most <see cref="EventMatchOptions.MaxIntervalDays"/> - 1
/// of them: longer ones never match). A bucket is either complete (it holds every stored report of its family covering
/// its day and placed in its area) or absent; an absent one is loaded from the store when a query needs it
/// (<see cref="Missing"/>, <see cref="Load"/>), so the candidates are the same as the store's query would give. A query
/// reads the areas its candidate box touches: reports of the same GeoNames id are found there as long as every report
/// of a GeoNames id has one position (<see cref="CheckPositions"/>; otherwise the window keeps whole days, one area).
/// Within a bucket reports are indexed by place cell and GeoNames id. Least recently used buckets are dropped beyond
/// the capacity, so memory stays flat however long the stream and however many documents a day it has: a batch keeps
/// the areas it reported on, not every report of its days.
/// </summary>
internal sealed class EventWindow(int capacity)
{
    /// <summary>Cell size in degrees; a candidate box (about 0.05 degrees each way) spans a few cells.</summary>
    private const double CellDegrees = 0.1;

    /// <summary>Side of an area in degrees (about 55 km by 35 km on the front).</summary>
    public const double AreaDegrees = 0.5;

    private readonly Dictionary<BucketKey, Bucket> buckets = [];
    private readonly HashSet<BucketKey> dropped = [];
    private readonly Dictionary<long, (long Lat, long Lon)> positions = [];
    private bool byArea = true;
    private readonly Dictionary<(string Document, string Local), WindowReport> reports = [];
    private readonly Dictionary<string, EventNode> nodes = new(StringComparer.Ordinal);
    private bool everyBucketComplete;
    private int size;
    private long clock;
    private long batchStart;
    private int stamp;

    /// <summary>The store's highest document sequence when the window was last known to match it; -1 when unknown.</summary>
    public long StoredSeq { get; set; } = -1;

    /// <summary>Forgets everything; <paramref name="storeIsEmpty"/> makes every bucket complete (and empty).</summary>
    public void Reset(bool storeIsEmpty)
    {
        Forget(storeIsEmpty);
        positions.Clear();
        PositionsKnown = storeIsEmpty;
        byArea = true;
        StoredSeq = -1;
    }

    /// <summary>Whether the window knows the position of every GeoNames id stored (<see cref="KnowPositions"/>).</summary>
    public bool PositionsKnown { get; private set; }

    /// <summary>The positions of the GeoNames ids of the stored reports (each distinct id, latitude and longitude).</summary>
    public void KnowPositions(IEnumerable<(long GeonameId, double Lat, double Lon)> stored)
    {
        PositionsKnown = true;
        foreach (var (id, lat, lon) in stored)
        {
            Position(id, lat, lon);
        }
    }

    /// <summary>Before a batch: the positions of its reports. When a GeoNames id has two positions (a gazetteer that
    /// moved a place between runs), reports of one id may sit in two areas, and the window keeps whole days instead.</summary>
    public void CheckPositions(IEnumerable<LocationDto> locations)
    {
        foreach (var l in locations)
        {
            Position(l.GeonameId, l.Lat, l.Lon);
        }
    }

    private void Position(long id, double lat, double lon)
    {
        var at = (BitConverter.DoubleToInt64Bits(lat), BitConverter.DoubleToInt64Bits(lon));
        if (positions.TryAdd(id, at) || positions[id] == at || !byArea)
        {
            return;
        }

        byArea = false;
        Forget(everyBucketComplete && dropped.Count == 0 && buckets.Count == 0);
    }

    private void Forget(bool storeIsEmpty)
    {
        buckets.Clear();
        dropped.Clear();
        reports.Clear();
        nodes.Clear();
        size = 0;
        everyBucketComplete = storeIsEmpty;
    }

    /// <summary>Whether the report can match anything: dated (to less than the matcher's longest interval) and placed.</summary>
    public static bool CanMatch(MatchableReport report) =>
        report.From is { } from && report.To is { } to && report.Report.Event.Location is not null &&
        to.DayNumber - from.DayNumber < EventMatchOptions.Default.MaxIntervalDays;

    /// <summary>The days a report needs to find every report it may match (one day's gap either side).</summary>
    public static (int First, int Last) Days(MatchableReport report)
    {
        var gap = EventMatchOptions.Default.MaxDayGap;
        return (report.From!.Value.DayNumber - gap, report.To!.Value.DayNumber + gap);
    }

    /// <summary>The areas a query reads: those its candidate box touches.</summary>
    public List<(int Lat, int Lon)> Areas(MatchableReport query)
    {
        var (latLow, latHigh, lonLow, lonHigh) = Box(query);
        var areas = new List<(int, int)>();
        for (var lat = Area(latLow); lat <= Area(latHigh); lat++)
        {
            for (var lon = Area(lonLow); lon <= Area(lonHigh); lon++)
            {
                areas.Add((lat, lon));
            }
        }

        return areas;
    }

    /// <summary>The latitudes and longitudes that hold an area's reports (with a margin: <see cref="Load"/> keeps only
    /// the reports of the area), for the store's query.</summary>
    public (double LatLow, double LatHigh, double LonLow, double LonHigh) Bounds((int Lat, int Lon) area) =>
        byArea
            ? ((area.Lat - 0.01) * AreaDegrees, (area.Lat + 1.01) * AreaDegrees, (area.Lon - 0.01) * AreaDegrees, (area.Lon + 1.01) * AreaDegrees)
            : (-1e9, 1e9, -1e9, 1e9);

    /// <summary>The days of <paramref name="family"/> in the range and the area that must be loaded before <see cref="Candidates"/>.</summary>
    public List<int> Missing(string family, (int Lat, int Lon) area, int first, int last)
    {
        var missing = new List<int>();
        for (var day = first; day <= last; day++)
        {
            if (!IsComplete(new BucketKey(family, day, area.Lat, area.Lon)))
            {
                missing.Add(day);
            }
        }

        return missing;
    }

    /// <summary>Adds the stored reports of a family and an area read for the missing days (every stored report of the
    /// family that covers one of them, and maybe others) and marks those days complete. Reports already in memory are
    /// kept as they are.</summary>
    public void Load(string family, (int Lat, int Lon) area, List<int> missing, IEnumerable<StoredRow> rows)
    {
        var days = missing.ToHashSet();
        foreach (var day in missing)
        {
            var key = new BucketKey(family, day, area.Lat, area.Lon);
            dropped.Remove(key);
            buckets[key] = new Bucket();
        }

        foreach (var row in rows)
        {
            if (!reports.TryGetValue((row.DocumentId, row.LocalId), out var report))
            {
                if (AreaOf(row.Lat, row.Lon) != area)
                {
                    continue;
                }

                var node = Node(row.EventId, row.FirstSeq, row.Span);
                report = new WindowReport(row.Report(), row.Seq, row.Ordinal, node);
                if (!CanMatch(report.Prepared) || report.Prepared.Family != family)
                {
                    continue;
                }
            }
            else if (AreaOf(report.Lat, report.Lon) != area)
            {
                continue;
            }

            for (var day = report.From; day <= report.To; day++)
            {
                if (days.Contains(day))
                {
                    Put(report, new BucketKey(family, day, area.Lat, area.Lon));
                }
            }
        }
    }

    /// <summary>Adds a report just stored, to the days of it that are complete.</summary>
    public void Add(WindowReport report)
    {
        var (lat, lon) = AreaOf(report.Lat, report.Lon);
        for (var day = report.From; day <= report.To; day++)
        {
            var key = new BucketKey(report.Prepared.Family, day, lat, lon);
            if (IsComplete(key))
            {
                Put(report, key);
            }
        }
    }

    /// <summary>The stored reports the store's candidate query would return for <paramref name="query"/> that cover
    /// a day within the matcher's gap of it (the others cannot match), in ingest order. The days must be loaded.</summary>
    /// <remarks>Into <paramref name="found"/> (cleared first), a list the caller reuses.</remarks>
    public List<WindowReport> Candidates(MatchableReport query, List<WindowReport> found)
    {
        found.Clear();
        var options = EventMatchOptions.Default;
        var (from, to) = (query.From!.Value, query.To!.Value);
        var location = query.Report.Event.Location!;
        var (latLow, latHigh, lonLow, lonHigh) = Box(query);
        var areas = Areas(query);
        var earliest = from.DayNumber - options.MaxDayGap - options.MaxIntervalDays;
        var (min, max) = (from.DayNumber - options.MaxDayGap, to.DayNumber + options.MaxDayGap);
        var document = query.Report.DocumentId;
        var mark = ++stamp;
        clock++;
        var (first, last) = Days(query);
        for (var day = first; day <= last; day++)
        {
            foreach (var area in areas)
            {
                if (buckets.TryGetValue(new BucketKey(query.Family, day, area.Lat, area.Lon), out var bucket))
                {
                    Search(bucket);
                }
            }
        }

        found.Sort(static (a, b) => a.Seq != b.Seq ? a.Seq.CompareTo(b.Seq) : a.Ordinal.CompareTo(b.Ordinal));
        return found;

        void Search(Bucket bucket)
        {
            bucket.Used = clock;
            for (var latCell = Cell(latLow); latCell <= Cell(latHigh); latCell++)
            {
                for (var lonCell = Cell(lonLow); lonCell <= Cell(lonHigh); lonCell++)
                {
                    if (bucket.Cells.TryGetValue((latCell, lonCell), out var inCell))
                    {
                        foreach (var r in inCell)
                        {
                            if (r.InBox(latLow, latHigh, lonLow, lonHigh))
                            {
                                Take(r);
                            }
                        }
                    }
                }
            }

            if (bucket.Places.TryGetValue(location.GeonameId, out var samePlace))
            {
                foreach (var r in samePlace)
                {
                    Take(r);
                }
            }
        }

        void Take(WindowReport r)
        {
            if (r.Stamp != mark && r.From >= earliest && r.From <= max && r.To >= min &&
                !string.Equals(r.Prepared.Report.DocumentId, document, StringComparison.Ordinal))
            {
                r.Stamp = mark;
                found.Add(r);
            }
        }
    }

    /// <summary>The event of a report that opened a new event (or split off into one).</summary>
    public EventNode NewEvent(string id, long firstSeq, EventSpan? span)
    {
        var node = new EventNode(id, firstSeq, span);
        nodes[id] = node;
        return node;
    }

    /// <summary><paramref name="from"/> was merged into <paramref name="into"/>: its reports now belong to it.</summary>
    public void Merge(EventNode from, EventNode into)
    {
        from.Into = into;
        nodes.Remove(from.Id);
    }

    /// <summary>A stored report moved to another event.</summary>
    public void Move(string documentId, string localId, EventNode to)
    {
        if (reports.TryGetValue((documentId, localId), out var report))
        {
            report.Event = to;
        }
    }

    /// <summary>Drops the least recently used buckets while the window holds more than its capacity, keeping those the
    /// batch used: at hundreds of documents a day the days a batch needs hold more reports than the capacity, and
    /// dropping them would have the next batch read them back from the store (they are in memory during the batch anyway).</summary>
    public void Trim()
    {
        var inUse = 0;
        foreach (var bucket in buckets.Values)
        {
            inUse += bucket.Used > batchStart ? bucket.Count : 0;
        }

        batchStart = clock;
        if (size <= Math.Max(capacity, inUse))
        {
            return;
        }

        foreach (var (key, bucket) in buckets.OrderBy(b => b.Value.Used).ToList())
        {
            if (size <= Math.Max(capacity * 3 / 4, inUse))
            {
                break;
            }

            buckets.Remove(key);
            dropped.Add(key);
            size -= bucket.Count;
            foreach (var r in bucket.Cells.Values.SelectMany(l => l))
            {
                if (--r.Buckets == 0)
                {
                    reports.Remove((r.Prepared.Report.DocumentId, r.Prepared.Report.LocalId));
                }
            }
        }

        if (nodes.Count > 2 * reports.Count + 1_000)
        {
            var live = reports.Values.Select(r => r.Event.Resolve()).Distinct().ToList();
            nodes.Clear();
            foreach (var node in live)
            {
                nodes[node.Id] = node;
            }
        }
    }

    private static (double LatLow, double LatHigh, double LonLow, double LonHigh) Box(MatchableReport query)
    {
        var location = query.Report.Event.Location!;
        var dLat = EventMatchOptions.Default.MaxDistanceKm / 100.0;
        var dLon = dLat / Math.Max(0.1, Math.Cos(location.Lat * Math.PI / 180));
        return (location.Lat - dLat, location.Lat + dLat, location.Lon - dLon, location.Lon + dLon);
    }

    private (int Lat, int Lon) AreaOf(double lat, double lon) => (Area(lat), Area(lon));

    private int Area(double degrees) => byArea && !double.IsNaN(degrees) ? (int)Math.Floor(degrees / AreaDegrees) : 0;

    private bool IsComplete(BucketKey key) =>
        buckets.ContainsKey(key) || (everyBucketComplete && !dropped.Contains(key));

    private void Put(WindowReport report, BucketKey key)
    {
        if (!buckets.TryGetValue(key, out var bucket))
        {
            bucket = new Bucket();
            buckets[key] = bucket;
        }

        bucket.Used = clock;
        var cell = (Cell(report.Lat), Cell(report.Lon));
        if (!bucket.Cells.TryGetValue(cell, out var inCell))
        {
            bucket.Cells[cell] = inCell = [];
        }

        inCell.Add(report);
        if (!bucket.Places.TryGetValue(report.GeonameId, out var samePlace))
        {
            bucket.Places[report.GeonameId] = samePlace = [];
        }

        samePlace.Add(report);
        bucket.Count++;
        size++;
        if (report.Buckets++ == 0)
        {
            reports[(report.Prepared.Report.DocumentId, report.Prepared.Report.LocalId)] = report;
        }
    }

    private EventNode Node(string id, long firstSeq, EventSpan? span)
    {
        if (!nodes.TryGetValue(id, out var node))
        {
            node = new EventNode(id, firstSeq, span);
            nodes[id] = node;
        }

        return node;
    }

    private static long Cell(double degrees) => (long)Math.Floor(degrees / CellDegrees);

    private readonly record struct BucketKey(string Family, int Day, int AreaLat, int AreaLon);

    private sealed class Bucket
    {
        public Dictionary<(long Lat, long Lon), List<WindowReport>> Cells { get; } = [];

        public Dictionary<long, List<WindowReport>> Places { get; } = [];

        public int Count { get; set; }

        public long Used { get; set; }
    }
}
