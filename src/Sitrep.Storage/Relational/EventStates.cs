using Sitrep.Reconcile.Events;

namespace Sitrep.Storage.Relational;

/// <summary>
/// The merge state (<see cref="EventMergeState"/>) of recently changed events with their reports in ingest order,
/// so an event that gains reports is updated from its state instead of being rebuilt from every stored report, and
/// two merged events are combined in memory. A state exists only while it holds exactly the event's stored reports:
/// moving reports between events drops it, and the event is rebuilt from the store once and followed from there.
/// Least recently used states are dropped beyond the capacity (counted in reports).
/// </summary>
internal sealed class EventStates(int capacity)
{
    private readonly Dictionary<string, State> states = new(StringComparer.Ordinal);
    private long clock;

    public void Clear() => states.Clear();

    /// <summary>A report appended to an event (after all its stored reports); opens the state of a new event.</summary>
    public void Append(string eventId, OrderedReport report, bool isNew)
    {
        if (isNew)
        {
            states[eventId] = new State();
        }

        if (states.TryGetValue(eventId, out var state))
        {
            state.Merge.Add(report.Report, report.Order);
            state.Used = clock;
        }
    }

    /// <summary>The event <paramref name="from"/> was merged into <paramref name="into"/>: their reports interleave
    /// in ingest order, and the state of the merged event is combined from both (when both are held).</summary>
    public void Merge(string from, string into)
    {
        states.Remove(from, out var other);
        if (!states.TryGetValue(into, out var target) || other is null)
        {
            states.Remove(into);
            return;
        }

        target.Merge.Absorb(other.Merge);
        target.Used = clock;
    }

    /// <summary>The event's reports changed other than by appending or merging: rebuild it from the store.</summary>
    public void Forget(string eventId) => states.Remove(eventId);

    public bool Holds(string eventId) => states.ContainsKey(eventId);

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

    /// <summary>Ends a batch: drops the least recently used states beyond the capacity. The states the batch used are
    /// kept up to twice the capacity: at hundreds of documents a day a batch touches more reports than the capacity,
    /// and dropping them would have the next batch read the same large events back from the store.</summary>
    public void Trim()
    {
        var batch = clock++;
        var (held, inUse) = (0L, 0L);
        foreach (var state in states.Values)
        {
            held += state.Merge.Count;
            inUse += state.Used == batch ? state.Merge.Count : 0;
        }

        var keep = Math.Min(inUse, 8L * capacity);
        if (held <= Math.Max(capacity, keep))
        {
            return;
        }

        foreach (var (id, state) in states.OrderBy(s => s.Value.Used).ToList())
        {
            if (held <= Math.Max(capacity * 3L / 4, keep))
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
