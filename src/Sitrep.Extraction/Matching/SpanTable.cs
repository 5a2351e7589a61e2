using System.Runtime.CompilerServices;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// An ordinal set of strings looked up with a span and a hash the caller already has (<see cref="Hash"/>,
/// computed once per token and carried on as a phrase grows), so a miss costs one probe and no rehashing. Keys are
/// numbered in the order added, so a caller keeps values in its own array (no generic code to compile at start-up).
/// Open addressing with linear probing. Not thread-safe for writers.
/// </summary>
internal sealed class SpanTable
{
    private const uint Basis = 2166136261;
    private string[] _keys = new string[4];
    private uint[] _hashes = new uint[4];
    private ulong[] _buckets = new ulong[8]; // hash << 32 | entry + 1; 0 = empty
    private int _count;

    public int Count => _count;

    public static uint Hash(ReadOnlySpan<char> chars) => Continue(Basis, chars);

    public static uint Continue(uint hash, ReadOnlySpan<char> chars)
    {
        foreach (var c in chars)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }

    public static uint Continue(uint hash, char c) => (hash ^ c) * 16777619;

    /// <summary>Adds a key; its number, or -1 when it is already there.</summary>
    public int TryAdd(string key)
    {
        var hash = Hash(key);
        if (Find(key, hash) >= 0)
        {
            return -1;
        }

        if (_count == _keys.Length)
        {
            Array.Resize(ref _keys, _count * 2);
            Array.Resize(ref _hashes, _count * 2);
        }

        _keys[_count] = key;
        _hashes[_count] = hash;
        _count++;
        if (_count * 2 > _buckets.Length)
        {
            _buckets = new ulong[_buckets.Length * 2];
            for (var i = 0; i < _count; i++)
            {
                Place(i);
            }
        }
        else
        {
            Place(_count - 1);
        }

        return _count - 1;
    }

    public bool Contains(ReadOnlySpan<char> key, uint hash) => Find(key, hash) >= 0;

    /// <summary>A copy that can grow on its own (its keys are shared, being immutable strings).</summary>
    public SpanTable Clone()
    {
        var copy = new SpanTable
        {
            _keys = (string[])_keys.Clone(),
            _hashes = (uint[])_hashes.Clone(),
            _buckets = (ulong[])_buckets.Clone(),
            _count = _count,
        };
        return copy;
    }

    private void Place(int entry)
    {
        var mask = _buckets.Length - 1;
        for (var b = (int)Mix(_hashes[entry]) & mask; ; b = (b + 1) & mask)
        {
            if (_buckets[b] == 0)
            {
                _buckets[b] = (ulong)_hashes[entry] << 32 | (uint)(entry + 1);
                return;
            }
        }
    }

    /// <summary>The number of the key, or -1.</summary>
    public int Find(ReadOnlySpan<char> key, uint hash)
    {
        var buckets = _buckets;
        var mask = buckets.Length - 1;
        for (var b = (int)Mix(hash) & mask; ; b = (b + 1) & mask)
        {
            var bucket = buckets[b];
            if (bucket == 0)
            {
                return -1;
            }

            if ((uint)(bucket >> 32) == hash)
            {
                var entry = (int)(uint)bucket - 1;
                if (key.SequenceEqual(_keys[entry]))
                {
                    return entry;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint h) => (h ^ (h >> 15)) * 0x2C1B3C6D ^ (h >> 13);
}
