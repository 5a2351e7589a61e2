using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

internal static partial class StoryPlace
{
    /// <summary>
    /// <see cref="Settlement"/> of each sentence, worked out the first time a search for a claim's place passes it and
    /// kept for the claims after it (the searches of neighbouring claims pass over the same sentences).
    /// </summary>
    private sealed class Settlements(Document document, SentenceMentions mentions, Dictionary<int, PlaceRef> claimed)
    {
        private readonly PlaceRef?[] _place = new PlaceRef?[document.Sentences.Count];
        private readonly byte[] _state = new byte[document.Sentences.Count];

        public PlaceRef? At(int s, out bool named)
        {
            if ((uint)s >= (uint)_state.Length)
            {
                return Settlement(document, mentions, claimed, s, out named);
            }

            if (_state[s] == 0)
            {
                _place[s] = Settlement(document, mentions, claimed, s, out var found);
                _state[s] = found ? (byte)2 : (byte)1;
            }

            named = _state[s] == 2;
            return _place[s];
        }
    }
}
