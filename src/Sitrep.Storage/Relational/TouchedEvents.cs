namespace Sitrep.Storage.Relational;

/// <summary>The events a batch changed, in the order first touched, so each is rebuilt once when the batch ends.
/// An event merged into another is forgotten (its row is gone).</summary>
internal sealed class TouchedEvents
{
    private readonly List<EventNode> order = [];
    private readonly HashSet<string> set = new(StringComparer.Ordinal);

    public IEnumerable<EventNode> Events => order.Where(e => set.Contains(e.Id));

    public void Add(EventNode node)
    {
        if (set.Add(node.Id))
        {
            order.RemoveAll(e => e.Id == node.Id);
            order.Add(node);
        }
    }

    public void Remove(string eventId) => set.Remove(eventId);
}
