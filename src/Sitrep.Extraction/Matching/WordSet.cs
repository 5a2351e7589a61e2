using System.Runtime.InteropServices;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// A case-insensitive set of single words looked up straight from the text, without allocating. A token of a
/// text is looked up by its <see cref="LexiconWords"/> number, found once per text and token (<see cref="TokenWords"/>).
/// </summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly ulong[] _ids;

    // the first letters of the words (folded, modulo 64) by length, read before a token's word number is looked up:
    // most tokens asked about are no word of the set, and most of those differ from every word in length or first
    // letter (null when a word starts with a letter outside the fold's alphabet: then every token is looked up)
    private readonly ulong[]? _firstByLength;

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var ids = new List<int>(_words.Count);
        foreach (var word in _words)
        {
            ids.Add(LexiconWords.Add(word));
        }

        _firstByLength = FirstLetters(_words);
        _ids = new ulong[ids.Count == 0 ? 0 : (ids.Max() >> 6) + 1];
        foreach (var id in ids)
        {
            _ids[id >> 6] |= 1UL << id;
        }
    }

    public bool Contains(string word) => _words.Contains(word);

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public bool Contains(string text, Token token)
    {
        if (_firstByLength is { } firsts)
        {
            // equal ignoring case means equal in length and, within the fold's alphabet, equal folded letters
            var start = token.Start;
            var length = token.End - start;
            if ((uint)(length - 1) < FilteredLengths && (uint)start < (uint)text.Length
                && LexiconWords.TryFold(text[start], out var first) && (firsts[length] & (1UL << first)) == 0)
            {
                return false;
            }
        }

        var id = TokenWords.IdOf(text, token);
        var ids = _ids;
        return (uint)(id >> 6) < (uint)ids.Length && (ids[id >> 6] & (1UL << id)) != 0;
    }

    // words and tokens of 1 to 62 characters are told apart by their first letter; longer ones are always looked up
    private const int FilteredLengths = 62;

    private static ulong[]? FirstLetters(IEnumerable<string> words)
    {
        var firsts = new ulong[FilteredLengths + 1];
        foreach (var word in words)
        {
            if (word.Length == 0 || !LexiconWords.TryFold(word[0], out var first))
            {
                return null;
            }

            if (word.Length <= FilteredLengths)
            {
                firsts[word.Length] |= 1UL << first;
            }
        }

        return firsts;
    }

    /// <summary>Whether any of the tokens from <paramref name="from"/> up to (not including) <paramref name="to"/> is in the set.</summary>
    public bool AnyIn(string text, ReadOnlySpan<Token> tokens, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (Contains(text, tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <inheritdoc cref="AnyIn(string, ReadOnlySpan{Token}, int, int)"/>
    public bool AnyIn(string text, List<Token> tokens, int from, int to) =>
        AnyIn(text, CollectionsMarshal.AsSpan(tokens), from, to);
}
