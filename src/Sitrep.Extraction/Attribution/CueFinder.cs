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
            if (!_quotes.InsideQuote(m.FirstToken) && !IsNoun(m, sentence.FirstToken) && !ThingPostedBy(m, sentence.FirstToken))
            {
                _found.Add(m);
            }
        }

        if (_found.Count == 0 && QuoteAfterName(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) is { } colon)
        {
            _found.Add(colon);
        }

        if (CallingFalse(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) is { } calling
            && !StartsAt(_found, calling.FirstToken))
        {
            _found.Add(calling);
            _found.Sort((a, b) => a.FirstToken.CompareTo(b.FirstToken));
        }

        return _found;
    }

    private static bool StartsAt(List<PhraseMatch<Cue>> found, int token)
    {
        foreach (var f in found)
        {
            if (f.FirstToken == token)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] StatementNouns =
    [
        "statement", "statements", "post", "posts", "report", "reports", "message", "messages", "update", "updates",
        "announcement", "notice", "summary", "bulletin", "communique", "communiqué", "briefing", "readout",
    ];

    /// <summary>
    /// "Photographs released by the State Emergency Service": "posted by", "issued by", "released by" name a speaker
    /// only after a statement noun ("a statement posted by the regional police"), not after pictures or goods.
    /// </summary>
    private bool ThingPostedBy(PhraseMatch<Cue> cue, int sentenceStart)
    {
        if (cue.Value.Kind != CueKind.PassiveBy || cue.Value.Verb is not ("posted by" or "issued by" or "released by"))
        {
            return false;
        }

        if (cue.FirstToken <= sentenceStart)
        {
            return true;
        }

        var before = Tokens[cue.FirstToken - 1].Chars(_document.Text);
        foreach (var noun in StatementNouns)
        {
            if (before.Equals(noun, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    private static readonly WordSet CallingVerbs = new(
    [
        "called", "calls", "call", "described", "describes", "branded", "labelled", "labeled",
        "назвав", "назвала", "назвали", "назвало", "називає", "називають", "назвал", "называет", "называют",
    ]);

    private static readonly string[] FalseStems =
    [
        "false", "untrue", "fake", "lie", "lies", "baseless", "fabricat", "nonsense", "disinformation", "propaganda",
        "неправд", "фейк", "брехн", "вигадк", "вигадан", "дезінформ", "ложн", "ложь", "лжив", "дезинформ", "выдумк", "вымысл",
    ];

    /// <summary>
    /// "В ОСУВ це назвали неправдою", "назвала заяву про Затишшя неправдивою", "called the claim false": calling a
    /// statement false denies it, the caller speaking. A calling verb with a word of falsity among the six words after it.
    /// </summary>
    private PhraseMatch<Cue>? CallingFalse(int first, int limit)
    {
        var tokens = Tokens;
        var text = _document.Text;
        for (var i = first; i < limit; i++)
        {
            if (tokens[i].Kind != TokenKind.Word || _quotes.InsideQuote(i) || !CallingVerbs.Contains(text, tokens[i]))
            {
                continue;
            }

            for (var j = i + 1; j < limit && j <= i + 7; j++)
            {
                if (tokens[j].Kind == TokenKind.Punctuation && text[tokens[j].Start] is '.' or ';' or ',')
                {
                    break;
                }

                if (tokens[j].Kind == TokenKind.Word && StartsWithAny(tokens[j].Chars(text), FalseStems))
                {
                    return new PhraseMatch<Cue>(i, 1, new TextSpan(tokens[i].Start, tokens[i].End),
                        new Cue(tokens[i].Chars(text).ToString().ToLowerInvariant(), CueKind.Speech, true));
                }
            }
        }

        return null;

        static bool StartsWithAny(ReadOnlySpan<char> word, string[] stems)
        {
            foreach (var stem in stems)
            {
                if (word.StartsWith(stem, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }
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
        if (CallingFalse(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) is not null)
        {
            return true;
        }

        if (QuoteAfterName(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) is not null)
        {
            return true;
        }

        foreach (var m in _lexicon.Cues.Scan(_document.Text, Tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount))
        {
            if (!_quotes.InsideQuote(m.FirstToken) && !IsNoun(m, sentence.FirstToken) && !ThingPostedBy(m, sentence.FirstToken))
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
