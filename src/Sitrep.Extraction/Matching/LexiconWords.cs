using System.Collections.Concurrent;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// One number for every word of the word sets and word tables of the process, case-insensitively (ordinal
/// ignore-case, as they compare): a set keeps its words' numbers, and a token of a text is looked up once per
/// text (<see cref="TokenWords"/>) instead of being hashed again by every set that asks about it. Words are only
/// added while the lexicons are built; <see cref="Version"/> moves when one is, so that per-text caches made
/// before are dropped.
/// </summary>
internal static partial class LexiconWords
{
    private const int MaxFolded = 64;
    private static readonly ConcurrentDictionary<string, int> Ids = new(StringComparer.OrdinalIgnoreCase);
    private static readonly ConcurrentDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> BySpan = Ids.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly List<string> Words = []; // by number; written under AddLock
    private static readonly Lock AddLock = new();
    private static int s_version;

    // what lookups read, copied from the words whenever one was added since the last copy
    private static Snapshot? s_snapshot;

    public static int Version => Volatile.Read(ref s_version);

    /// <summary>How many words have a number (numbers are 0 to Count - 1).</summary>
    public static int Count => Ids.Count;

    /// <summary>Whether some word has a character outside <see cref="TryFold"/>'s alphabet (then a miss of the folded table is checked again).</summary>
    public static bool HasUnfoldedWords => CurrentSnapshot().Unfolded;

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
                id = Words.Count;
                Words.Add(word);
                Ids[word] = id;
                Interlocked.Increment(ref s_version);
            }

            return id;
        }
    }

    /// <summary>The number of the word equal to <paramref name="word"/> ignoring case, or -1.</summary>
    public static int Find(ReadOnlySpan<char> word)
    {
        var snapshot = CurrentSnapshot();
        if (word.Length <= MaxFolded)
        {
            Span<char> folded = stackalloc char[MaxFolded];
            if (TryFold(word, folded, out var hash))
            {
                var entry = snapshot.Folded.Find(folded[..word.Length], hash);
                if (entry >= 0)
                {
                    return snapshot.FoldedIds[entry];
                }

                if (!snapshot.Unfolded)
                {
                    return -1;
                }
            }
        }

        return BySpan.TryGetValue(word, out var id) ? id : -1;
    }

    /// <summary>The plain lookup (what <see cref="Find"/> answers through its folded table).</summary>
    internal static int FindPlain(ReadOnlySpan<char> word) => BySpan.TryGetValue(word, out var id) ? id : -1;

    private static Snapshot CurrentSnapshot()
    {
        var snapshot = Volatile.Read(ref s_snapshot);
        return snapshot is null || snapshot.Version != Version ? TakeSnapshot() : snapshot;
    }

    /// <summary>
    /// The lexicons are built lazily, stage by stage, while documents are already being read, so words arrive in some
    /// twenty bursts at start-up: each new snapshot extends the previous one with the words added since (numbers are
    /// given in order, so they are the words from the previous snapshot's count on) instead of folding every word
    /// again, which cost a cold `sitrep extract` about 20 ms.
    /// </summary>
    private static Snapshot TakeSnapshot()
    {
        lock (AddLock)
        {
            var previous = Volatile.Read(ref s_snapshot);
            if (previous is not null && previous.Version == Version)
            {
                return previous;
            }

            var folded = previous?.Folded.Clone() ?? new SpanTable();
            var ids = new int[Words.Count];
            previous?.FoldedIds.AsSpan().CopyTo(ids);
            var unfolded = previous?.Unfolded ?? false;
            Span<char> buffer = stackalloc char[MaxFolded];
            for (var id = previous?.Count ?? 0; id < Words.Count; id++)
            {
                var word = Words[id];
                if (word.Length > MaxFolded || !TryFold(word, buffer, out _))
                {
                    unfolded = true;
                    continue;
                }

                var entry = folded.TryAdd(new string(buffer[..word.Length]));
                if (entry >= 0)
                {
                    ids[entry] = id;
                }
            }

            var snapshot = new Snapshot(Version, Words.Count, folded, ids, unfolded);
            Volatile.Write(ref s_snapshot, snapshot);
            return snapshot;
        }
    }

    private sealed record Snapshot(int Version, int Count, SpanTable Folded, int[] FoldedIds, bool Unfolded);
}
