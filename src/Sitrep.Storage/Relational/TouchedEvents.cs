namespace Sitrep.Storage.Relational;

/// <summary>The events a batch changed, in the order first touched, so each is rebuilt once when the batch ends.
/// An event merged into another is forgotten (its row is gone); touched again, it moves to the end.</summary>
internal sealed class TouchedEvents
{
    private readonly List<EventNode> order = [];

    /// <summary>Each held event's place in <see cref="order"/> (earlier places of an event forgotten and touched
    /// again are skipped): adding is constant time, where searching the list made a batch quadratic in its events.</summary>
    private readonly Dictionary<string, int> at = new(StringComparer.Ordinal);

    public IEnumerable<EventNode> Events => order.Where((e, i) => at.TryGetValue(e.Id, out var place) && place == i);

    public void Add(EventNode node)
    {
        if (at.TryAdd(node.Id, order.Count))
        {
            order.Add(node);
        }
    }

    public void Remove(string eventId) => at.Remove(eventId);
}
