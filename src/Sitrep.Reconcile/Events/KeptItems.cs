namespace Sitrep.Reconcile.Events;

/// <summary>
/// The de-duplicated items of one list of a merged event (<see cref="EventMergeState"/>): each item's key in list
/// order, and the order of the report that first brought each key, which is all that merging two lists needs.
/// </summary>
internal sealed class KeptItems<TKey>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private static readonly List<TKey> None = [];

    // made when the first key comes: many lists of an event stay empty
    private Dictionary<TKey, long>? first;
    private List<TKey> keys = None;

    /// <summary>Keeps the key unless it is already kept; true when it was new.</summary>
    public bool TryAdd(TKey key, long order)
    {
        if (!(first ??= new Dictionary<TKey, long>(comparer)).TryAdd(key, order))
        {
            return false;
        }

        if (keys == None)
        {
            keys = [];
        }

        keys.Add(key);
        return true;
    }

    /// <summary>
    /// Merges <paramref name="other"/>'s items into these as if their reports had been added in order: every key once,
    /// as the item of the report that brought it first, in the order of those reports. Returns the merged list as
    /// indexes into this list or (FromOther) <paramref name="other"/>'s.
    /// </summary>
    public List<(bool FromOther, int Index)> Absorb(KeptItems<TKey> other)
    {
        if (other.keys.Count == 0)
        {
            return [.. keys.Select((_, i) => (false, i))];
        }

        var mineFirst = first ??= new Dictionary<TKey, long>(comparer);
        var theirFirst = other.first ?? [];
        var picks = new List<(bool, int)>(keys.Count + other.keys.Count);
        var merged = new List<TKey>(keys.Count + other.keys.Count);
        var (i, j) = (0, 0);
        while (true)
        {
            while (i < keys.Count && theirFirst.TryGetValue(keys[i], out var theirs) && theirs < mineFirst[keys[i]])
            {
                i++; // the other list brought this key first
            }

            while (j < other.keys.Count && mineFirst.TryGetValue(other.keys[j], out var mine) && mine <= theirFirst[other.keys[j]])
            {
                j++;
            }

            if (i >= keys.Count && j >= other.keys.Count)
            {
                break;
            }

            if (j >= other.keys.Count || (i < keys.Count && mineFirst[keys[i]] <= theirFirst[other.keys[j]]))
            {
                merged.Add(keys[i]);
                picks.Add((false, i++));
            }
            else
            {
                merged.Add(other.keys[j]);
                picks.Add((true, j++));
            }
        }

        foreach (var (key, order) in theirFirst)
        {
            if (!mineFirst.TryGetValue(key, out var mine) || order < mine)
            {
                mineFirst[key] = order;
            }
        }

        keys = merged;
        return picks;
    }
}
