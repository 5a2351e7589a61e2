using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// The matches of a phrase index in tokens [from, to), found one at a time as they are read, with the same
/// left-to-right, longest-first, non-overlapping rule as <see cref="PhraseIndex{T}.FindAll"/> but no list: a
/// caller that wants the first match, or whether there is one, stops there.
/// </summary>
internal ref struct PhraseScan<T>
{
    private readonly PhraseIndex<T> _index;
    private readonly string _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly int _to;
    private int _next;

    public PhraseScan(PhraseIndex<T> index, string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        _index = index;
        _text = text;
        _tokens = tokens;
        _next = from;
        _to = to;
        Current = default;
    }

    public PhraseMatch<T> Current { get; private set; }

    public readonly PhraseScan<T> GetEnumerator() => this;

    public bool MoveNext()
    {
        // the text's cache is taken once per call (the caller may match other texts between calls)
        NormalizedTokens? normalized = null;
        for (var i = _next; i < _to; i++)
        {
            if (_tokens[i].Kind == TokenKind.Punctuation)
            {
                continue;
            }

            if (_index.TryMatch(normalized ??= _index.NormalizedFor(_text), _tokens, i, _to, out var count, out var value))
            {
                Current = new PhraseMatch<T>(i, count, new TextSpan(_tokens[i].Start, _tokens[i + count - 1].End), value);
                _next = i + count;
                return true;
            }
        }

        _next = _to;
        return false;
    }
}

internal static class PhraseScanExtensions
{
    /// <summary>The matches in tokens [from, to), read as a <c>foreach</c> goes.</summary>
    public static PhraseScan<T> Scan<T>(this PhraseIndex<T> index, string text, ReadOnlySpan<Token> tokens, int from, int to) =>
        new(index, text, tokens, from, to);

    /// <summary>The first match in tokens [from, to), as <see cref="PhraseIndex{T}.FindAll"/> would list it first.</summary>
    public static bool TryFirst<T>(this PhraseIndex<T> index, string text, ReadOnlySpan<Token> tokens, int from, int to, out PhraseMatch<T> match)
    {
        var scan = new PhraseScan<T>(index, text, tokens, from, to);
        var found = scan.MoveNext();
        match = scan.Current;
        return found;
    }
}
