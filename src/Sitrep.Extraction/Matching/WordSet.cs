using Sitrep.Core.Text;

namespace Sitrep.Extraction.Matching;

/// <summary>A case-insensitive set of single words looked up straight from the text, without allocating.</summary>
internal sealed class WordSet
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _words = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _lookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(string word) => _words.Contains(word);

    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);

    public bool Contains(string text, Token token) => _lookup.Contains(text.AsSpan(token.Start, token.End - token.Start));
}
