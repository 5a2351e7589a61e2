using System.Runtime.InteropServices;
using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;
using Model = Sitrep.Core.Model;

namespace Sitrep.Extraction.Attribution;

/// <summary>Attributes one sentence at a time; keeps the document's relay chain and speaker memory.</summary>
internal sealed class SentenceAttributor
{
    private readonly Document _document;
    private readonly List<Token> _tokenList;
    private readonly QuoteMap _quotes;
    private readonly SpeakerResolver _resolver;
    private readonly AttributionLexicon _lexicon;
    private readonly CueFinder _cues;
    private readonly SpeakerChain _chain;
    private readonly MediumFinder _media;
    private readonly UnitSides _units;
    private readonly List<string> _documentVia = [];
    private readonly List<Model.Attribution> _result = [];
    private readonly List<ChainEntry> _segment = [];

    public SentenceAttributor(Document document, List<Token> tokens, QuoteMap quotes, SpeakerResolver resolver, AttributionLexicon lexicon)
    {
        _document = document;
        _tokenList = tokens;
        _quotes = quotes;
        _resolver = resolver;
        _lexicon = lexicon;
        _cues = new CueFinder(document, tokens, quotes, lexicon);
        _chain = new SpeakerChain(document, tokens, resolver, lexicon);
        _media = new MediumFinder(document, tokens, quotes, lexicon);
        _units = new UnitSides(document.Text, tokens, lexicon);
        if (document.Metadata.Outlet is { Length: > 0 } outlet)
        {
            _documentVia.Add(lexicon.OutletName(outlet));
        }
    }

    private ReadOnlySpan<Token> Tokens => CollectionsMarshal.AsSpan(_tokenList);

    /// <summary>Bodies both armies name alike, as this document's statements showed them to be (<see cref="TwinBody"/>).</summary>
    private readonly Dictionary<string, Actors.Actor> _twins = new(StringComparer.Ordinal);

    public bool HasCue(int s) => _cues.Any(s);

    public string? HedgeOf(int s)
    {
        var sentence = _document.Sentences[s];
        return _lexicon.Hedges.TryFirst(_document.Text, Tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, out var found)
            ? found.Span.Slice(_document.Text).ToString().ToLowerInvariant()
            : null;
    }

    /// <summary>
    /// The attributions of one sentence: usually one; several when the sentence joins statements of different
    /// speakers ("Russia claims X; Ukraine says Y"), each then spanning its own clause. The list is reused by the
    /// next call.
    /// </summary>
    /// <summary>The speaker the last sentence attributed introduced without a statement ("розповів нашому виданню про бої"), or null.</summary>
    public Model.Attribution? Introduced { get; private set; }

    public List<Model.Attribution> Attribute(int s)
    {
        var result = _result;
        result.Clear();
        Introduced = null;
        var cues = _cues.Find(s);
        var sentence = _document.Sentences[s];
        if (cues.Count == 0)
        {
            _resolver.NoteMentions(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, s);
            return result;
        }

        var first = sentence.FirstToken;
        var limit = first + sentence.TokenCount;
        var introduces = cues.TrueForAll(c => _cues.TopicOnly(c, first, limit));
        var chain = _chain.Read(s, cues, first, limit);
        var anonymous = AnonymousOutsideQuotes(first, limit);
        if (!chain.Exists(c => !c.Outer))
        {
            if (!anonymous)
            {
                return result;
            }

            // "A Ukrainian military source ... told AP": the side named before the cue is the source's; after "according to"
            // the source follows the cue and the words before it are the statement's ("Ukraine has moved two brigades,
            // according to two people familiar with the decision": no side of the people's)
            var (sideFrom, sideTo) = cues[0].Value.Kind == CueKind.SpeakerFollows ? (cues[0].EndToken, PhraseEnd(cues[0].EndToken, limit)) : (first, cues[0].FirstToken);
            var side = _lexicon.Sides.TryFirst(_document.Text, Tokens, sideFrom, sideTo, out var named) && !_quotes.InsideQuote(named.FirstToken)
                ? named.Value
                : null;
            chain.Add(new ChainEntry(new ResolvedSpeaker("anonymous source", SpeakerType.Anonymous, side, null, null), cues[0].Value, cues[0].Span, cues[0].FirstToken, cues[0].EndToken, false));
        }

        var segmentStart = first;
        var segment = _segment;
        segment.Clear();
        foreach (var entry in chain)
        {
            // split only before a speaker who opens a statement of their own; ", Syrskyi said." closes the one before
            // two channels or outlets speaking in clauses of their own ("The channel X wrote that ..., while the channel Y
            // said ...") split at a clause word, not at a comma alone
            if (!entry.Outer && entry.Cue.Kind is CueKind.Speech or CueKind.SpeakerFollows
                && WordsBetween(entry.CueEnd, limit) >= 3 && segment.Count > 0
                && !segment.Exists(e => e.Cue.Kind == CueKind.Citing)
                && Boundary(segment[^1].CueEnd, entry.PhraseStart) is var boundary and >= 0
                && ((!entry.Speaker.IsOutlet && segment.Exists(e => !e.Outer && !e.Speaker.IsOutlet))
                    || (segment.Exists(e => !e.Outer) && Tokens[boundary].Text(_document.Text) is ";" or "while" or "whereas" or "but")))
            {
                var last = boundary - 1;
                while (last > segmentStart && Tokens[last].Kind == TokenKind.Punctuation)
                {
                    last--;
                }

                AddStatements(result, s, segment, anonymous, segmentStart, last + 1);
                segment.Clear();
                segmentStart = boundary + 1;
            }

            segment.Add(entry);
        }

        var (clauseStart, clauseEnd) = HeadlineClause(segment, segmentStart, limit);
        AddStatements(result, s, segment, anonymous, clauseStart, clauseEnd);
        Introduced = null;
        if (introduces && result.Count > 0)
        {
            // "Олег Тарасенко в видеообращении рассказал о последствиях атаки": the speaker is remembered (also for the
            // answers of an interview the sentence introduces), nothing was said
            Introduced = result[^1];
            result.Clear();
        }

        return result;
    }

    /// <summary>Where the phrase after "according to" ends: at the first comma, semicolon or colon after it, else the sentence's end.</summary>
    private int PhraseEnd(int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            if (Tokens[i].Text(_document.Text) is "," or ";" or ":")
            {
                return i;
            }
        }

        return limit;
    }

    /// <summary>
    /// In a headline (a sentence with no closing full stop, "!" or "?"), ";" parts news items: a statement is the clause
    /// of its cue ("Drones hit Kharkiv substation; Moscow says it struck energy sites" is Moscow's "it struck energy
    /// sites"; "Kyiv says its troops hold the town; drones hit Odesa port" ends at the ";"). Elsewhere, and with no ";"
    /// around the cue, the segment as it is.
    /// </summary>
    private (int Start, int End) HeadlineClause(List<ChainEntry> segment, int start, int end)
    {
        var tokens = Tokens;
        if (segment.Count == 0 || end <= start || tokens[end - 1].Text(_document.Text) is "." or "!" or "?" or "\u2026"
            || (end - 2 >= start && tokens[end - 1].Kind == TokenKind.Punctuation && tokens[end - 2].Text(_document.Text) is "." or "!" or "?"))
        {
            return (start, end);
        }

        var phraseStart = int.MaxValue;
        var cueEnd = 0;
        foreach (var entry in segment)
        {
            phraseStart = Math.Min(phraseStart, entry.PhraseStart);
            cueEnd = Math.Max(cueEnd, entry.CueEnd);
        }

        for (var i = Math.Min(phraseStart, end) - 1; i >= start; i--)
        {
            if (tokens[i].Text(_document.Text) is ";" && !_quotes.InsideQuote(i))
            {
                start = i + 1;
                break;
            }
        }

        for (var i = Math.Max(cueEnd, start); i < end; i++)
        {
            if (tokens[i].Text(_document.Text) is ";" && !_quotes.InsideQuote(i))
            {
                end = i;
                break;
            }
        }

        return (start, end);
    }

    /// <summary>
    /// The statement of one speaker's segment, or two when a participle of saying after the verb opens a statement of
    /// its own: "..., the administration said, adding that trains were running again", "..., saying fighting was
    /// continuing", "..., — написав він, додавши, що ...", "..., заявил он, добавив, что ...". The second statement has
    /// the same speaker and chain and spans the words after the participle (and "that", "що", "что").
    /// </summary>
    private void AddStatements(List<Model.Attribution> result, int s, List<ChainEntry> segment, bool anonymous, int firstToken, int endToken)
    {
        if (AddedStatement(segment, firstToken, endToken) is var (comma, opens))
        {
            var last = comma - 1;
            while (last > firstToken && Tokens[last].Kind == TokenKind.Punctuation)
            {
                last--;
            }

            var added = Build(s, segment, anonymous, opens, endToken);
            if (segment.Exists(e => e.Cue.Leads))
            {
                result.Add(added); // "went further, claiming that ...": the leading verb says nothing of its own
                return;
            }

            var said = Build(s, segment, anonymous, firstToken, last + 1);
            result.Add(said);
            result.Add(added with { Medium = added.Medium ?? said.Medium }); // "said on Telegram, adding that ...": the same channel
            return;
        }

        result.Add(Build(s, segment, anonymous, firstToken, endToken));
    }

    /// <summary>Participles of saying that add a statement: "adding that", "saying", "додавши, що", "добавив, что".</summary>
    private static readonly WordSet EnglishAdding = new(
    [
        "adding", "saying", "noting", "stressing", "warning", "explaining", "insisting", "stating", "claiming", "arguing", "alleging", "asserting",
    ]);

    private static readonly WordSet UkrainianAdding = new(
    [
        "додавши", "наголосивши", "зазначивши", "заявивши", "уточнивши", "підкресливши", "пояснивши", "попередивши", "повідомивши",
        "стверджуючи", "заявляючи", "наполягаючи",
    ]);

    private static readonly WordSet RussianAdding = new(
    [
        "добавив", "отметив", "подчеркнув", "заявив", "уточнив", "пояснив", "предупредив", "сообщив", "указав",
        "утверждая", "заявляя", "настаивая",
    ]);

    /// <summary>
    /// The comma before a participle of saying that follows the segment's verb outside quotation marks, and the first
    /// token of the added statement; null when there is none or fewer than three words follow.
    /// </summary>
    private (int Comma, int Opens)? AddedStatement(List<ChainEntry> segment, int firstToken, int endToken)
    {
        var verbEnd = int.MaxValue;
        foreach (var e in segment)
        {
            if (!e.Outer)
            {
                verbEnd = Math.Min(verbEnd, e.CueEnd);
            }
        }

        var words = _document.Language switch { "uk" => UkrainianAdding, "ru" => RussianAdding, _ => EnglishAdding };
        var text = _document.Text;
        for (var i = Math.Max(firstToken + 1, verbEnd); i + 1 < endToken; i++)
        {
            if (!words.Contains(text, Tokens[i]) || Tokens[i - 1].Text(text) is not "," || _quotes.InsideQuote(i))
            {
                continue;
            }

            var opens = i + 1;
            if (Tokens[opens].Text(text) is ",")
            {
                opens++;
            }

            var conjunction = opens < endToken && Tokens[opens].Text(text) is "that" or "що" or "что";
            if (conjunction)
            {
                opens++;
            }
            else if (_document.Language != "en")
            {
                continue; // "додавши, що ...": a Ukrainian or Russian participle adds a statement with its conjunction
            }

            if (WordsBetween(opens, endToken) >= 3)
            {
                return (i - 1, opens);
            }
        }

        return null;
    }

    private int WordsBetween(int from, int to)
    {
        var words = 0;
        for (var i = from; i < to; i++)
        {
            if (Tokens[i].Kind is TokenKind.Word or TokenKind.Number)
            {
                words++;
            }
        }

        return words;
    }

    /// <summary>A clause boundary (';', ',', "but", "while") between two tokens, or -1.</summary>
    private int Boundary(int from, int to)
    {
        for (var i = to - 1; i >= from; i--)
        {
            var w = Tokens[i].Chars(_document.Text);
            if (w is ";" or "," or "but" or "while" or "whereas" or "але" or "а" or "но" or "тоді")
            {
                return i;
            }
        }

        return -1;
    }

    private Model.Attribution Build(int s, List<ChainEntry> chain, bool anonymous, int firstToken, int endToken)
    {
        var sentence = _document.Sentences[s];
        var span = new TextSpan(Tokens[firstToken].Start, endToken == sentence.FirstToken + sentence.TokenCount ? sentence.End : Tokens[endToken - 1].End);
        // "X reports, citing Y, that Z said": X and Y relayed the words (outlets, whether or not the registry knows them)
        bool Relay(int k) => chain[k].Speaker.IsOutlet || chain[k].Cue.Kind == CueKind.Citing
            || (k + 1 < chain.Count && chain[k + 1].Cue.Kind == CueKind.Citing && !chain[k + 1].Outer);
        var chosen = -1;
        for (var k = chain.Count - 1; k >= 0 && chosen < 0; k--)
        {
            if (!chain[k].Outer && !Relay(k))
            {
                chosen = k;
            }
        }

        if (chosen < 0)
        {
            chosen = chain.FindLastIndex(c => !c.Outer && !c.Speaker.IsOutlet);
        }
        if (chosen < 0)
        {
            chosen = chain.FindLastIndex(c => !c.Outer);
        }

        if (chosen < 0)
        {
            chosen = chain.Count - 1;
        }

        var entry = chain[chosen];
        var who = TwinBody.Choose(Refine(entry, anonymous, endToken), _document.Text, Tokens, firstToken, endToken, _twins);
        var via = new List<string>(_documentVia);
        foreach (var c in chain)
        {
            if (c.Outer)
            {
                AddNew(via, c.Speaker.Name, who.Name);
            }
        }

        for (var k = 0; k < chain.Count; k++)
        {
            if (k != chosen && !chain[k].Outer && Relay(k))
            {
                AddNew(via, chain[k].Speaker.Name, who.Name);
            }
        }

        if (chain.Exists(c => c.Cue.Kind == CueKind.Citing) && chain.TrueForAll(c => c.Outer || c.Speaker.IsOutlet))
        {
            // "News.Az reports, citing Al Jazeera": later statements in the document reached us the same way.
            foreach (var c in chain)
            {
                if (!c.Outer)
                {
                    AddNew(_documentVia, c.Speaker.Name, null);
                }
            }
        }

        via.Remove(who.Name);
        _resolver.Remember(who, s);
        var verbSpan = entry.CueSpan;
        if (entry.Cue.Kind == CueKind.Citing && chain.FindIndex(c => c.Cue.Kind == CueKind.Speech) is var speech and >= 0)
        {
            verbSpan = chain[speech].CueSpan;
        }

        return new Model.Attribution
        {
            Span = span,
            SpeakerSpan = who.Span,
            Speaker = who.Name,
            SpeakerType = who.Type,
            Side = who.Side,
            Medium = _media.MediumOf(firstToken, endToken),
            Via = via,
            Verb = verbSpan.Slice(_document.Text).ToString().ToLowerInvariant(),
        };
    }

    private bool AnonymousOutsideQuotes(int first, int limit)
    {
        foreach (var m in _lexicon.Anonymous.Scan(_document.Text, Tokens, first, limit))
        {
            if (!_quotes.InsideQuote(m.FirstToken))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The chosen speaker made precise: anonymous when the sentence says so; the side of the unit the story named, or
    /// Ukraine's for an unqualified body in Ukrainian-language reporting; the name in the nominative.
    /// </summary>
    private ResolvedSpeaker Refine(ChainEntry entry, bool anonymous, int endToken)
    {
        var who = entry.Speaker;
        if (anonymous && who.Actor is null && who.Type != SpeakerType.Anonymous)
        {
            who = who with { Type = SpeakerType.Anonymous };
        }
        else if (anonymous && who.Actor is not null && AnonymousInBody(entry.PhraseStart))
        {
            // "Джерело в Генштабі ЗСУ ... розповіло", "a source at the Defence Ministry said": someone inside the body,
            // unnamed, with the body's side, not the body speaking
            who = new ResolvedSpeaker("anonymous source", SpeakerType.Anonymous, who.Side, who.Span, null);
        }

        if (who.Side is null && who.Actor is null && who.Type is SpeakerType.Person or SpeakerType.MilitaryUnit
            && _units.SideOf(entry.PhraseStart, SpeakerEnd(entry, who, endToken)) is { } unitSide)
        {
            who = who with { Side = unitSide }; // "Petro Lysenko, a spokesman for the brigade": the brigade the story named
        }

        if (who.Side is null && who.Actor is null && who.Type == SpeakerType.Person
            && _resolver.AppositiveOfficeSide(SpeakerEnd(entry, who, endToken), endToken) is { } officeSide)
        {
            who = who with { Side = officeSide }; // "according to Vadym Lysenko, head of the city military administration"
        }

        if (who.Side is null && who.Actor is null && who.Type is SpeakerType.Government or SpeakerType.MilitaryUnit && _document.Language == "uk")
        {
            // in Ukrainian-language reporting an unqualified "Генштаб", "командування", "бригада" is Ukraine's own
            who = who with { Side = "UA" };
        }

        if (who.Actor is null && !who.IsOutlet && NominativeName.Of(who.Name, _document.Language) is var nominative
            && !ReferenceEquals(nominative, who.Name))
        {
            who = who with { Name = nominative }; // "повідомили в пресслужбі міської ради": the press service of the council
        }

        return who;
    }

    /// <summary>
    /// Whether an anonymous noun and a preposition stand right before the body's name at <paramref name="phraseStart"/>
    /// ("джерело в | Генштабі", "a source in | the General Staff"), or the phrase opens with one.
    /// </summary>
    private bool AnonymousInBody(int phraseStart)
    {
        var tokens = Tokens;
        for (var k = Math.Max(0, phraseStart - 4); k <= phraseStart && k < tokens.Length; k++)
        {
            if (!_lexicon.Anonymous.TryMatch(_document.Text, tokens, k, k + 1, out _, out _))
            {
                continue;
            }

            if (k == phraseStart)
            {
                return true;
            }

            var gap = k + 1;
            if (gap < phraseStart && tokens[gap].Text(_document.Text) is "в" or "у" or "во" or "in" or "at" or "from" or "within" or "close")
            {
                gap++;
                while (gap < phraseStart && SpeakerLexicon.Determiners.Contains(_document.Text, tokens[gap]))
                {
                    gap++;
                }

                if (gap == phraseStart)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>The token after the speaker's words and the cue, whichever ends later.</summary>
    private int SpeakerEnd(ChainEntry entry, ResolvedSpeaker who, int limit)
    {
        var end = entry.CueEnd;
        if (who.Span is { } words)
        {
            while (end < limit && Tokens[end].Start < words.End)
            {
                end++;
            }
        }

        return end;
    }

    private static void AddNew(List<string> into, string item, string? except)
    {
        if (item == except)
        {
            return;
        }

        foreach (var had in into)
        {
            if (string.Equals(had, item, StringComparison.OrdinalIgnoreCase))
            {
                return;
            }
        }

        into.Add(item);
    }
}
