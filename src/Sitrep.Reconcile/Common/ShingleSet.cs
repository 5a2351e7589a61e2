using System.Buffers;

namespace Sitrep.Reconcile.Common;

/// <summary>
/// The distinct shingles of a text (<see cref="ShingleSimilarity"/>), kept compactly: the text's words lower-cased
/// and joined by single spaces, and each shingle as the start of a span of that line (a shingle is three consecutive
/// words joined by spaces, or all the words when there are fewer) with a 32-bit hash of it. The shingles are ordered
/// by hash, and shingles of equal hash by ordinal order, so <see cref="Jaccard"/> walks two sets comparing numbers
/// and compares characters only where the hashes are equal (a shared shingle, or rarely a collision). It is exactly
/// <see cref="ShingleSimilarity.Jaccard(string, string)"/> of the texts, at a fraction of the memory of the shingle
/// strings, for stores that keep many prepared reports.
/// </summary>
public sealed class ShingleSet
{
    private readonly string line;
    private readonly int[] starts;
    private readonly uint[] hashes;

    private ShingleSet(string line, int[] starts, uint[] hashes)
    {
        this.line = line;
        this.starts = starts;
        this.hashes = hashes;
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
            var keys = new ulong[count];
            for (var i = 0; i < count; i++)
            {
                var last = Math.Min(i + size, words) - 1;
                var shingle = line.AsSpan(bounds[i], bounds[last] + WordLength(bounds, last, words, length) - bounds[i]);
                keys[i] = ((ulong)Hash(shingle) << 32) | (uint)i;
            }

            Array.Sort(keys);
            var starts = new int[count];
            var hashes = new uint[count];
            var distinct = 0;
            for (var run = 0; run < count;)
            {
                var hash = (uint)(keys[run] >> 32);
                var end = run + 1;
                while (end < count && (uint)(keys[end] >> 32) == hash)
                {
                    end++;
                }

                // shingles of one hash: in ordinal order, each once
                var first = distinct;
                for (var k = run; k < end; k++)
                {
                    var start = bounds[(int)(uint)keys[k]];
                    var at = first;
                    var c = 1;
                    while (at < distinct && (c = Compare(line, start, starts[at])) > 0)
                    {
                        at++;
                    }

                    if (at < distinct && c == 0)
                    {
                        continue;
                    }

                    Array.Copy(starts, at, starts, at + 1, distinct - at);
                    starts[at] = start;
                    hashes[distinct++] = hash;
                }

                run = end;
            }

            return new ShingleSet(line, distinct == count ? starts : starts[..distinct], distinct == count ? hashes : hashes[..distinct]);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(bounds);
        }
    }

    /// <summary>FNV-1a over the characters: any hash gives the same sets and scores, a good one fewer comparisons.</summary>
    private static uint Hash(ReadOnlySpan<char> shingle)
    {
        var hash = 2166136261u;
        foreach (var c in shingle)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }

    /// <summary>Ordinal order of the shingles starting at two positions of one line.</summary>
    private static int Compare(string line, int a, int b) => Shingle(line, a).SequenceCompareTo(Shingle(line, b));

    /// <summary>The shingle starting at <paramref name="start"/>: up to the space after its last word, or the line's end.</summary>
    private static ReadOnlySpan<char> Shingle(string line, int start)
    {
        var rest = line.AsSpan(start);
        var spaces = 0;
        for (var i = 0; i < rest.Length; i++)
        {
            if (rest[i] == ' ' && ++spaces == ShingleSimilarity.ShingleSize)
            {
                return rest[..i];
            }
        }

        return rest;
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

        var (ha, hb) = (a.hashes, b.hashes);
        var common = 0;
        var (i, j) = (0, 0);
        while (i < ha.Length && j < hb.Length)
        {
            if (ha[i] < hb[j])
            {
                i++;
            }
            else if (ha[i] > hb[j])
            {
                j++;
            }
            else
            {
                var c = Shingle(a.line, a.starts[i]).SequenceCompareTo(Shingle(b.line, b.starts[j]));
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
        }

        return (double)common / (a.Count + b.Count - common);
    }

    /// <summary>Whether <see cref="Jaccard"/> of the two sets is at least <paramref name="threshold"/>; sets whose
    /// sizes alone rule it out (the score is at most the smaller count over the larger) are not compared.</summary>
    public static bool JaccardAtLeast(ShingleSet a, ShingleSet b, double threshold)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var (small, large) = a.Count <= b.Count ? (a.Count, b.Count) : (b.Count, a.Count);
        if (large > 0 && (double)small / large < threshold)
        {
            return false;
        }

        return Jaccard(a, b) >= threshold;
    }
}
