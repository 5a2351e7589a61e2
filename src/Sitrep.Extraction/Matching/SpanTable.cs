using System.Runtime.CompilerServices;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// An ordinal set of strings looked up with a span and a hash the caller already has (<see cref="Hash"/>,
/// computed once per token and carried on as a phrase grows), so a miss costs one probe and no rehashing. Keys are
/// numbered in the order added, so a caller keeps values in its own array (no generic code to compile at start-up).
/// Open addressing with linear probing. Not thread-safe for writers.
/// The keys are also laid out one after another in one array of characters, each after its number and length, and a
/// bucket points there: a lookup reads the bucket and then one place (two cache misses for a hit in a large table,
/// instead of three through the key's string).
/// </summary>
internal sealed class SpanTable
{
    private const uint Basis = 2166136261;
    private const int Header = 3; // the entry number (two characters) and the key's length
    private uint[] _hashes = new uint[4];
    private int[] _offsets = new int[4];
    private char[] _chars = new char[64];
    private int _used;
    private ulong[] _buckets = new ulong[8]; // hash << 32 | offset in _chars + 1; 0 = empty
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

        if (key.Length > char.MaxValue)
        {
            throw new ArgumentException("a key longer than 65,535 characters", nameof(key));
        }

        if (_count == _hashes.Length)
        {
            Array.Resize(ref _hashes, _count * 2);
            Array.Resize(ref _offsets, _count * 2);
        }

        if (_used + Header + key.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + Header + key.Length));
        }

        _chars[_used] = (char)_count;
        _chars[_used + 1] = (char)(_count >> 16);
        _chars[_used + 2] = (char)key.Length;
        key.CopyTo(_chars.AsSpan(_used + Header));
        _hashes[_count] = hash;
        _offsets[_count] = _used;
        _used += Header + key.Length;
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

    /// <summary>A copy that can grow on its own.</summary>
    public SpanTable Clone()
    {
        var copy = new SpanTable
        {
            _hashes = (uint[])_hashes.Clone(),
            _offsets = (int[])_offsets.Clone(),
            _chars = (char[])_chars.Clone(),
            _used = _used,
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
                _buckets[b] = (ulong)_hashes[entry] << 32 | (uint)(_offsets[entry] + 1);
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
                var at = (int)(uint)bucket - 1;
                var chars = _chars;
                if (chars[at + 2] == key.Length && key.SequenceEqual(chars.AsSpan(at + Header, key.Length)))
                {
                    return chars[at] | (chars[at + 1] << 16);
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint h) => (h ^ (h >> 15)) * 0x2C1B3C6D ^ (h >> 13);
}
