using System.Collections.Concurrent;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// Which phrase indexes a normalised word can start a phrase of, as a 64-bit filter over every index of the
/// process (index number modulo 64): read once per token of a text (<see cref="NormalizedTokens"/>) so that an
/// index skips a token with one bit test. A set bit still needs the index's own lookup; a clear bit is certain.
/// <see cref="Version"/> changes whenever an index adds a word, so cached filters of an older version are dropped.
/// </summary>
internal static class FirstWords
{
    private static readonly ConcurrentDictionary<string, ulong> Masks = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Masks.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int s_indexes;
    private static int s_version;

    public static int Version => Volatile.Read(ref s_version);

    /// <summary>The filter bit of a new index.</summary>
    public static ulong NewIndexBit() => 1UL << (Interlocked.Increment(ref s_indexes) & 63);

    public static void Add(string word, ulong bit)
    {
        Masks.AddOrUpdate(word, static (_, b) => b, static (_, mask, b) => mask | b, bit);
        Interlocked.Increment(ref s_version);
    }

    private static readonly Lock SnapshotLock = new();
    private static Snapshot? s_snapshot;

    public static ulong MaskOf(ReadOnlySpan<char> word) => Lookup.TryGetValue(word, out var mask) ? mask : 0;

    /// <summary>
    /// <see cref="MaskOf(ReadOnlySpan{char})"/> for a word whose <see cref="SpanTable.Hash"/> the caller has: read
    /// from a copy of the filters in a <see cref="SpanTable"/>, made again whenever <see cref="Version"/> has moved
    /// (indexes add words while the lexicons are built, not while documents are read).
    /// </summary>
    public static ulong MaskOf(ReadOnlySpan<char> word, uint hash)
    {
        var snapshot = Volatile.Read(ref s_snapshot);
        if (snapshot is null || snapshot.Version != Version)
        {
            snapshot = TakeSnapshot();
        }

        var entry = snapshot.Words.Find(word, hash);
        return entry < 0 ? 0 : snapshot.Masks[entry];
    }

    private static Snapshot TakeSnapshot()
    {
        lock (SnapshotLock)
        {
            var version = Version; // read before the words: a word added meanwhile moves it, and the next call copies again
            if (s_snapshot is { } current && current.Version == version)
            {
                return current;
            }

            var words = new SpanTable();
            var masks = new List<ulong>();
            foreach (var (word, mask) in Masks)
            {
                if (words.TryAdd(word) >= 0)
                {
                    masks.Add(mask);
                }
            }

            var snapshot = new Snapshot(version, words, [.. masks]);
            Volatile.Write(ref s_snapshot, snapshot);
            return snapshot;
        }
    }

    private sealed record Snapshot(int Version, SpanTable Words, ulong[] Masks);
}
