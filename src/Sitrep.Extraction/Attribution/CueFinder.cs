using Sitrep.Core.Documents;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>The reporting cues of a sentence: outside quotation marks, and not a reporting word used as a noun ("the claims").</summary>
internal sealed class CueFinder
{
    private readonly Document _document;
    private readonly Token[] _tokens;
    private readonly QuoteMap _quotes;
    private readonly AttributionLexicon _lexicon;

    public CueFinder(Document document, Token[] tokens, QuoteMap quotes, AttributionLexicon lexicon)
    {
        _document = document;
        _tokens = tokens;
        _quotes = quotes;
        _lexicon = lexicon;
    }

    public List<PhraseMatch<Cue>> Find(int s)
    {
        var sentence = _document.Sentences[s];
        var all = _lexicon.Cues.FindAll(_document.Text, _tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
        all.RemoveAll(m => _quotes.InsideQuote(m.FirstToken) || IsNoun(m, sentence.FirstToken));
        return all;
    }

    /// <summary>
    /// "the claims", "Russia's reports": a reporting word after a determiner or a possessive is a noun; so is one in -s
    /// before "are"/"were" ("Both claims are unconfirmed", "Such estimates were revised"), which no verb is.
    /// </summary>
    private bool IsNoun(PhraseMatch<Cue> cue, int sentenceStart)
    {
        if (cue.Value.Kind != CueKind.Speech || cue.FirstToken <= sentenceStart)
        {
            return false;
        }

        if (cue.TokenCount == 1 && cue.EndToken < _tokens.Length && _tokens[cue.EndToken].Chars(_document.Text) is "are" or "were"
            && cue.Span.Slice(_document.Text).EndsWith("s"))
        {
            return true;
        }

        var before = _tokens[cue.FirstToken - 1].Chars(_document.Text);
        if (cue.FirstToken - 2 >= sentenceStart && _tokens[cue.FirstToken - 2].Chars(_document.Text) is "to" or "of" or "by"
            && before.EndsWith("ian", StringComparison.Ordinal) && cue.Span.Slice(_document.Text).EndsWith("s")
            && _lexicon.Sides.TryMatch(_document.Text, _tokens, cue.FirstToken - 1, cue.FirstToken, out _, out _))
        {
            return true; // "according to Ukrainian estimates": a side's estimates, not Ukrainians estimating
        }

        return SpeakerLexicon.Determiners.Contains(before) || before is "these" or "such" or "those" or "this"
            || before.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || before.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);
    }
}
