using Sitrep.Core.Text;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// The <see cref="LexiconWords"/> number of each token of a text, looked up once and kept by the token's start
/// offset, so that the word sets and word tables asking about the same token of a document (time, quantities,
/// events, claims) compare a number instead of hashing the word case-insensitively each time. A few texts are kept
/// per thread (matching alternates between the document and short strings such as names); a text that comes back
/// after being dropped, or a new lexicon word, starts a new generation: nothing is cleared.
/// </summary>
internal sealed class TokenWords
{
    private const int Slots = 4;

    [ThreadStatic]
    private static TokenWords[]? t_slots;

    // the most recently used of the slots, read first
    [ThreadStatic]
    private static TokenWords? t_first;

    private string? _text;
    private int _version;
    private int _generation;
    private Entry[] _entries = new Entry[256];

    /// <summary>The number of the word <paramref name="token"/> covers in <paramref name="text"/>, or -1 when no word set or table has it.</summary>
    public static int IdOf(string text, Token token)
    {
        var cache = For(text);
        var start = token.Start;
        var entries = cache._entries;
        if ((uint)start < (uint)entries.Length)
        {
            ref var entry = ref entries[start];
            if (entry.Generation == cache._generation && entry.End == token.End)
            {
                return entry.Id;
            }

            var id = LexiconWords.Find(text.AsSpan(start, token.End - start));
            entry = new Entry(cache._generation, token.End, id);
            return id;
        }

        return LexiconWords.Find(text.AsSpan(start, token.End - start));
    }

    /// <summary><see cref="IdOf"/> of each of <paramref name="tokens"/> (tokens of <paramref name="text"/>) into <paramref name="ids"/>.</summary>
    public static void IdsOf(string text, ReadOnlySpan<Token> tokens, Span<int> ids)
    {
        var cache = For(text);
        var entries = cache._entries;
        var generation = cache._generation;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var start = token.Start;
            if ((uint)start < (uint)entries.Length)
            {
                ref var entry = ref entries[start];
                if (entry.Generation != generation || entry.End != token.End)
                {
                    entry = new Entry(generation, token.End, LexiconWords.Find(text.AsSpan(start, token.End - start)));
                }

                ids[i] = entry.Id;
            }
            else
            {
                ids[i] = LexiconWords.Find(text.AsSpan(start, token.End - start));
            }
        }
    }

    private static TokenWords For(string text)
    {
        var first = t_first;
        if (first is not null && ReferenceEquals(first._text, text) && first._version == LexiconWords.Version)
        {
            return first;
        }

        return ForOther(text);
    }

    private static TokenWords ForOther(string text)
    {
        var slots = t_slots ??= CreateSlots();
        var found = Slots - 1;
        for (var i = 0; i < Slots; i++)
        {
            if (ReferenceEquals(slots[i]._text, text))
            {
                found = i;
                break;
            }
        }

        var slot = slots[found];
        Array.Copy(slots, 0, slots, 1, found);
        slots[0] = slot;
        if (!ReferenceEquals(slot._text, text) || slot._version != LexiconWords.Version)
        {
            slot.Reset(text);
        }

        t_first = slot;
        return slot;
    }

    private void Reset(string text)
    {
        _version = LexiconWords.Version; // read before any lookup, so a word added meanwhile starts a new generation again
        _text = text;
        if (_entries.Length < text.Length)
        {
            _entries = new Entry[Math.Max(text.Length, _entries.Length * 2)];
            _generation = 0;
        }

        if (++_generation == int.MaxValue)
        {
            Array.Clear(_entries);
            _generation = 1;
        }
    }

    private static TokenWords[] CreateSlots()
    {
        var slots = new TokenWords[Slots];
        for (var i = 0; i < Slots; i++)
        {
            slots[i] = new TokenWords();
        }

        return slots;
    }

    private record struct Entry(int Generation, int End, int Id);
}
