using Sitrep.Core.Model;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Captures the same story puts in doubt: a later sentence about the place that denies it ("Ukraine's army
/// dismissed the claim", "troops still control it") or that cannot confirm it ("we have not observed evidence").
/// Such a capture is a claim for the claims ledger, not a change of hands.
/// </summary>
internal sealed partial class EventAssembler
{
    private static readonly string[] DoubtPhrases =
    [
        "denied", "denies", "deny", "dismissed the claim", "rejected the claim", "fairy tale", "not been captured",
        "still control", "still controls", "still hold", "still holds", "still held", "remains under the control",
        "is under the control", "not observed evidence", "no evidence", "not been able to confirm", "could not confirm",
        "could not be verified", "cannot be verified", "unconfirmed", "not confirmed",
        "спростували", "спростував", "заперечують", "під контролем сил оборони", "не підтверджено",
        "опровергли", "опроверг", "не подтверждено",
    ];

    private static readonly Lazy<PhraseIndex<bool>> Doubts = new(() =>
    {
        var index = new PhraseIndex<bool>();
        foreach (var phrase in DoubtPhrases)
        {
            index.Add(phrase, true);
        }

        return index;
    });

    /// <summary>Whether some sentence of the document that names the place doubts or denies a change of hands there.</summary>
    private bool DisputedInDocument(long geonameId)
    {
        for (var s = 0; s < _document.Sentences.Count; s++)
        {
            if (!_mentions.Places(s).Exists(geonameId, static (p, id) => p.GeonameId == id) && !FollowsPlace(s, geonameId))
            {
                continue;
            }

            var sentence = _document.Sentences[s];
            if (Doubts.Value.Any(_document.Text, _tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"... claimed the capture of Uspenivka. We have not observed evidence": the sentence right after one naming the place.</summary>
    private bool FollowsPlace(int s, long geonameId) =>
        s > 0 && _document.Sentences[s].Paragraph == _document.Sentences[s - 1].Paragraph
        && _mentions.Places(s - 1).Exists(geonameId, static (p, id) => p.GeonameId == id) && _mentions.Places(s).Count == 0;
}
