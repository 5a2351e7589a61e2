using Sitrep.Reconcile.Events;

namespace Sitrep.Storage.Relational;

/// <summary>
/// The merge state (<see cref="EventMergeState"/>) of recently changed events, so an event that gains reports is
/// updated from its state instead of being rebuilt from every stored report. A state exists only while it holds
/// exactly the event's stored reports in ingest order: merging events or moving reports drops it, and the event is
/// rebuilt from the store once and followed from there. Least recently used states are dropped beyond the capacity
/// (counted in reports).
/// </summary>
internal sealed class EventStates(int capacity)
{
    private readonly Dictionary<string, (EventMergeState State, long Used)> states = new(StringComparer.Ordinal);
    private long clock;

    public void Clear() => states.Clear();

    /// <summary>A new event with its first report.</summary>
    public void Open(string eventId, EventReport first)
    {
        var state = new EventMergeState();
        state.Add(first);
        states[eventId] = (state, clock);
    }

    /// <summary>A report appended to an event (after all its stored reports).</summary>
    public void Append(string eventId, EventReport report)
    {
        if (states.TryGetValue(eventId, out var entry))
        {
            entry.State.Add(report);
            states[eventId] = (entry.State, clock);
        }
    }

    /// <summary>The event's reports changed other than by appending: rebuild it from the store.</summary>
    public void Forget(string eventId) => states.Remove(eventId);

    public EventMergeState? Get(string eventId) => states.TryGetValue(eventId, out var entry) ? entry.State : null;

    public void Set(string eventId, EventMergeState state) => states[eventId] = (state, clock);

    /// <summary>Ends a batch: drops the least recently used states beyond the capacity.</summary>
    public void Trim()
    {
        clock++;
        var held = 0L;
        foreach (var (state, _) in states.Values)
        {
            held += state.Count;
        }

        if (held <= capacity)
        {
            return;
        }

        foreach (var (id, (state, _)) in states.OrderBy(s => s.Value.Used).ToList())
        {
            if (held <= capacity * 3L / 4)
            {
                break;
            }

            states.Remove(id);
            held -= state.Count;
        }
    }
}
