using Sitrep.Core.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// The text and tokens of a document with a sentence's token range, as the state of a static predicate: the tokens
/// are read in place (a span over the document's list), so no stage copies them into an array of its own.
/// </summary>
internal readonly ref struct SentenceView(string text, ReadOnlySpan<Token> tokens, int first, int limit)
{
    public string Text { get; } = text;

    public ReadOnlySpan<Token> Tokens { get; } = tokens;

    public int First { get; } = first;

    public int Limit { get; } = limit;
}

/// <summary><c>List.RemoveAll</c> and <c>List.Exists</c> with a <see cref="SentenceView"/> passed to a static predicate.</summary>
internal static class SentenceViewPredicates
{
    /// <summary>Removes the items that match, keeping the order of the others; the predicate sees each item once, in order.</summary>
    public static int RemoveWhere<T>(this List<T> list, SentenceView view, Func<T, SentenceView, bool> match)
    {
        var kept = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            if (!match(item, view))
            {
                if (kept != i)
                {
                    list[kept] = item;
                }

                kept++;
            }
        }

        var removed = list.Count - kept;
        if (removed > 0)
        {
            list.RemoveRange(kept, removed);
        }

        return removed;
    }

    public static bool AnyWhere<T>(this List<T> list, SentenceView view, Func<T, SentenceView, bool> match)
    {
        foreach (var item in list)
        {
            if (match(item, view))
            {
                return true;
            }
        }

        return false;
    }
}
