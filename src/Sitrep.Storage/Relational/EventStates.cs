using Sitrep.Reconcile.Events;

namespace Sitrep.Storage.Relational;

/// <summary>
/// The merge state (<see cref="EventMergeState"/>) of recently changed events, so an event that gains reports is
/// updated from its state instead of being rebuilt from every stored report. A state exists only while it holds
/// exactly the event's stored reports: merging two events or moving reports between them drops it, and the event is
/// rebuilt from the store once and followed from there (events are bounded in time, so that is a few reports; merges
/// are rare: about one event in a hundred). Least recently used states are dropped beyond the capacity (counted in
/// reports).
/// </summary>
internal sealed class EventStates(int capacity)
{
    private readonly Dictionary<string, State> states = new(StringComparer.Ordinal);
    private long clock;

    public void Clear() => states.Clear();

    /// <summary>A report appended to an event (after all its stored reports); opens the state of a new event. The
    /// report's event is <paramref name="json"/> as stored, with its items at <paramref name="items"/>.</summary>
    public void Append(string eventId, OrderedReport report, bool isNew, byte[] json, ReportItems items)
    {
        if (isNew)
        {
            states[eventId] = new State();
        }

        if (states.TryGetValue(eventId, out var state))
        {
            state.Merge.Add(report.Report, report.Order, json, items);
            state.Used = clock;
        }
    }

    /// <summary>The event <paramref name="from"/> was merged into <paramref name="into"/>: both are rebuilt from the store.</summary>
    public void Merge(string from, string into)
    {
        states.Remove(from);
        states.Remove(into);
    }

    /// <summary>The event's reports changed other than by appending or merging: rebuild it from the store.</summary>
    public void Forget(string eventId) => states.Remove(eventId);

    public EventJsonState? Get(string eventId) => states.TryGetValue(eventId, out var state) ? state.Merge : null;

    /// <summary>The state of an event rebuilt from all its stored reports (in ingest order).</summary>
    public EventJsonState Set(string eventId, IEnumerable<OrderedReport> reports)
    {
        var state = new State { Used = clock };
        foreach (var report in reports)
        {
            state.Merge.Add(report.Report, report.Order);
        }

        states[eventId] = state;
        return state.Merge;
    }

    /// <summary>Ends a batch: drops the least recently used states beyond the capacity.</summary>
    public void Trim()
    {
        clock++;
        var held = 0L;
        foreach (var state in states.Values)
        {
            held += state.Merge.Count;
        }

        if (held <= capacity)
        {
            return;
        }

        foreach (var (id, state) in states.OrderBy(s => s.Value.Used).ToList())
        {
            if (held <= capacity * 3L / 4)
            {
                break;
            }

            states.Remove(id);
            held -= state.Merge.Count;
        }
    }

    private sealed class State
    {
        public EventJsonState Merge { get; } = new();

        public long Used { get; set; }
    }
}

/// <summary>A report with its place in ingest order (document sequence, then position in the document).</summary>
internal readonly record struct OrderedReport(long Seq, long Ordinal, EventReport Report)
{
    private const int OrdinalBits = 24;

    /// <summary>Its place in ingest order as one number (<see cref="EventMergeState.Add(EventReport, long)"/>).</summary>
    public long Order => Ordinal < 1 << OrdinalBits && Seq < 1L << (63 - OrdinalBits)
        ? (Seq << OrdinalBits) | Ordinal
        : throw new InvalidOperationException($"Report {Ordinal} of document {Seq} is beyond the orders a merge state keeps.");
}
