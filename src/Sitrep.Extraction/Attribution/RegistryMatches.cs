using System.Runtime.InteropServices;
using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// The registry names of one document, found once over all of its tokens, and read back for any token range.
/// Left-to-right longest matching from a token the whole-document scan also starts at gives the same matches,
/// up to a match that runs past the range's end: so a range whose start is not inside a match and whose end
/// cuts none is a slice of the document's matches; any other range (rare) is matched on its own.
/// </summary>
internal sealed class RegistryMatches
{
    [ThreadStatic]
    private static RegistryMatches? t_last;

    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly ActorRegistry _registry;
    private readonly int _count;
    private List<PhraseMatch<Actor>>? _all;

    public RegistryMatches(string text, List<Token> tokens, ActorRegistry registry)
    {
        _text = text;
        _tokens = tokens;
        _registry = registry;
        _count = tokens.Count;
    }

    /// <summary>
    /// The readings of <paramref name="text"/>'s registry names on this thread: the attribution stage reads the whole
    /// document once, and the claims stage reads its statements' ranges back from the same reading instead of matching
    /// each range again. A new reading when the text, the token list or its length, or the registry differ.
    /// </summary>
    public static RegistryMatches Of(string text, List<Token> tokens, ActorRegistry registry)
    {
        if (t_last is { } last && ReferenceEquals(last._text, text) && ReferenceEquals(last._tokens, tokens)
            && ReferenceEquals(last._registry, registry) && last._count == tokens.Count)
        {
            return last;
        }

        return t_last = new RegistryMatches(text, tokens, registry);
    }

    /// <summary>The registry names of the whole document.</summary>
    public ReadOnlySpan<PhraseMatch<Actor>> All => CollectionsMarshal.AsSpan(_all ??= _registry.FindAll(_text, CollectionsMarshal.AsSpan(_tokens), 0, _tokens.Count));

    /// <summary>The registry names in tokens [from, to), as <see cref="ActorRegistry.FindAll"/> would list them.</summary>
    public ReadOnlySpan<PhraseMatch<Actor>> In(int from, int to)
    {
        if (to <= from)
        {
            return [];
        }

        var all = All;
        int lo = 0, hi = all.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (all[mid].EndToken <= from)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        // all[lo] is the first match ending after from: it must not start before from
        if (lo < all.Length && all[lo].FirstToken < from)
        {
            return CollectionsMarshal.AsSpan(_registry.FindAll(_text, CollectionsMarshal.AsSpan(_tokens), from, to));
        }

        var end = lo;
        while (end < all.Length && all[end].FirstToken < to)
        {
            if (all[end].EndToken > to)
            {
                return CollectionsMarshal.AsSpan(_registry.FindAll(_text, CollectionsMarshal.AsSpan(_tokens), from, to));
            }

            end++;
        }

        return all[lo..end];
    }

    /// <summary>Whether a registry name of the document starts at token <paramref name="i"/>.</summary>
    public bool StartsAt(int i)
    {
        foreach (var m in All)
        {
            if (m.FirstToken == i)
            {
                return true;
            }

            if (m.FirstToken > i)
            {
                break;
            }
        }

        return false;
    }
}
