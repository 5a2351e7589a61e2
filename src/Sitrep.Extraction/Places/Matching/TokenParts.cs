using Sitrep.Core.Text;

namespace Sitrep.Extraction.Places.Matching;

/// <summary>
/// The name-part hashes of the word tokens of a document that can be part of a name (capitalised words and short
/// links), computed once per document. A trailing English
/// possessive ("Donetsk's") is left out of the hash and out of the token's name end.
/// </summary>
internal sealed class TokenParts
{
    /// <summary>Arrays for more tokens than this (a very long document's) are not kept for the next document.</summary>
    private const int KeptTokens = 1 << 16;

    [ThreadStatic]
    private static TokenParts? t_reused;

    private readonly List<ulong> _parts = new(256);
    private int[] _start = [];
    private int[] _nameEnd = [];

    /// <param name="text">The document text.</param>
    /// <param name="tokens">Its tokens.</param>
    /// <param name="lowerCaseNames">Sorted indexes of lower-case words read as names all the same (a line that is one word).</param>
    public TokenParts(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> lowerCaseNames = default)
    {
        Fill(text, tokens, lowerCaseNames);
    }

    /// <summary>
    /// The same as <c>new TokenParts(...)</c>, in an instance this thread reuses from document to document (its arrays
    /// are allocated once, not per document): valid until the next call on this thread.
    /// </summary>
    public static TokenParts Reused(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> lowerCaseNames = default)
    {
        var parts = t_reused;
        if (parts is null)
        {
            parts = new TokenParts(text, tokens, lowerCaseNames);
        }
        else
        {
            parts.Fill(text, tokens, lowerCaseNames);
        }

        t_reused = tokens.Length <= KeptTokens ? parts : null;
        return parts;
    }

    private void Fill(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> lowerCaseNames)
    {
        _parts.Clear();
        if (_start.Length < tokens.Length + 1)
        {
            _start = new int[Math.Max(tokens.Length + 1, 2 * _start.Length)];
            _nameEnd = new int[_start.Length];
        }

        for (var i = 0; i < tokens.Length; i++)
        {
            _start[i] = _parts.Count;
            var t = tokens[i];
            _nameEnd[i] = t.End;
            if (t.Kind != TokenKind.Word || (t.Span.Length > 3 && !char.IsUpper(text[t.Start]) && lowerCaseNames.BinarySearch(i) < 0))
            {
                continue; // long lower-case words are never part of a name
            }

            var word = t.Text(text);
            if (IsPossessive(word))
            {
                word = word[..^2];
                _nameEnd[i] = t.End - 2;
            }

            var before = _parts.Count;
            if (!NameKey.AppendParts(word, _parts))
            {
                _parts.RemoveRange(before, _parts.Count - before);
            }
        }

        _start[tokens.Length] = _parts.Count;
    }

    /// <summary>Where each token's name ends: its end, or before its possessive "'s" (indexed by token; the array may be longer than the tokens).</summary>
    public int[] NameEnd => _nameEnd;

    public int Count(int token) => _start[token + 1] - _start[token];

    public ulong Append(int token, ulong acc)
    {
        for (var p = _start[token]; p < _start[token + 1]; p++)
        {
            acc = NameKey.Combine(acc, _parts[p]);
        }

        return acc;
    }

    private static bool IsPossessive(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] is 's' or 'S' && word[^2] is '\'' or '\u2019' && word[^3] < '\u0250';
}
