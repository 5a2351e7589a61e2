using System.Buffers;

namespace Sitrep.Reconcile.Common;

/// <summary>
/// The distinct shingles of a text (<see cref="ShingleSimilarity"/>) in ordinal order, kept compactly: the text's
/// words lower-cased and joined by single spaces, and each shingle as a span of that line (a shingle is three
/// consecutive words joined by spaces, or all the words when there are fewer). <see cref="Jaccard"/> of two sets is
/// exactly <see cref="ShingleSimilarity.Jaccard(string, string)"/> of their texts, at a fraction of the memory of
/// the shingle strings, for stores that keep many prepared reports.
/// </summary>
public sealed class ShingleSet
{
    private readonly string line;
    private readonly int[] starts;
    private readonly int[] lengths;

    private ShingleSet(string line, int[] starts, int[] lengths)
    {
        this.line = line;
        this.starts = starts;
        this.lengths = lengths;
    }

    public int Count => starts.Length;

    /// <summary>The shingles of a text: its words (runs of letters and digits, as <see cref="ShingleSimilarity"/>
    /// reads them) lower-cased straight into one line, without a string per word; every stored report's evidence is
    /// read this way when it is compared.</summary>
    public static ShingleSet Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, text.Length));
        var bounds = ArrayPool<int>.Shared.Rent(text.Length / 2 + 2);
        try
        {
            var (length, words) = Line(text, chars, bounds);
            if (words == 0)
            {
                return new ShingleSet("", [], []);
            }

            var line = new string(chars, 0, length);
            var size = ShingleSimilarity.ShingleSize;
            var count = words < size ? 1 : words - size + 1;
            var spans = new (int Start, int Length)[count];
            for (var i = 0; i < count; i++)
            {
                var last = Math.Min(i + size, words) - 1;
                spans[i] = (bounds[i], bounds[last] + WordLength(bounds, last, words, length) - bounds[i]);
            }

            Array.Sort(spans, (a, b) => line.AsSpan(a.Start, a.Length).SequenceCompareTo(line.AsSpan(b.Start, b.Length)));
            var distinct = 0;
            for (var i = 0; i < spans.Length; i++)
            {
                if (distinct == 0 || !line.AsSpan(spans[distinct - 1].Start, spans[distinct - 1].Length).SequenceEqual(line.AsSpan(spans[i].Start, spans[i].Length)))
                {
                    spans[distinct++] = spans[i];
                }
            }

            var starts = new int[distinct];
            var lengths = new int[distinct];
            for (var i = 0; i < distinct; i++)
            {
                (starts[i], lengths[i]) = spans[i];
            }

            return new ShingleSet(line, starts, lengths);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(bounds);
        }
    }

    /// <summary>Writes the text's words, lower-cased and joined by single spaces, into <paramref name="line"/>, and
    /// each word's start in the line into <paramref name="starts"/>; returns the line's length and the word count.</summary>
    private static (int Length, int Words) Line(string text, char[] line, int[] starts)
    {
        var (length, words, start) = (0, 0, -1);
        for (var i = 0; i <= text.Length; i++)
        {
            var isWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                if (words > 0)
                {
                    line[length++] = ' ';
                }

                starts[words++] = length;
                length += text.AsSpan(start, i - start).ToLowerInvariant(line.AsSpan(length));
                start = -1;
            }
        }

        return (length, words);
    }

    /// <summary>A word's length in the line: up to the space before the next word, or to the line's end.</summary>
    private static int WordLength(int[] starts, int word, int words, int lineLength) =>
        word + 1 < words ? starts[word + 1] - 1 - starts[word] : lineLength - starts[word];

    /// <summary>Shared shingles over all distinct shingles of the two texts (0 when either has none).</summary>
    public static double Jaccard(ShingleSet a, ShingleSet b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return 0;
        }

        var common = 0;
        var (i, j) = (0, 0);
        while (i < a.Count && j < b.Count)
        {
            var c = a.Shingle(i).SequenceCompareTo(b.Shingle(j));
            if (c == 0)
            {
                common++;
                i++;
                j++;
            }
            else if (c < 0)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return (double)common / (a.Count + b.Count - common);
    }

    private ReadOnlySpan<char> Shingle(int i) => line.AsSpan(starts[i], lengths[i]);
}
