using System.Collections.Concurrent;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// One number for every word of every <see cref="WordSet"/> of the process, case-insensitively (ordinal ignore-case,
/// as the sets compare): a set keeps its words' numbers as bits, and a token of a text is looked up once per
/// text (<see cref="TokenWords"/>) instead of being hashed again by every set that asks about it. Words are only
/// added while the lexicons are built; <see cref="Version"/> moves when one is, so that per-text caches made
/// before are dropped.
/// </summary>
internal static class LexiconWords
{
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Lookup = Ids.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly Lock AddLock = new();
    private static int s_version;

    public static int Version => Volatile.Read(ref s_version);

    /// <summary>How many words have a number (numbers are 0 to Count - 1).</summary>
    public static int Count => Ids.Count;

    /// <summary>The number of <paramref name="word"/>, given it if it has none.</summary>
    public static int Add(string word)
    {
        if (Ids.TryGetValue(word, out var id))
        {
            return id;
        }

        lock (AddLock)
        {
            if (!Ids.TryGetValue(word, out id))
            {
                id = Ids.Count;
                Ids[word] = id;
                Interlocked.Increment(ref s_version);
            }

            return id;
        }
    }

    /// <summary>The number of the word equal to <paramref name="word"/> ignoring case, or -1.</summary>
    public static int Find(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var id) ? id : -1;
}
