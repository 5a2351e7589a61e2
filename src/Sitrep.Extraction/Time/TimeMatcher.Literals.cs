using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Time;

/// <summary>
/// Where in a sentence the required literal words of the patterns are ("ago", "before", "hours", "тому"), found in
/// one pass over its tokens, so that a pattern is not tried at a token after which one of its required words does
/// not occur: most tries of the patterns that start with "the", "a", "в" or a number failed on a word the sentence
/// does not have. A pattern skipped this way is one <see cref="TryMatch"/> would have failed.
/// </summary>
internal sealed partial class TimeMatcher
{
    private const int MaxLiteral = 64;

    // per lexicon number (LexiconWords), the literal elements that have a word of that number
    private int[]?[] _literalsByWord = [];

    // per literal word folded as SameWord folds it, its elements: read for a token whose lexicon number might
    // disagree with the fold (MayFoldOtherwise)
    private Dictionary<string, int[]> _literalsByFold = new(StringComparer.Ordinal);
    private Dictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> _literalsByFoldLookup;

    /// <summary>Numbers the literal words of the patterns and sets each pattern's <see cref="TimePattern.RequiredLiterals"/>.</summary>
    private void IndexLiterals(List<TimePattern> patterns)
    {
        var byWord = new Dictionary<int, List<int>>();
        var byFold = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var findable = new Dictionary<int, bool>();
        foreach (var pattern in patterns)
        {
            foreach (var element in pattern.Elements)
            {
                if (element.Slot != TimeSlot.None || findable.ContainsKey(element.Id))
                {
                    continue;
                }

                // an element is looked for only when every word of it is short and of the alphabet on which the
                // fold and the lexicon's ordinal ignore-case comparison agree (ASCII without apostrophes, Cyrillic)
                var all = true;
                foreach (var literal in element.Literals)
                {
                    if (literal.Length == 0 || literal.Length > MaxLiteral || MayFoldOtherwise(literal))
                    {
                        all = false;
                        continue;
                    }

                    Note(byWord, LexiconWords.Add(literal), element.Id);
                    Note(byFold, FoldWord(literal), element.Id);
                }

                findable[element.Id] = all;
            }
        }

        foreach (var pattern in patterns)
        {
            var required = new List<int>();
            foreach (var element in pattern.Elements)
            {
                if (element.Slot == TimeSlot.None && !element.Optional && findable[element.Id] && !required.Contains(element.Id))
                {
                    required.Add(element.Id);
                }
            }

            pattern.RequiredLiterals = [.. required];
        }

        _literalsByWord = new int[]?[byWord.Count == 0 ? 0 : byWord.Keys.Max() + 1];
        foreach (var (word, elements) in byWord)
        {
            _literalsByWord[word] = [.. elements];
        }

        _literalsByFold = byFold.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _literalsByFoldLookup = _literalsByFold.GetAlternateLookup<ReadOnlySpan<char>>();

        static void Note<TKey>(Dictionary<TKey, List<int>> into, TKey key, int element)
            where TKey : notnull
        {
            if (!into.TryGetValue(key, out var list))
            {
                into[key] = list = [];
            }

            if (!list.Contains(element))
            {
                list.Add(element);
            }
        }
    }

    private static string FoldWord(string word) =>
        string.Create(word.Length, word, static (chars, w) =>
        {
            for (var k = 0; k < w.Length; k++)
            {
                chars[k] = Fold(w[k]);
            }
        });

    /// <summary>
    /// Per literal element, one more than the last token of the sentence it matches (0: none), from the tokens'
    /// lexicon numbers <paramref name="ids"/>; a token whose number might disagree with the fold is folded and
    /// looked up itself.
    /// </summary>
    private void NoteLiterals(string text, ReadOnlySpan<Token> tokens, ReadOnlySpan<int> ids, Span<int> last)
    {
        var byWord = _literalsByWord;
        Span<char> buffer = stackalloc char[MaxLiteral];
        for (var i = 0; i < tokens.Length; i++)
        {
            var id = ids[i];
            int[]? elements = null;
            if ((uint)id < (uint)byWord.Length)
            {
                elements = byWord[id];
            }

            var word = tokens[i].Text(text);
            if (MayFoldOtherwise(word))
            {
                elements = null;
                if (word.Length <= MaxLiteral)
                {
                    for (var k = 0; k < word.Length; k++)
                    {
                        buffer[k] = Fold(word[k]);
                    }

                    _literalsByFoldLookup.TryGetValue(buffer[..word.Length], out elements);
                }
            }

            if (elements is null)
            {
                continue;
            }

            foreach (var element in elements)
            {
                last[element] = i + 1;
            }
        }
    }

    /// <summary>Whether each required literal of the pattern matches a token at or after <paramref name="start"/>.</summary>
    private static bool RequiredLiteralsAfter(TimePattern pattern, ReadOnlySpan<int> last, int start)
    {
        foreach (var element in pattern.RequiredLiterals)
        {
            if (last[element] <= start)
            {
                return false;
            }
        }

        return true;
    }
}
