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
    private readonly Dictionary<string, T> _phrases = new(StringComparer.Ordinal);
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private int _maxTokens = 1;

    private readonly bool _stem;

    /// <param name="stem">Compare Cyrillic words by their light stem (names, nouns); false for word forms that must match exactly (verbs whose stems collide with nouns: "заявив"/"заяв").</param>
    public PhraseIndex(bool stem = true)
    {
        _stem = stem;
        _lookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _phrases.Count;

    /// <summary>Adds a phrase; the first value added for a key wins.</summary>
    public void Add(string phrase, T value)
    {
        var key = PhraseNormalizer.Normalize(phrase, _stem);
        if (key.Length == 0)
        {
            return;
        }

        _phrases.TryAdd(key, value);
        _maxTokens = Math.Max(_maxTokens, PhraseNormalizer.CountTokens(key));
    }

    /// <summary>The longest phrase starting at token <paramref name="first"/> and ending before <paramref name="limit"/>.</summary>
    public bool TryMatch(string text, ReadOnlySpan<Token> tokens, int first, int limit, out int tokenCount, out T value)
    {
        Span<char> buffer = stackalloc char[BufferSize];
        var last = Math.Min(limit, first + _maxTokens) - 1;
        for (var end = last; end >= first; end--)
        {
            var start = tokens[first].Start;
            var stop = tokens[end].End;
            if (stop - start > BufferSize)
            {
                continue;
            }

            var length = PhraseNormalizer.NormalizeInto(text.AsSpan(start, stop - start), buffer, _stem);
            if (_lookup.TryGetValue(buffer[..length], out value!))
            {
                tokenCount = end - first + 1;
                return true;
            }
        }

        tokenCount = 0;
        value = default!;
        return false;
    }

    /// <summary>All non-overlapping longest matches in tokens [from, to), left to right.</summary>
    public List<PhraseMatch<T>> FindAll(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        var found = new List<PhraseMatch<T>>();
        for (var i = from; i < to; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation)
            {
                continue;
            }

            if (TryMatch(text, tokens, i, to, out var count, out var value))
            {
                found.Add(new PhraseMatch<T>(i, count, new TextSpan(tokens[i].Start, tokens[i + count - 1].End), value));
                i += count - 1;
            }
        }

        return found;
    }
}

internal readonly record struct PhraseMatch<T>(int FirstToken, int TokenCount, TextSpan Span, T Value)
{
    public int EndToken => FirstToken + TokenCount;
}
