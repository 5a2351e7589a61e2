using Sitrep.Core.Documents;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>
/// The registry actors named in each whole sentence of a document, found the first time a sentence is asked about and
/// kept: the war context, the unit names among the triggers, each trigger's actors and the candidate places all ask
/// for the same sentence's actors. The lists are shared: callers only read them.
/// </summary>
internal sealed class SentenceActors(Document document)
{
    private readonly List<PhraseMatch<Actor>>?[] _found = new List<PhraseMatch<Actor>>?[document.Sentences.Count];

    /// <summary><c>ActorRegistry.Default.FindAll</c> over the tokens of sentence <paramref name="s"/>.</summary>
    public List<PhraseMatch<Actor>> Of(int s)
    {
        if (_found[s] is { } found)
        {
            return found;
        }

        var sentence = document.Sentences[s];
        return _found[s] = Registry(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
    }

    /// <summary>The actors of the sentence whose tokens are exactly [<paramref name="first"/>, <paramref name="limit"/>), else of that range.</summary>
    public List<PhraseMatch<Actor>> Of(int first, int limit)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(document.Tokens);
        if (first < limit && first < tokens.Length)
        {
            var s = tokens[first].SentenceIndex;
            if ((uint)s < (uint)_found.Length && document.Sentences[s].FirstToken == first && first + document.Sentences[s].TokenCount == limit)
            {
                return Of(s);
            }
        }

        return Registry(first, limit);
    }

    /// <summary>
    /// <c>ActorRegistry.Default.FindAll</c> over tokens [<paramref name="first"/>, <paramref name="limit"/>), read from
    /// the document's registry names (<see cref="RegistryMatches"/>: found once over the whole document, by the
    /// attribution stage before this one) instead of matched again.
    /// </summary>
    private List<PhraseMatch<Actor>> Registry(int first, int limit) =>
        [.. RegistryMatches.Of(document.Text, document.Tokens, ActorRegistry.Default).In(first, limit)];
}
