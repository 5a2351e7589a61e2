using System.Runtime.CompilerServices;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// What the per-text token caches ask of a word, kept per distinct token text on this thread from document to
/// document: its <see cref="PhraseNormalizer"/> forms (stemmed and plain) with their <see cref="SpanTable"/> hash and
/// <see cref="FirstWords"/> filter, and its <see cref="LexiconWords"/> number. News text repeats its words, so a token
/// costs one probe of this small table (one hash of its characters) instead of being normalised and hashed for each
/// mode and looked up in the large filter and lexicon tables once per document and cache. Every answer is what those
/// give for the same characters (they depend on nothing else); the table is emptied when a lexicon or phrase index
/// adds a word (<see cref="FirstWords.Version"/>, <see cref="LexiconWords.Version"/>) and when it is full, so it
/// stays bounded (<see cref="Capacity"/> words of up to <see cref="MaxLength"/> characters; longer tokens are not
/// kept).
/// </summary>
internal sealed class TokenVocabulary
{
    /// <summary>Longest token kept (a longer one is computed as before, each time).</summary>
    public const int MaxLength = 40;

    /// <summary>Distinct words kept before the table starts again.</summary>
    public const int Capacity = 1 << 14;

    private const int NotYet = int.MinValue;

    [ThreadStatic]
    private static TokenVocabulary? t_current;

    private int _firstWordsVersion = -1;
    private int _lexiconVersion = -1;
    private readonly ulong[] _buckets = new ulong[Capacity * 2]; // hash << 32 | entry + 1; 0 = empty
    private readonly Entry[] _entries = new Entry[Capacity];
    private char[] _chars = new char[Capacity * 8];
    private int _count;
    private int _used;

    /// <summary>How many words the table holds now (for tests).</summary>
    internal int Count => _count;

    /// <summary>This thread's table, emptied first when a word was added to the lexicons or phrase indexes since it was filled.</summary>
    public static TokenVocabulary Current
    {
        get
        {
            var vocabulary = t_current ??= new TokenVocabulary();
            if (vocabulary._firstWordsVersion != FirstWords.Version || vocabulary._lexiconVersion != LexiconWords.Version)
            {
                vocabulary.Reset();
            }

            return vocabulary;
        }
    }

    /// <summary>
    /// <see cref="PhraseNormalizer.NormalizeInto"/> of <paramref name="raw"/> (at most <see cref="MaxLength"/>
    /// characters) with <paramref name="stem"/>, its <see cref="SpanTable.Hash"/> and <see cref="FirstWords.MaskOf(ReadOnlySpan{char}, uint)"/>;
    /// the span is valid until the next call on this thread.
    /// </summary>
    public ReadOnlySpan<char> Form(ReadOnlySpan<char> raw, bool stem, out uint hash, out ulong firstOf)
    {
        var e = IndexOf(raw);
        ref var entry = ref _entries[e];
        if (stem)
        {
            if (entry.StemLength == NotYet)
            {
                Normalize(ref entry, raw, 1, true, out entry.StemLength, out entry.StemHash, out entry.StemFirstOf);
            }

            hash = entry.StemHash;
            firstOf = entry.StemFirstOf;
            return _chars.AsSpan(entry.Offset + entry.RawLength, entry.StemLength);
        }

        if (entry.PlainLength == NotYet)
        {
            Normalize(ref entry, raw, 2, false, out entry.PlainLength, out entry.PlainHash, out entry.PlainFirstOf);
        }

        hash = entry.PlainHash;
        firstOf = entry.PlainFirstOf;
        return _chars.AsSpan(entry.Offset + (2 * entry.RawLength), entry.PlainLength);
    }

    /// <summary><see cref="LexiconWords.Find"/> of <paramref name="raw"/> (at most <see cref="MaxLength"/> characters).</summary>
    public int LexiconId(ReadOnlySpan<char> raw)
    {
        ref var entry = ref _entries[IndexOf(raw)];
        if (entry.LexiconId == NotYet)
        {
            entry.LexiconId = LexiconWords.Find(raw);
        }

        return entry.LexiconId;
    }

    /// <summary><see cref="LexiconWords.Find"/> of a token's text, through this thread's table when the token is short enough.</summary>
    public static int LexiconIdOf(ReadOnlySpan<char> raw) =>
        raw.Length <= MaxLength ? Current.LexiconId(raw) : LexiconWords.Find(raw);

    // a form is never longer than its token (normalising only folds, drops or shortens), so each entry keeps the
    // token's characters and room for both forms after them
    private void Normalize(ref Entry entry, ReadOnlySpan<char> raw, int slot, bool stem, out int length, out uint hash, out ulong firstOf)
    {
        var into = _chars.AsSpan(entry.Offset + (slot * entry.RawLength), entry.RawLength);
        length = PhraseNormalizer.NormalizeInto(raw, into, stem);
        var form = into[..length];
        hash = SpanTable.Hash(form);
        firstOf = FirstWords.MaskOf(form, hash);
    }

    private int IndexOf(ReadOnlySpan<char> raw)
    {
        var hash = SpanTable.Hash(raw);
        var buckets = _buckets;
        var mask = buckets.Length - 1;
        for (var b = (int)Mix(hash) & mask; ; b = (b + 1) & mask)
        {
            var bucket = buckets[b];
            if (bucket == 0)
            {
                return Add(raw, hash, b);
            }

            if ((uint)(bucket >> 32) == hash)
            {
                var e = (int)(uint)bucket - 1;
                ref readonly var entry = ref _entries[e];
                if (entry.RawLength == raw.Length && raw.SequenceEqual(_chars.AsSpan(entry.Offset, raw.Length)))
                {
                    return e;
                }
            }
        }
    }

    private int Add(ReadOnlySpan<char> raw, uint hash, int bucket)
    {
        if (raw.Length > MaxLength)
        {
            throw new ArgumentException("a token longer than the vocabulary keeps", nameof(raw));
        }

        if (_count == Capacity)
        {
            Clear();
            return IndexOf(raw);
        }

        var room = 3 * raw.Length;
        if (_used + room > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + room));
        }

        raw.CopyTo(_chars.AsSpan(_used));
        var e = _count++;
        _entries[e] = new Entry
        {
            Offset = _used,
            RawLength = raw.Length,
            StemLength = NotYet,
            PlainLength = NotYet,
            LexiconId = NotYet,
        };
        _used += room;
        _buckets[bucket] = (ulong)hash << 32 | (uint)(e + 1);
        return e;
    }

    private void Reset()
    {
        // the versions are read before any answer is computed, so a word added meanwhile empties the table again
        _firstWordsVersion = FirstWords.Version;
        _lexiconVersion = LexiconWords.Version;
        Clear();
    }

    private void Clear()
    {
        Array.Clear(_buckets);
        _count = 0;
        _used = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Mix(uint h) => (h ^ (h >> 15)) * 0x2C1B3C6D ^ (h >> 13);

    private struct Entry
    {
        public int Offset; // the token's characters; its stemmed form at Offset + RawLength, its plain form at Offset + 2 RawLength
        public int RawLength;
        public int StemLength;
        public int PlainLength;
        public uint StemHash;
        public uint PlainHash;
        public ulong StemFirstOf;
        public ulong PlainFirstOf;
        public int LexiconId;
    }
}
