using Sitrep.Core.Text;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// The <see cref="PhraseNormalizer"/> form of each token of a text, computed once per text and kept while the text
/// is in use, with its <see cref="SpanTable"/> hash, so that the many phrase indexes scanning the same document
/// do not normalise and hash every token again. One small cache per thread, keyed by the text instance (texts are
/// immutable, so a hit is always right); a few texts are kept at once because matching alternates between the
/// document and short strings such as names.
/// </summary>
internal sealed class NormalizedTokens
{
    private const int Slots = 4;

    [ThreadStatic]
    private static NormalizedTokens[]? t_slots;

    private string? _text;
    private bool _stem;
    private int _version;
    private int[] _at = new int[256];
    private Entry[] _entries = new Entry[64];
    private int _count;
    private char[] _chars = new char[1024];
    private int _used;

    // the cache of the same text in the other stemming mode, when there is one: an ASCII token (no Cyrillic word to
    // stem) normalises the same in both, so its form, hash and filter are copied from there instead of computed again
    private NormalizedTokens? _sibling;

    /// <summary>The cache for <paramref name="text"/> normalised with or without stemming, most recently used first.</summary>
    public static NormalizedTokens For(string text, bool stem)
    {
        var slots = t_slots ??= CreateSlots();
        var found = Slots - 1;
        for (var i = 0; i < Slots; i++)
        {
            if (ReferenceEquals(slots[i]._text, text) && slots[i]._stem == stem)
            {
                found = i;
                break;
            }
        }

        var slot = slots[found];
        if (found > 0)
        {
            Array.Copy(slots, 0, slots, 1, found);
            slots[0] = slot;
        }

        if (!ReferenceEquals(slot._text, text) || slot._stem != stem || slot._version != FirstWords.Version)
        {
            slot.Reset(text, stem);
            slot._sibling = null;
            for (var i = 1; i < Slots; i++)
            {
                if (ReferenceEquals(slots[i]._text, text) && slots[i]._stem != stem)
                {
                    slot._sibling = slots[i];
                    slots[i]._sibling = slot;
                }
            }
        }

        return slot;
    }

    /// <summary>The normalised form of <paramref name="token"/> (a span of this text) and its hash.</summary>
    public ReadOnlySpan<char> Get(TextSpan token, out uint hash) => Get(token, out hash, out _);

    /// <summary>The normalised form of <paramref name="token"/>, its hash and its <see cref="FirstWords"/> filter.</summary>
    public ReadOnlySpan<char> Get(TextSpan token, out uint hash, out ulong firstOf)
    {
        var start = token.Start;
        if ((uint)start < (uint)_at.Length)
        {
            var k = _at[start];
            if (k < _count && _entries[k].Start == start && _entries[k].End == token.End)
            {
                hash = _entries[k].Hash;
                firstOf = _entries[k].FirstOf;
                return _chars.AsSpan(_entries[k].Offset, _entries[k].Length);
            }
        }

        return Add(token, out hash, out firstOf);
    }

    private ReadOnlySpan<char> Add(TextSpan token, out uint hash, out ulong firstOf)
    {
        if (_used + token.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(_chars.Length * 2, _used + token.Length));
        }

        Span<char> normalized;
        if (_sibling is { } sibling && sibling.TryGetPlain(_text!, _version, token, out var form, out hash, out firstOf))
        {
            form.CopyTo(_chars.AsSpan(_used));
            normalized = _chars.AsSpan(_used, form.Length);
        }
        else
        {
            var written = PhraseNormalizer.NormalizeInto(_text.AsSpan(token.Start, token.Length), _chars.AsSpan(_used), _stem);
            normalized = _chars.AsSpan(_used, written);
            hash = SpanTable.Hash(normalized);
            firstOf = FirstWords.MaskOf(normalized, hash);
        }

        var length = normalized.Length;
        if (token.Length > 0 && (uint)token.Start < (uint)_at.Length)
        {
            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, _count * 2);
            }

            _at[token.Start] = _count;
            _entries[_count++] = new Entry(token.Start, token.End, _used, length, hash, firstOf);
            _used += length;
        }

        return normalized;
    }

    /// <summary>
    /// The cached form of <paramref name="token"/> of <paramref name="text"/> when the token is ASCII (stemming
    /// touches Cyrillic words only, so the other mode's form is the same), read for the sibling cache.
    /// </summary>
    private bool TryGetPlain(string text, int version, TextSpan token, out ReadOnlySpan<char> form, out uint hash, out ulong firstOf)
    {
        form = default;
        hash = 0;
        firstOf = 0;
        var start = token.Start;
        if (!ReferenceEquals(_text, text) || _version != version || (uint)start >= (uint)_at.Length)
        {
            return false;
        }

        var k = _at[start];
        if (k >= _count || _entries[k].Start != start || _entries[k].End != token.End)
        {
            return false;
        }

        if (!System.Text.Ascii.IsValid(text.AsSpan(start, token.Length)))
        {
            return false;
        }

        form = _chars.AsSpan(_entries[k].Offset, _entries[k].Length);
        hash = _entries[k].Hash;
        firstOf = _entries[k].FirstOf;
        return true;
    }

    private void Reset(string text, bool stem)
    {
        _version = FirstWords.Version; // read before any filter is, so a word added meanwhile drops this cache again
        _text = text;
        _stem = stem;
        _count = 0;
        _used = 0;
        if (_at.Length < text.Length)
        {
            _at = new int[Math.Max(text.Length, _at.Length * 2)];
        }
    }

    private static NormalizedTokens[] CreateSlots()
    {
        var slots = new NormalizedTokens[Slots];
        for (var i = 0; i < Slots; i++)
        {
            slots[i] = new NormalizedTokens();
        }

        return slots;
    }

    private readonly record struct Entry(int Start, int End, int Offset, int Length, uint Hash, ulong FirstOf);
}
