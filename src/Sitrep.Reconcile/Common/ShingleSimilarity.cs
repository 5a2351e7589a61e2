namespace Sitrep.Reconcile.Common;

/// <summary>
/// Jaccard similarity of word shingles (three consecutive words, case- and punctuation-insensitive).
/// Near-verbatim republications of a wire story score high; independent write-ups of the same event score low.
/// </summary>
public static class ShingleSimilarity
{
    public const int ShingleSize = 3;

    public static double Jaccard(string a, string b)
    {
        var sa = Shingles(a);
        var sb = Shingles(b);
        if (sa.Count == 0 || sb.Count == 0)
        {
            return 0;
        }

        var common = 0;
        foreach (var s in sa)
        {
            if (sb.Contains(s))
            {
                common++;
            }
        }

        return (double)common / (sa.Count + sb.Count - common);
    }

    public static HashSet<string> Shingles(string text)
    {
        var words = Words(text).ToArray();
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (words.Length < ShingleSize)
        {
            if (words.Length > 0)
            {
                set.Add(string.Join(' ', words));
            }

            return set;
        }

        for (var i = 0; i + ShingleSize <= words.Length; i++)
        {
            set.Add(string.Join(' ', words, i, ShingleSize));
        }

        return set;
    }

    internal static List<string> Words(string text)
    {
        var words = new List<string>();
        var span = text.AsSpan();
        var start = -1;
        for (var i = 0; i <= span.Length; i++)
        {
            var isWord = i < span.Length && char.IsLetterOrDigit(span[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(span[start..i].ToString().ToLowerInvariant());
                start = -1;
            }
        }

        return words;
    }
}
