using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Quantities;

/// <summary>How a number word counts.</summary>
internal enum NumberWordKind
{
    /// <summary>"four", "чотири": a value.</summary>
    Cardinal,
    /// <summary>"thousand", "тисяч", "млн": multiplies the number before it.</summary>
    Scale,
    /// <summary>"dozens", "hundreds", "десятки": a vague range (low..high).</summary>
    Vague,
}

internal readonly record struct NumberWord(NumberWordKind Kind, double Value, double High = 0);

/// <summary>Number words of all languages, looked up by token text without allocating.</summary>
internal static class NumberWords
{
    private static readonly WordTable<NumberWord> Table = new(Build());

    public static Dictionary<string, NumberWord>.AlternateLookup<ReadOnlySpan<char>> Lookup { get; } = Table.Dictionary.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool TryCardinal(ReadOnlySpan<char> word, out double value)
    {
        if (Lookup.TryGetValue(word, out var w) && w.Kind == NumberWordKind.Cardinal)
        {
            value = w.Value;
            return true;
        }

        value = 0;
        return false;
    }

    public static bool TryGet(ReadOnlySpan<char> word, out NumberWord value) => Lookup.TryGetValue(word, out value);

    /// <summary><see cref="TryGet(ReadOnlySpan{char}, out NumberWord)"/> of a token of a text, by its word number.</summary>
    public static bool TryGet(string text, Token token, out NumberWord value) => Table.TryGetValue(text, token, out value);

    private static Dictionary<string, NumberWord> Build()
    {
        var table = new Dictionary<string, NumberWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in QuantityLanguages.All)
        {
            foreach (var (word, entry) in language.NumberWords)
            {
                table[word] = entry;
                if (word.Contains('\'', StringComparison.Ordinal))
                {
                    table[word.Replace('\'', '\u2019')] = entry;
                    table[word.Replace('\'', '\u02BC')] = entry;
                }
            }
        }

        return table;
    }
}
