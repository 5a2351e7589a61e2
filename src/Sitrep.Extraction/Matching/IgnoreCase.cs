using System.Buffers;
using System.Collections.Concurrent;

namespace Sitrep.Extraction.Matching;

/// <summary>
/// Ordinal ignore-case search of a word or phrase in a sentence, with the answer of
/// <c>IndexOf(value, StringComparison.OrdinalIgnoreCase)</c>: the runtime's own search under invariant globalization
/// upper-cases and compares at every position of the text, while this one jumps with a vectorised search to the
/// positions holding a character equal to the value's first ignoring case, and compares the value there the
/// ordinary way. Which characters equal a first character is worked out from the same case mapping the comparison
/// uses (<see cref="char.ToUpperInvariant"/>), so no position that could match is skipped.
/// </summary>
internal static class IgnoreCase
{
    private static readonly ConcurrentDictionary<char, SearchValues<char>> Firsts = new();
    private static char[]? s_irregular;

    /// <summary>The first index of <paramref name="value"/> in <paramref name="text"/> ignoring case (ordinal), or -1.</summary>
    public static int IndexOf(ReadOnlySpan<char> text, string value)
    {
        if (value.Length == 0 || char.IsSurrogate(value[0]))
        {
            return text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        }

        var firsts = Firsts.GetOrAdd(value[0], static c => SearchValues.Create(EqualIgnoringCase(c)));
        var last = text.Length - value.Length; // the last position a match can start at
        var from = 0;
        while (from <= last)
        {
            var i = text.Slice(from, last - from + 1).IndexOfAny(firsts);
            if (i < 0)
            {
                return -1;
            }

            var at = from + i;
            if (text.Slice(at, value.Length).Equals(value, StringComparison.OrdinalIgnoreCase))
            {
                return at;
            }

            from = at + 1;
        }

        return -1;
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="value"/> ignoring case (ordinal).</summary>
    public static bool Contains(ReadOnlySpan<char> text, string value) => IndexOf(text, value) >= 0;

    /// <summary>Every character whose upper case is that of <paramref name="c"/>.</summary>
    internal static char[] EqualIgnoringCase(char c)
    {
        var upper = char.ToUpperInvariant(c);
        var chars = new List<char>();
        void Add(char x)
        {
            if (char.ToUpperInvariant(x) == upper && !chars.Contains(x))
            {
                chars.Add(x);
            }
        }

        Add(c);
        Add(upper);
        Add(char.ToLowerInvariant(upper));
        foreach (var x in Irregular())
        {
            Add(x);
        }

        return [.. chars];
    }

    /// <summary>
    /// The characters that are neither their own upper case nor the lower case of it ("ı", "ſ", "ς", ...): the only
    /// ones besides a letter's two cases that can equal it ignoring case. Found once, over every character.
    /// </summary>
    private static char[] Irregular()
    {
        if (s_irregular is { } known)
        {
            return known;
        }

        var found = new List<char>();
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var x = (char)i;
            if (char.IsSurrogate(x))
            {
                continue;
            }

            var upper = char.ToUpperInvariant(x);
            if (upper != x && char.ToLowerInvariant(upper) != x)
            {
                found.Add(x);
            }
        }

        return s_irregular = [.. found];
    }
}
