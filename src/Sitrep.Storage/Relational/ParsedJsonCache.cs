using System.Collections.Concurrent;
using Sitrep.Core.Contract;

namespace Sitrep.Storage.Relational;

/// <summary>
/// Parsed stored JSON keyed by the JSON text itself, so an entry can never be stale: reconciling compares each new
/// report with many stored ones and rebuilds events from all their reports, and parsing the same rows again and
/// again dominated ingest. The parsed values are shared and must only be read. Bounded to
/// <c>capacity</c> entries in two generations: when the newer one is full the older one is dropped, so what was
/// used recently (the reconciliation window of a chronological corpus) stays, and memory stays flat.
/// </summary>
internal sealed class ParsedJsonCache<T>(int capacity)
    where T : class
{
    private readonly Lock gate = new();
    private ConcurrentDictionary<string, T> recent = new(StringComparer.Ordinal);
    private ConcurrentDictionary<string, T> older = new(StringComparer.Ordinal);

    public T Parse(string json)
    {
        if (recent.TryGetValue(json, out var value))
        {
            return value;
        }

        if (!older.TryGetValue(json, out value))
        {
            value = SitrepJson.Deserialize<T>(json) ?? throw new InvalidDataException("Stored JSON is empty.");
        }

        lock (gate)
        {
            if (recent.Count >= capacity / 2)
            {
                older = recent;
                recent = new ConcurrentDictionary<string, T>(StringComparer.Ordinal);
            }

            recent[json] = value;
        }

        return value;
    }
}
