using Sitrep.Core.Text;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// A hashed lookup of multi-word phrases over a document's tokens. Keys and text are normalised the same way
/// (<see cref="PhraseNormalizer"/>: lower case, single spaces, apostrophes folded, Cyrillic words reduced to a light
/// stem) into a stack buffer and looked up without allocating, longest phrase first.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private const int BufferSize = 256;
    private const int MaxWindow = 32;
    private readonly SpanTable _firstWords = new();
    private readonly ulong _bit = FirstWords.NewIndexBit();
    private readonly SpanTable _phrases = new();
    private T[] _values = new T[4];
    private int _maxTokens = 1;

    // per first word (its number in _firstWords), the lengths of the normalised keys that start with it, as bits
    // (a window of another length cannot equal one: it is not looked up) and the longest of them
    private ulong[] _lengths = new ulong[4 * LengthWords];
    private int[] _longest = new int[4];
    private const int LengthWords = (BufferSize / 64) + 1;

    private readonly bool _stem;

    /// <param name="stem">Compare Cyrillic words by their light stem (names, nouns); false for word forms that must match exactly (verbs whose stems collide with nouns: "заявив"/"заяв").</param>
    public PhraseIndex(bool stem = true)
    {
        _stem = stem;
    }

    public int Count => _phrases.Count;

    /// <summary>Adds a phrase; the first value added for a key wins.</summary>
    public void Add(string phrase, T value)
    {
        var tokens = new List<(TextSpan Span, TokenKind Kind)>();
        Text.Tokenizer.Tokenize(phrase, 0, tokens);
        if (tokens.Count == 0)
        {
            return;
        }

        Span<char> buffer = stackalloc char[BufferSize];
        var length = 0;
        var firstLength = 0;
        for (var j = 0; j < tokens.Count; j++)
        {
            length = Append(phrase, tokens[j].Span, j > 0 ? tokens[j - 1].Span.End : -1, buffer, length);
            if (length < 0)
            {
                return;
            }

            if (j == 0)
            {
                firstLength = length;
                var word = new string(buffer[..length]);
                _firstWords.TryAdd(word);
                FirstWords.Add(word, _bit);
            }
        }

        NoteLength(buffer[..firstLength], length);

        var entry = _phrases.TryAdd(new string(buffer[..length]));
        if (entry >= 0)
        {
            if (entry == _values.Length)
            {
                Array.Resize(ref _values, entry * 2);
            }

            _values[entry] = value;
        }

        _maxTokens = Math.Max(_maxTokens, tokens.Count);
    }

    private void NoteLength(ReadOnlySpan<char> firstWord, int length)
    {
        var entry = _firstWords.Find(firstWord, SpanTable.Hash(firstWord));
        if (entry < 0)
        {
            return;
        }

        if ((entry + 1) * LengthWords > _lengths.Length)
        {
            Array.Resize(ref _lengths, Math.Max(_lengths.Length * 2, (entry + 1) * LengthWords));
            Array.Resize(ref _longest, _lengths.Length / LengthWords);
        }

        _lengths[(entry * LengthWords) + (length >> 6)] |= 1UL << length;
        _longest[entry] = Math.Max(_longest[entry], length);
    }

    /// <summary>The longest phrase starting at token <paramref name="first"/> and ending before <paramref name="limit"/>.</summary>
    public bool TryMatch(string text, ReadOnlySpan<Token> tokens, int first, int limit, out int tokenCount, out T value) =>
        TryMatch(NormalizedTokens.For(text, _stem), tokens, first, limit, out tokenCount, out value);

    /// <summary>The per-text cache of normalised tokens this index reads (valid until another text is matched on this thread).</summary>
    internal NormalizedTokens NormalizedFor(string text) => NormalizedTokens.For(text, _stem);

    // Tokens come normalised from the per-text cache; a token longer than the buffer ends the phrase as before.
    internal bool TryMatch(NormalizedTokens normalized, ReadOnlySpan<Token> tokens, int first, int limit, out int tokenCount, out T value)
    {
        tokenCount = 0;
        value = default!;
        if (tokens[first].Span.Length > BufferSize)
        {
            return false;
        }

        var word = normalized.Get(tokens[first].Span, out var hash, out var firstOf);
        if (word.Length == 0 || (firstOf & _bit) == 0)
        {
            return false;
        }

        var firstEntry = _firstWords.Find(word, hash);
        if (firstEntry < 0)
        {
            return false;
        }

        var lengths = _lengths.AsSpan(firstEntry * LengthWords, LengthWords);
        var longest = _longest[firstEntry];

        Span<char> buffer = stackalloc char[BufferSize];
        Span<int> ends = stackalloc int[MaxWindow];
        Span<uint> hashes = stackalloc uint[MaxWindow];
        word.CopyTo(buffer);
        var length = word.Length;
        ends[0] = length;
        hashes[0] = hash;
        var last = Math.Min(Math.Min(limit, first + _maxTokens), first + MaxWindow) - 1;
        var count = 1;
        for (var j = first + 1; j <= last; j++)
        {
            var token = tokens[j].Span;
            var space = token.Start > tokens[j - 1].End ? 1 : 0;
            if (length + space + token.Length > BufferSize || length + space > longest)
            {
                break; // (a longer window cannot equal a key: normalising never lengthens a token)
            }

            if (space == 1)
            {
                buffer[length++] = ' ';
                hash = SpanTable.Continue(hash, ' ');
            }

            word = normalized.Get(token, out _);
            word.CopyTo(buffer[length..]);
            hash = SpanTable.Continue(hash, word);
            length += word.Length;
            hashes[count] = hash;
            ends[count++] = length;
        }

        for (var k = count - 1; k >= 0; k--)
        {
            if ((lengths[ends[k] >> 6] & (1UL << ends[k])) == 0)
            {
                continue; // no key of this length starts with this word
            }

            var entry = _phrases.Find(buffer[..ends[k]], hashes[k]);
            if (entry >= 0)
            {
                value = _values[entry];
                tokenCount = k + 1;
                return true;
            }
        }

        value = default!;
        return false;
    }

    /// <summary>Appends one token, normalised, after a single space when whitespace separates it from the previous one; -1 when full.</summary>
    private int Append(string text, TextSpan token, int previousEnd, Span<char> buffer, int length)
    {
        var space = previousEnd >= 0 && token.Start > previousEnd ? 1 : 0;
        if (length + space + token.Length > buffer.Length)
        {
            return -1;
        }

        if (space == 1)
        {
            buffer[length++] = ' ';
        }

        return length + PhraseNormalizer.NormalizeInto(text.AsSpan(token.Start, token.Length), buffer[length..], _stem);
    }

    /// <summary>All non-overlapping longest matches in tokens [from, to), left to right.</summary>
    public List<PhraseMatch<T>> FindAll(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        var found = new List<PhraseMatch<T>>();
        FindAll(text, tokens, from, to, found);
        return found;
    }

    /// <summary>Whether any phrase occurs in tokens [from, to): <c>FindAll(...).Count &gt; 0</c> without building the list.</summary>
    public bool Any(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        var normalized = NormalizedTokens.For(text, _stem);
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Kind != TokenKind.Punctuation && TryMatch(normalized, tokens, i, to, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Appends the matches <see cref="FindAll(string, ReadOnlySpan{Token}, int, int)"/> finds to <paramref name="found"/> (a list the caller reuses).</summary>
    public void FindAll(string text, ReadOnlySpan<Token> tokens, int from, int to, List<PhraseMatch<T>> found)
    {
        var normalized = NormalizedTokens.For(text, _stem);
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation)
            {
                continue;
            }

            if (TryMatch(normalized, tokens, i, to, out var count, out var value))
            {
                found.Add(new PhraseMatch<T>(i, count, new TextSpan(tokens[i].Start, tokens[i + count - 1].End), value));
                i += count - 1;
            }
        }
    }
}

internal readonly record struct PhraseMatch<T>(int FirstToken, int TokenCount, TextSpan Span, T Value)
{
    public int EndToken => FirstToken + TokenCount;
}
