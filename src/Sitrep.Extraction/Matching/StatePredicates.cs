namespace Sitrep.Extraction.Matching;

/// <summary>
/// <see cref="List{T}.RemoveAll"/>, <see cref="List{T}.Exists"/> and <see cref="List{T}.TrueForAll"/> with the
/// predicate's state passed in (a ref struct too, such as a sentence's view of the tokens), so that a <c>static</c> lambda can be used: a lambda that captures locals allocates
/// a closure and a delegate at every call, which on the per-sentence paths of the stages adds up.
/// </summary>
internal static class StatePredicates
{
    /// <summary>Removes the items that match, keeping the order of the others; the predicate sees each item once, in order.</summary>
    public static int RemoveAll<T, TState>(this List<T> list, TState state, Func<T, TState, bool> match)
        where TState : allows ref struct
    {
        var kept = 0;
        for (var i = 0; i < list.Count; i++)
        {
            var item = list[i];
            if (!match(item, state))
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

    public static bool Exists<T, TState>(this List<T> list, TState state, Func<T, TState, bool> match)
        where TState : allows ref struct
    {
        foreach (var item in list)
        {
            if (match(item, state))
            {
                return true;
            }
        }

        return false;
    }

    public static bool TrueForAll<T, TState>(this List<T> list, TState state, Func<T, TState, bool> match)
        where TState : allows ref struct
    {
        foreach (var item in list)
        {
            if (!match(item, state))
            {
                return false;
            }
        }

        return true;
    }
}
