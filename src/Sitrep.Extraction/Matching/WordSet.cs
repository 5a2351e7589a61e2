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

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        var ids = new List<int>(_words.Count);
        foreach (var word in _words)
        {
            ids.Add(LexiconWords.Add(word));
        }

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
        var id = TokenWords.IdOf(text, token);
        var ids = _ids;
        return (uint)(id >> 6) < (uint)ids.Length && (ids[id >> 6] & (1UL << id)) != 0;
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
