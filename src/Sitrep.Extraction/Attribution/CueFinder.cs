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
            if (!_quotes.InsideQuote(m.FirstToken) && !IsNoun(m, sentence.FirstToken) && !ThingPostedBy(m, sentence.FirstToken)
                && !UncountedRecord(m))
            {
                _found.Add(m);
            }
        }

        if (_found.Count == 0 && QuoteAfterName(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) is { } colon)
        {
            _found.Add(colon);
        }

        if (_found.Count == 0 && AnswerLabel(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) is { } label)
        {
            _found.Add(label);
        }

        if (_found.Count == 0 && RepostHeader(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) is { } repost)
        {
            _found.Add(repost);
        }

        if (LeadingVerb(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) is { } leading
            && _found.TrueForAll(f => f.FirstToken == leading.EndToken + 1))
        {
            // the participle itself may read as a verb of another language ("заявив" is Ukrainian "said"): the leading verb speaks
            _found.Clear();
            _found.Add(leading);
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

    /// <summary>Words that open a repost's header: "Репост из канала «...»:", "Переслано з каналу «...»:", "Forwarded from ...:".</summary>
    public static readonly WordSet RepostWords = new(["репост", "переслано", "пересланное", "переслане", "forwarded", "reposted", "repost"]);

    /// <summary>Whether an attribution's verb is a repost header's ("переслано з каналу", "репост из канала").</summary>
    public static bool IsRepost(string verb)
    {
        var space = verb.IndexOf(' ');
        return RepostWords.Contains(space < 0 ? verb : verb[..space]);
    }

    /// <summary>
    /// A repost's header at the opening of its sentence, a repost word, at most four words, a name in quotation marks and a
    /// colon: "Репост из канала «Южный рубеж»:", "Переслано з каналу «Донецький вектор»:", "Forwarded from "Steppe
    /// Dispatch":". The quoted channel speaks the words after it (a cue whose speaker follows, the name in quotation marks).
    /// </summary>
    private PhraseMatch<Cue>? RepostHeader(int first, int limit)
    {
        var tokens = Tokens;
        var text = _document.Text;
        for (var i = first; i < limit && i <= first + 1; i++)
        {
            if (!RepostWords.Contains(text, tokens[i]))
            {
                continue;
            }

            for (var j = i + 1; j < limit && j <= i + 5; j++)
            {
                if (tokens[j].Kind != TokenKind.Punctuation || !Languages.PhraseGaps.IsQuoteMark(text[tokens[j].Start]))
                {
                    continue;
                }

                // the closing mark and the colon after the name
                for (var k = j + 2; k + 1 < limit && k <= j + 6; k++)
                {
                    if (tokens[k].Kind == TokenKind.Punctuation && Languages.PhraseGaps.IsQuoteMark(text[tokens[k].Start]) && tokens[k + 1].Chars(text) is ":")
                    {
                        return new PhraseMatch<Cue>(i, j - i, new TextSpan(tokens[i].Start, tokens[j - 1].End),
                            new Cue("repost", CueKind.SpeakerFollows, false));
                    }
                }

                break;
            }
        }

        return null;
    }

    /// <summary>Participles of saying that open a statement after a clause of another verb: "went further, claiming that".</summary>
    private static readonly WordSet LeadParticiples = new(
    [
        "claiming", "saying", "insisting", "arguing", "alleging", "asserting", "adding", "noting", "stressing", "warning",
        "заявивши", "стверджуючи", "заявляючи", "додавши", "наголосивши", "наполягаючи",
        "заявив", "утверждая", "заявляя", "добавив", "подчеркнув", "настаивая",
    ]);

    /// <summary>English past forms that end in no "-ed": the verbs of "went further", "hit back", "struck back".</summary>
    private static readonly WordSet IrregularPast = new(
    [
        "went", "hit", "struck", "took", "came", "fought", "spoke", "wrote", "gave", "made", "shot", "stood", "held", "broke",
    ]);

    /// <summary>
    /// "A pro-Kremlin military blogger went further, claiming that ...", "Міністерство пішло ще далі, заявивши, що ...",
    /// "Блогер пошёл дальше, утверждая, что ...": a sentence with no reporting verb whose main verb (a past form within
    /// three words before the comma) is followed by a participle of saying and "that" ("що", "что"; "saying" may go
    /// without it). The subject before the verb speaks; the verb phrase is a cue that leads into the participle's
    /// statement and makes none itself.
    /// </summary>
    private PhraseMatch<Cue>? LeadingVerb(int first, int limit)
    {
        var tokens = Tokens;
        var text = _document.Text;
        for (var i = first + 2; i + 1 < limit; i++)
        {
            // the comma first: one character, where the participles are a lookup of every word
            if (tokens[i - 1].Text(text) is not "," || !LeadParticiples.Contains(text, tokens[i]) || _quotes.InsideQuote(i))
            {
                continue;
            }

            var after = tokens[i + 1].Chars(text) is "," && i + 2 < limit ? i + 2 : i + 1; // "заявивши, що"
            var next = tokens[after].Chars(text);
            if (!(next is "that" or "що" or "что" || (tokens[i].Chars(text) is "saying" && tokens[after].Kind == TokenKind.Word)))
            {
                continue;
            }

            var comma = i - 1;
            for (var j = comma - 1; j > first && j >= comma - 3; j--)
            {
                if (tokens[j].Kind != TokenKind.Word || tokens[j - 1].Kind != TokenKind.Word)
                {
                    break;
                }

                if (char.IsLower(text[tokens[j].Start]) && PastVerb(tokens[j].Chars(text)))
                {
                    var span = new TextSpan(tokens[j].Start, tokens[comma - 1].End);
                    return new PhraseMatch<Cue>(j, comma - j, span, new Cue(span.Slice(text).ToString().ToLowerInvariant(), CueKind.Speech, false, Leads: true));
                }
            }
        }

        return null;

        bool PastVerb(ReadOnlySpan<char> word) => _document.Language switch
        {
            "uk" => word.Length >= 4 && (word.EndsWith("в") || word.EndsWith("ла") || word.EndsWith("ли") || word.EndsWith("ло")),
            "ru" => word.Length >= 4 && (word.EndsWith("л") || word.EndsWith("ла") || word.EndsWith("ли") || word.EndsWith("ло") || word.EndsWith("ёл")),
            _ => (word.Length >= 5 && word.EndsWith("ed")) || IrregularPast.Contains(word),
        };
    }

    private bool? _labelled;

    /// <summary>
    /// "Hnatiuk: No, it is not true.", "Гнатюк: Ні, це неправда.", "Гнатюк: Нет, это неправда.": in an interview whose
    /// lines are labelled by who speaks (<see cref="LabelledInterview"/>), the label of an answer line that opens the
    /// sentence, and its colon, introduce the words after it as a reporting verb would; a question line says nothing.
    /// </summary>
    private PhraseMatch<Cue>? AnswerLabel(int first, int limit)
    {
        var tokens = Tokens;
        var text = _document.Text;
        if (first >= limit)
        {
            return null;
        }

        var line = LabelledInterview.LineOf(text, tokens[first].Start);
        if (!text.AsSpan(line, tokens[first].Start - line).IsWhiteSpace() || !LabelledInterview.IsAnswerLine(text, line))
        {
            return null;
        }

        var end = text.IndexOf('\n', line);
        if (LabelledInterview.Label(text, line, end < 0 ? text.Length : end) is not { } colon || !(_labelled ??= LabelledInterview.Is(text)))
        {
            return null;
        }

        for (var i = first + 1; i < limit && tokens[i].Start <= colon; i++)
        {
            if (tokens[i].Start == colon && tokens[i].Kind == TokenKind.Punctuation)
            {
                return new PhraseMatch<Cue>(i, 1, new TextSpan(tokens[i].Start, tokens[i].End), new Cue(":", CueKind.Speech, false));
            }
        }

        return null;
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

        if (AnswerLabel(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) is not null)
        {
            return true;
        }

        if (LeadingVerb(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) is not null
            || RepostHeader(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount) is not null)
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

    /// <summary>Verbs of recording that report only as a count: "the mission recorded at least 19 civilians killed".</summary>
    private static readonly WordSet RecordVerbs = new(
    [
        "recorded", "documented", "зафіксувала", "зафіксували", "зафіксувало", "зафіксував", "задокументувала",
        "задокументували", "зафиксировала", "зафиксировали", "зафиксировало", "зафиксировал", "задокументировала",
        "задокументировали",
    ]);

    /// <summary>Words that open a count after a verb of recording.</summary>
    private static readonly WordSet CountOpeners = new(
    [
        "at", "more", "over", "nearly", "almost", "about", "around", "some", "щонайменше", "понад", "близько", "майже",
        "не", "менше", "більше", "около", "более", "почти", "свыше", "по", "минимум", "dozens", "hundreds", "десятки", "сотні", "сотни",
    ]);

    /// <summary>
    /// "Hits were recorded in the Saltivskyi district", "Investigators recorded craters": a verb of recording reports a
    /// statement only when a count follows it ("recorded at least 19 civilians killed", "зафіксувала 46 загиблих").
    /// </summary>
    private bool UncountedRecord(PhraseMatch<Cue> cue)
    {
        var tokens = Tokens;
        if (cue.TokenCount != 1 || !RecordVerbs.Contains(_document.Text, tokens[cue.FirstToken]))
        {
            return false;
        }

        var next = cue.EndToken;
        return next >= tokens.Length || (tokens[next].Kind != TokenKind.Number && !CountOpeners.Contains(_document.Text, tokens[next]));
    }

    /// <summary>Verbs of telling whose object may be a topic alone: "розповів про бої", "рассказал о последствиях", "told reporters about".</summary>
    private static readonly WordSet NarratingVerbs = new(
    [
        "розповів", "розповіла", "розповіли", "розповіло", "розповідає", "розповідають",
        "рассказал", "рассказала", "рассказали", "рассказало", "рассказывает", "рассказывают",
        "told", "spoke", "talked",
    ]);

    /// <summary>Prepositions that name what the telling was about.</summary>
    private static readonly WordSet TopicPrepositions = new(["про", "о", "об", "обо", "about"]);

    /// <summary>Words that open the content of what was told after its topic: "про те, що", "о том, что", "that".</summary>
    private static readonly WordSet ContentOpeners = new(["що", "что", "that", "як", "как", "how", "чому", "почему", "why"]);

    /// <summary>
    /// "Глава ОВА в видеообращении рассказал о последствиях ночной атаки на Харьков.", "Командир ... розповів нашому
    /// виданню про бої за Сіверськ.": a verb of telling followed (past an addressee of up to three words) by "про"/"о"/
    /// "about" and a topic, with no clause of content in the rest of the sentence and no quotation in it, names what was
    /// told about, not what was said: the sentence introduces the speaker (who is remembered for "По его словам" after
    /// it) and is no statement. Not after a quotation or a dash ("«...», — розповів він про бій" keeps its quoted words).
    /// </summary>
    public bool TopicOnly(PhraseMatch<Cue> cue, int first, int limit)
    {
        var tokens = Tokens;
        var text = _document.Text;
        if (cue.Value.Kind != CueKind.Speech || !NarratingVerbs.Contains(text, tokens[cue.FirstToken]))
        {
            return false;
        }

        var about = -1;
        for (var i = cue.EndToken; i < limit && i <= cue.EndToken + 3; i++)
        {
            if (tokens[i].Kind != TokenKind.Word)
            {
                return false;
            }

            if (TopicPrepositions.Contains(text, tokens[i]))
            {
                about = i;
                break;
            }
        }

        if (about < 0)
        {
            return false;
        }

        for (var i = first; i < limit; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Punctuation && (PhraseGaps.IsQuoteMark(text[token.Start]) || text[token.Start] is '—' or '–' or ':'))
            {
                return false;
            }

            if (i > about && token.Kind == TokenKind.Word && ContentOpeners.Contains(text, token))
            {
                return false; // "рассказал о том, что ...", "told reporters about the attack and said that ..."
            }
        }

        return true;
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
        if (cue.TokenCount == 1 && _document.Language == "en" && before.EndsWith("ian", StringComparison.Ordinal)
            && cue.Span.Slice(_document.Text).EndsWith("s")
            && _lexicon.Sides.TryMatch(_document.Text, Tokens, cue.FirstToken - 1, cue.FirstToken, out _, out _))
        {
            return true; // "Asked about Russian claims that the city had been surrounded": a side's claims, no one speaking
        }

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
