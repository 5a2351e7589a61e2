using Sitrep.Core.Text;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// A finished case-insensitive table of words (a <see cref="Dictionary{TKey, TValue}"/> with
/// <see cref="StringComparer.OrdinalIgnoreCase"/>) that also answers for a token of a text by the word's
/// <see cref="LexiconWords"/> number (<see cref="TokenWords"/>): the stages that look up the same tokens in their
/// tables hash each word once per document instead of once per table.
/// </summary>
internal sealed class WordTable<T>
{
    private readonly Dictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly T[] _values;
    private readonly bool[] _has;

    public WordTable(Dictionary<string, T> table)
    {
        if (!ReferenceEquals(table.Comparer, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException("a word table compares words ignoring case", nameof(table));
        }

        _lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        var ids = new List<(int Id, T Value)>(table.Count);
        foreach (var (word, value) in table)
        {
            ids.Add((LexiconWords.Add(word), value));
        }

        var size = ids.Count == 0 ? 0 : ids.Max(x => x.Id) + 1;
        _values = new T[size];
        _has = new bool[size];
        foreach (var (id, value) in ids)
        {
            _values[id] = value;
            _has[id] = true;
        }
    }

    public Dictionary<string, T> Dictionary => _lookup.Dictionary;

    public bool TryGetValue(ReadOnlySpan<char> word, out T value) => _lookup.TryGetValue(word, out value!);

    public bool ContainsKey(ReadOnlySpan<char> word) => _lookup.ContainsKey(word);

    /// <summary>The value of the word <paramref name="token"/> covers in <paramref name="text"/>: the same as <see cref="TryGetValue(ReadOnlySpan{char}, out T)"/> of its text.</summary>
    public bool TryGetValue(string text, Token token, out T value) => TryGetValue(TokenWords.IdOf(text, token), out value);

    /// <summary>The value of the word with <see cref="LexiconWords"/> number <paramref name="id"/> (-1: none).</summary>
    public bool TryGetValue(int id, out T value)
    {
        if ((uint)id < (uint)_has.Length && _has[id])
        {
            value = _values[id];
            return true;
        }

        value = default!;
        return false;
    }
}
