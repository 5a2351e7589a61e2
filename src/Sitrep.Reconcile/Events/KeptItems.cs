namespace Sitrep.Reconcile.Events;

/// <summary>
/// The de-duplicated items of one list of a merged event (<see cref="EventMergeState"/>): each item's key in list
/// order, and the order of the report that first brought each key, which is all that merging two lists needs.
/// </summary>
internal sealed class KeptItems<TKey>(IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly Dictionary<TKey, long> first = new(comparer);
    private List<TKey> keys = [];

    /// <summary>Keeps the key unless it is already kept; true when it was new.</summary>
    public bool TryAdd(TKey key, long order)
    {
        if (!first.TryAdd(key, order))
        {
            return false;
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
        var picks = new List<(bool, int)>(keys.Count + other.keys.Count);
        var merged = new List<TKey>(keys.Count + other.keys.Count);
        var (i, j) = (0, 0);
        while (true)
        {
            while (i < keys.Count && other.first.TryGetValue(keys[i], out var theirs) && theirs < first[keys[i]])
            {
                i++; // the other list brought this key first
            }

            while (j < other.keys.Count && first.TryGetValue(other.keys[j], out var mine) && mine <= other.first[other.keys[j]])
            {
                j++;
            }

            if (i >= keys.Count && j >= other.keys.Count)
            {
                break;
            }

            if (j >= other.keys.Count || (i < keys.Count && first[keys[i]] <= other.first[other.keys[j]]))
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

        foreach (var (key, order) in other.first)
        {
            if (!first.TryGetValue(key, out var mine) || order < mine)
            {
                first[key] = order;
            }
        }

        keys = merged;
        return picks;
    }
}
