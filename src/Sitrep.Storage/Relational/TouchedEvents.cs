namespace Sitrep.Storage.Relational;

/// <summary>The events a batch changed, in the order first touched, so each is rebuilt once when the batch ends.
/// An event merged into another is forgotten (its row is gone).</summary>
internal sealed class TouchedEvents
{
    private readonly List<string> order = [];
    private readonly HashSet<string> set = new(StringComparer.Ordinal);

    public IEnumerable<string> Ids => order.Where(set.Contains);

    public void Add(string eventId)
    {
        if (set.Add(eventId))
        {
            order.Remove(eventId);
            order.Add(eventId);
        }
    }

    public void Remove(string eventId) => set.Remove(eventId);
}
