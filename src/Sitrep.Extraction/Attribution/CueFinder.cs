using System.Runtime.InteropServices;
using Sitrep.Core.Documents;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>The reporting cues of a sentence: outside quotation marks, and not a reporting word used as a noun ("the claims").</summary>
internal sealed class CueFinder
{
    private readonly Document _document;
    private readonly List<Token> _tokenList;
    private readonly QuoteMap _quotes;
    private readonly AttributionLexicon _lexicon;
    private readonly List<PhraseMatch<Cue>> _found = [];

    public CueFinder(Document document, List<Token> tokens, QuoteMap quotes, AttributionLexicon lexicon)
    {
        _document = document;
        _tokenList = tokens;
        _quotes = quotes;
        _lexicon = lexicon;
    }

    private ReadOnlySpan<Token> Tokens => CollectionsMarshal.AsSpan(_tokenList);

    /// <summary>The cues of sentence <paramref name="s"/>, in a list the next call reuses.</summary>
    public List<PhraseMatch<Cue>> Find(int s)
    {
        var sentence = _document.Sentences[s];
        _found.Clear();
        foreach (var m in _lexicon.Cues.Scan(_document.Text, Tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount))
        {
            if (!_quotes.InsideQuote(m.FirstToken) && !IsNoun(m, sentence.FirstToken))
            {
                _found.Add(m);
            }
        }

        if (_found.Count == 0 && QuoteAfterName(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) is { } colon)
        {
            _found.Add(colon);
        }

        return _found;
    }

    /// <summary>
    /// "Голова ОВА Іван Федоров: «Ворог ...»", "Vadym Filashkin: \"...\"": a name of two capitalised words, a colon and
    /// an opening quotation mark introduce the quoted words, as a reporting verb would.
    /// </summary>
    private PhraseMatch<Cue>? QuoteAfterName(int first, int limit)
    {
        var tokens = Tokens;
        var text = _document.Text;
        for (var i = first + 2; i + 1 < limit; i++)
        {
            var colon = tokens[i];
            if (colon.Kind != TokenKind.Punctuation || text[colon.Start] != ':' || _quotes.InsideQuote(i)
                || tokens[i + 1].Kind != TokenKind.Punctuation || !Languages.PhraseGaps.IsQuoteMark(text[tokens[i + 1].Start])
                || !Capitalised(tokens[i - 1]) || !Capitalised(tokens[i - 2]))
            {
                continue;
            }

            return new PhraseMatch<Cue>(i, 1, new TextSpan(colon.Start, colon.End), new Cue(":", CueKind.Speech, false));
        }

        return null;

        bool Capitalised(Token t) => t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]);
    }

    /// <summary>Whether sentence <paramref name="s"/> has a cue.</summary>
    public bool Any(int s)
    {
        var sentence = _document.Sentences[s];
        if (QuoteAfterName(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) is not null)
        {
            return true;
        }

        foreach (var m in _lexicon.Cues.Scan(_document.Text, Tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount))
        {
            if (!_quotes.InsideQuote(m.FirstToken) && !IsNoun(m, sentence.FirstToken))
            {
                return true;
            }
        }

        return false;
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

        if (cue.TokenCount == 1 && cue.EndToken < Tokens.Length && Tokens[cue.EndToken].Chars(_document.Text) is "are" or "were"
            && cue.Span.Slice(_document.Text).EndsWith("s"))
        {
            return true;
        }

        var before = Tokens[cue.FirstToken - 1].Chars(_document.Text);
        if (cue.FirstToken - 2 >= sentenceStart && Tokens[cue.FirstToken - 2].Chars(_document.Text) is "to" or "of" or "by"
            && before.EndsWith("ian", StringComparison.Ordinal) && cue.Span.Slice(_document.Text).EndsWith("s")
            && _lexicon.Sides.TryMatch(_document.Text, Tokens, cue.FirstToken - 1, cue.FirstToken, out _, out _))
        {
            return true; // "according to Ukrainian estimates": a side's estimates, not Ukrainians estimating
        }

        return SpeakerLexicon.Determiners.Contains(before) || before is "these" or "such" or "those" or "this"
            || before.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || before.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);
    }
}
