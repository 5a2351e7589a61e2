using System.Collections.Concurrent;
using Sitrep.Core.Contract;

namespace Sitrep.Storage.Relational;

/// <summary>
/// Parsed stored JSON keyed by the JSON text itself, so an entry can never be stale: reconciling compares each new
/// report with many stored ones and rebuilds events from all their reports, and parsing the same rows again and
/// again dominated ingest. The parsed values are shared and must only be read. Bounded: emptied when full.
/// </summary>
internal sealed class ParsedJsonCache<T>(int capacity)
    where T : class
{
    private readonly ConcurrentDictionary<string, T> parsed = new(StringComparer.Ordinal);

    public T Parse(string json)
    {
        if (parsed.TryGetValue(json, out var value))
        {
            return value;
        }

        value = SitrepJson.Deserialize<T>(json) ?? throw new InvalidDataException("Stored JSON is empty.");
        if (parsed.Count >= capacity)
        {
            parsed.Clear();
        }

        parsed[json] = value;
        return value;
    }
}
