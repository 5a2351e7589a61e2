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

    public static ShingleSet Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = ShingleSimilarity.Words(text);
        if (words.Count == 0)
        {
            return new ShingleSet("", [], []);
        }

        var line = string.Join(' ', words);
        var wordStarts = new int[words.Count];
        for (int i = 1, at = 0; i < words.Count; i++)
        {
            at += words[i - 1].Length + 1;
            wordStarts[i] = at;
        }

        var size = ShingleSimilarity.ShingleSize;
        var count = words.Count < size ? 1 : words.Count - size + 1;
        var spans = new (int Start, int Length)[count];
        for (var i = 0; i < count; i++)
        {
            var last = Math.Min(i + size, words.Count) - 1;
            spans[i] = (wordStarts[i], wordStarts[last] + words[last].Length - wordStarts[i]);
        }

        Array.Sort(spans, (a, b) => line.AsSpan(a.Start, a.Length).SequenceCompareTo(line.AsSpan(b.Start, b.Length)));
        var distinct = new List<(int Start, int Length)>(count);
        foreach (var span in spans)
        {
            if (distinct.Count == 0 || !line.AsSpan(distinct[^1].Start, distinct[^1].Length).SequenceEqual(line.AsSpan(span.Start, span.Length)))
            {
                distinct.Add(span);
            }
        }

        return new ShingleSet(line, [.. distinct.Select(d => d.Start)], [.. distinct.Select(d => d.Length)]);
    }

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
