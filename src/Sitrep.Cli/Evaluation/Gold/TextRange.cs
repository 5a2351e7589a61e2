namespace Sitrep.Cli.Evaluation.Gold;

/// <summary>A half-open character range [Start, End) of a document's text.</summary>
public readonly record struct TextRange(int Start, int End)
{
    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;

    public bool Contains(TextRange other) => Start <= other.Start && other.End <= End;

    public int OverlapLength(TextRange other) => Math.Max(0, Math.Min(End, other.End) - Math.Max(Start, other.Start));
}

/// <summary>Finds an item's text in a document: the n-th occurrence, or the one nearest a given offset.</summary>
public static class SpanLocator
{
    /// <summary>The <paramref name="occurrence"/>-th (1-based) ordinal occurrence of <paramref name="needle"/>.</summary>
    public static TextRange? Find(string text, string needle, int occurrence)
    {
        if (needle.Length == 0 || occurrence < 1)
        {
            return null;
        }

        var at = -1;
        for (var n = 0; n < occurrence; n++)
        {
            at = text.IndexOf(needle, at + 1, StringComparison.Ordinal);
            if (at < 0)
            {
                return null;
            }
        }

        return new TextRange(at, at + needle.Length);
    }

    /// <summary>The occurrence of <paramref name="needle"/> whose start is nearest <paramref name="near"/>.</summary>
    public static TextRange? Nearest(string text, string needle, int near)
    {
        if (needle.Length == 0)
        {
            return null;
        }

        TextRange? best = null;
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            if (best is null || Math.Abs(at - near) < Math.Abs(best.Value.Start - near))
            {
                best = new TextRange(at, at + needle.Length);
            }
        }

        return best;
    }

    /// <summary>
    /// The range an item names. Gold (<paramref name="strict"/>): start/end when given (they must agree with
    /// <c>text</c> if both are given), else the <c>occurrence</c>-th match of <c>text</c>. Predictions: start/end when
    /// they agree with <c>text</c>, else the match of <c>text</c> nearest <c>start</c>, else the occurrence.
    /// </summary>
    public static TextRange? Locate(string document, string? itemText, int? occurrence, int? start, int? end, bool strict)
    {
        var inRange = start is { } s && end is { } e && s >= 0 && s <= e && e <= document.Length;
        if (inRange && (itemText is null || document.AsSpan(start!.Value, end!.Value - start.Value).SequenceEqual(itemText)))
        {
            return new TextRange(start!.Value, end!.Value);
        }

        if (itemText is null || (strict && start is not null))
        {
            return null;
        }

        if (!strict && start is { } near && occurrence is null)
        {
            return Nearest(document, itemText, near);
        }

        return Find(document, itemText, occurrence ?? 1);
    }
}
