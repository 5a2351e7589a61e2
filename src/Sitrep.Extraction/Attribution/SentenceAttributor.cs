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
    private readonly Token[] _tokens;
    private readonly QuoteMap _quotes;
    private readonly SpeakerResolver _resolver;
    private readonly AttributionLexicon _lexicon;
    private readonly List<string> _documentVia = [];

    public SentenceAttributor(Document document, Token[] tokens, QuoteMap quotes, SpeakerResolver resolver, AttributionLexicon lexicon)
    {
        _document = document;
        _tokens = tokens;
        _quotes = quotes;
        _resolver = resolver;
        _lexicon = lexicon;
        if (document.Metadata.Outlet is { Length: > 0 } outlet)
        {
            _documentVia.Add(lexicon.Registry.FindByName(outlet)?.Name ?? OutletName(outlet));
        }
    }

    private static readonly string[] FeedSuffixes = ["latest", "latest news", "news", "rss", "feed", "home", "top stories", "all stories", "новини", "новости"];

    /// <summary>A feed's title names its outlet: "Eastern Front Wire - Latest" is Eastern Front Wire.</summary>
    internal static string OutletName(string outlet)
    {
        var name = outlet.Trim();
        var cut = name.LastIndexOfAny(['-', '–', '—', '|', ':']);
        if (cut > 0 && cut < name.Length - 1 && char.IsWhiteSpace(name[cut - 1])
            && Array.Exists(FeedSuffixes, f => name[(cut + 1)..].Trim().Equals(f, StringComparison.OrdinalIgnoreCase)))
        {
            return name[..cut].TrimEnd();
        }

        return name;
    }

    public bool HasCue(int s) => Cues(s).Count > 0;

    public string? HedgeOf(int s)
    {
        var sentence = _document.Sentences[s];
        var found = _lexicon.Hedges.FindAll(_document.Text, _tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
        return found.Count > 0 ? found[0].Span.Slice(_document.Text).ToString().ToLowerInvariant() : null;
    }

    /// <summary>
    /// The attributions of one sentence: usually one; several when the sentence joins statements of different
    /// speakers ("Russia claims X; Ukraine says Y"), each then spanning its own clause.
    /// </summary>
    public List<Model.Attribution> Attribute(int s)
    {
        var result = new List<Model.Attribution>();
        var cues = Cues(s);
        var sentence = _document.Sentences[s];
        if (cues.Count == 0)
        {
            _resolver.NoteMentions(sentence.FirstToken, sentence.FirstToken + sentence.TokenCount, s);
            return result;
        }

        var first = sentence.FirstToken;
        var limit = first + sentence.TokenCount;
        var chain = Chain(s, cues, first, limit);
        var anonymous = AnonymousOutsideQuotes(first, limit);
        if (!chain.Exists(c => !c.Outer))
        {
            if (!anonymous)
            {
                return result;
            }

            // "A Ukrainian military source ... told AP": the side named before the cue is the source's
            var sides = _lexicon.Sides.FindAll(_document.Text, _tokens, first, cues[0].FirstToken);
            var side = sides.Count > 0 && !_quotes.InsideQuote(sides[0].FirstToken) ? sides[0].Value : null;
            chain.Add(new ChainEntry(new ResolvedSpeaker("anonymous source", SpeakerType.Anonymous, side, null, null), cues[0].Value, cues[0].Span, cues[0].FirstToken, cues[0].EndToken, false));
        }

        var segmentStart = first;
        var segment = new List<ChainEntry>();
        foreach (var entry in chain)
        {
            // split only before a speaker who opens a statement of their own; ", Syrskyi said." closes the one before
            if (!entry.Outer && !entry.Speaker.IsOutlet && entry.Cue.Kind is CueKind.Speech or CueKind.SpeakerFollows
                && WordsBetween(entry.CueEnd, limit) >= 3
                && segment.Exists(e => !e.Outer && !e.Speaker.IsOutlet) && !segment.Exists(e => e.Cue.Kind == CueKind.Citing)
                && Boundary(segment[^1].CueEnd, entry.PhraseStart) is var boundary and >= 0)
            {
                var last = boundary - 1;
                while (last > segmentStart && _tokens[last].Kind == TokenKind.Punctuation)
                {
                    last--;
                }

                result.Add(Build(s, segment, anonymous, segmentStart, last + 1));
                segment.Clear();
                segmentStart = boundary + 1;
            }

            segment.Add(entry);
        }

        result.Add(Build(s, segment, anonymous, segmentStart, limit));
        return result;
    }

    private List<ChainEntry> Chain(int s, List<PhraseMatch<Cue>> cues, int first, int limit)
    {
        var phrase = new SpeakerPhrase(_document.Text, _tokens, _lexicon);
        var chain = new List<ChainEntry>();
        var floor = first;
        foreach (var match in cues)
        {
            var cue = match.Value;
            ResolvedSpeaker? speaker = null;
            var phraseStart = match.FirstToken;
            switch (cue.Kind)
            {
                case CueKind.Speech:
                    // "it said", "he also said", "it had reported": the pronoun before the verb and the words that may stand between
                    var pronoun = match.FirstToken - 1;
                    while (pronoun > floor && pronoun > match.FirstToken - 3 && SpeakerLexicon.Skippable.Contains(_document.Text, _tokens[pronoun]))
                    {
                        pronoun--;
                    }

                    if (phrase.IsPronoun(pronoun) && pronoun >= floor)
                    {
                        speaker = _resolver.ResolvePronoun(phrase.Word(pronoun), s);
                        phraseStart = pronoun;
                        break;
                    }

                    var (bs, be) = phrase.Before(floor, match.FirstToken);
                    var appositive = false;
                    if (be <= bs)
                    {
                        (bs, be) = phrase.Appositive(floor, match.FirstToken);
                        appositive = be > bs;
                    }

                    if (be > bs && _resolver.RegistryStart(floor, be) is { } longer && longer < bs)
                    {
                        bs = longer; // "Министерство обороны России сообщило": the registry knows the whole name
                    }
                    else if (be <= bs && _resolver.RegistryStart(floor, match.FirstToken) is { } named)
                    {
                        (bs, be) = (named, match.FirstToken); // "Речник Сил оборони півдня спростував"
                    }

                    speaker = _resolver.Resolve(bs, be);
                    if (appositive && speaker is { Side: null, Actor: null } && _resolver.SideOfRange(be, match.FirstToken) is { } side)
                    {
                        speaker = speaker with { Side = side }; // "Hrytsenko, commander of the 110th Mechanized Brigade, said"
                    }

                    phraseStart = be > bs ? bs : phraseStart;
                    var (afs, afe) = phrase.After(match.EndToken, limit);
                    var inverted = _document.Language != "en" || match.FirstToken == first || _tokens[match.FirstToken - 1].Kind == TokenKind.Punctuation;
                    if (cue.Told)
                    {
                        if (_resolver.Resolve(afs, afe) is { IsOutlet: true } listener)
                        {
                            chain.Add(new ChainEntry(listener, cue, match.Span, afs, match.EndToken, true));
                        }
                    }
                    else if (speaker is null && inverted)
                    {
                        // '..., said the ministry': only an inverted cue takes its speaker from after it; a registry
                        // name there, inflected words and all ("у Сумській обласній військовій адміністрації"), first
                        speaker = _resolver.RegistryAt(match.EndToken, limit) ?? _resolver.Resolve(afs, afe);
                    }
                    else if (speaker is not { Actor: not null } && match.FirstToken > first && IsComma(match.FirstToken - 1)
                        && _resolver.Resolve(afs, afe) is { Actor: not null } named)
                    {
                        // "..., вошли в Купянск, написал Денис Пушилин": a known speaker after the cue beats a word before the comma
                        speaker = named;
                        phraseStart = afs;
                    }

                    break;
                case CueKind.SpeakerFollows or CueKind.PassiveBy or CueKind.Citing:
                    if (cue.Kind == CueKind.Citing && RelayBefore(phrase, floor, match.FirstToken, chain) is { } relay)
                    {
                        // "Reuters, citing TASS": the outlet before the cue passed the words on
                        chain.Add(new ChainEntry(relay.Speaker, cue, match.Span, relay.Start, match.FirstToken, false));
                    }

                    var (fs, fe) = phrase.After(match.EndToken, limit);
                    // "повідомили у Сумській обласній військовій адміністрації": a registry name right after the cue,
                    // inflected words and all, beats the capitalised words of the phrase
                    speaker = _resolver.RegistryAt(match.EndToken, limit) ?? _resolver.Resolve(fs, fe);
                    if (speaker is null && cue.Kind == CueKind.SpeakerFollows
                        && ((match.EndToken < limit && SpeakerLexicon.PossessivePronouns.Contains(_document.Text, _tokens[match.EndToken]))
                            || PronounCue(cue.Verb)))
                    {
                        // "По его словам, ...", "За її словами, ...", "according to him": the person who spoke before,
                        // else the last speaker ("Об этом сообщил губернатор области. По его словам, ...")
                        speaker = _resolver.ResolvePronoun("he", s) ?? _resolver.ResolvePronoun("they", s);
                    }

                    break;
                case CueKind.QuotedBy:
                    var (qs, qe) = phrase.After(match.EndToken, limit);
                    if (_resolver.Resolve(qs, qe) is { } quoter)
                    {
                        chain.Add(new ChainEntry(quoter, cue, match.Span, qs, match.EndToken, true));
                    }

                    // "Fedorov was quoted by Ukrinform as saying": the one quoted stands before the cue
                    var (ps, pe) = phrase.Before(floor, match.FirstToken);
                    if (pe > ps && _resolver.Resolve(ps, pe) is { IsOutlet: false } quoted)
                    {
                        speaker = quoted;
                        phraseStart = ps;
                    }

                    break;
            }

            if (speaker is not null)
            {
                chain.Add(new ChainEntry(speaker, cue, match.Span, phraseStart, match.EndToken, false));
            }

            floor = match.EndToken;
        }

        return chain;
    }

    private bool IsComma(int i) => _tokens[i].Kind == TokenKind.Punctuation && _document.Text[_tokens[i].Start] == ',';

    /// <summary>An outlet named just before a "citing" cue, unless the chain already has it.</summary>
    private (ResolvedSpeaker Speaker, int Start)? RelayBefore(SpeakerPhrase phrase, int floor, int cue, List<ChainEntry> chain)
    {
        var at = cue;
        if (at - 1 >= floor && _tokens[at - 1].Kind == TokenKind.Punctuation && _document.Text[_tokens[at - 1].Start] == ',')
        {
            at--; // "Reuters, citing TASS"
        }

        var (start, end) = phrase.Before(floor, at);
        if (end <= start || _resolver.Resolve(start, end) is not { IsOutlet: true } outlet
            || chain.Exists(c => string.Equals(c.Speaker.Name, outlet.Name, StringComparison.OrdinalIgnoreCase)))
        {
            return null;
        }

        return (outlet, start);
    }

    private int WordsBetween(int from, int to)
    {
        var words = 0;
        for (var i = from; i < to; i++)
        {
            if (_tokens[i].Kind is TokenKind.Word or TokenKind.Number)
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
            var w = _tokens[i].Chars(_document.Text);
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
        var span = new TextSpan(_tokens[firstToken].Start, endToken == sentence.FirstToken + sentence.TokenCount ? sentence.End : _tokens[endToken - 1].End);
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
        var who = entry.Speaker;
        if (anonymous && who.Actor is null && who.Type != SpeakerType.Anonymous)
        {
            who = who with { Type = SpeakerType.Anonymous };
        }

        if (who.Side is null && who.Actor is null && who.Type is SpeakerType.Government or SpeakerType.MilitaryUnit && _document.Language == "uk")
        {
            // in Ukrainian-language reporting an unqualified "Генштаб", "командування", "бригада" is Ukraine's own
            who = who with { Side = "UA" };
        }

        var via = new List<string>(_documentVia);
        AddAll(via, chain.Where(c => c.Outer).Select(c => c.Speaker.Name), who.Name);
        var relays = new List<string>();
        for (var k = 0; k < chain.Count; k++)
        {
            if (k != chosen && !chain[k].Outer && Relay(k))
            {
                relays.Add(chain[k].Speaker.Name);
            }
        }

        AddAll(via, relays, who.Name);
        if (chain.Exists(c => c.Cue.Kind == CueKind.Citing) && chain.TrueForAll(c => c.Outer || c.Speaker.IsOutlet))
        {
            // "News.Az reports, citing Al Jazeera": later statements in the document reached us the same way.
            AddAll(_documentVia, [.. chain.Where(c => !c.Outer).Select(c => c.Speaker.Name)], null);
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
            Medium = MediumOf(firstToken, endToken),
            Via = via,
            Verb = verbSpan.Slice(_document.Text).ToString().ToLowerInvariant(),
        };
    }

    /// <summary>A speaker found at a cue; <c>Outer</c> marks an outlet the words were told to or quoted by.</summary>
    private readonly record struct ChainEntry(ResolvedSpeaker Speaker, Cue Cue, TextSpan CueSpan, int PhraseStart, int CueEnd, bool Outer);

    private List<PhraseMatch<Cue>> Cues(int s)
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

    private string? MediumOf(int first, int limit)
    {
        var found = _lexicon.Media.FindAll(_document.Text, _tokens, first, limit);
        foreach (var m in found)
        {
            if (_quotes.InsideQuote(m.FirstToken) || AfterComplementizer(first, m.FirstToken) || OthersMedium(first, m.FirstToken))
            {
                continue;
            }

            return m.Value;
        }

        return null;
    }

    /// <summary>"claimed that ... a statement": a medium word inside the reported clause is not the speaker's channel.</summary>
    private bool AfterComplementizer(int first, int at)
    {
        for (var i = at - 1; i >= first; i--)
        {
            if (_tokens[i].Chars(_document.Text) is "that" or "що" or "что")
            {
                // "..., that the corps said on Telegram": a cue after the "that" makes the medium that speaker's
                return _lexicon.Cues.FindAll(_document.Text, _tokens, i + 1, at).Count == 0;
            }
        }

        return false;
    }

    /// <summary>"dismissed the Russian statement", "Moscow's video": a medium owned by someone else.</summary>
    private bool OthersMedium(int first, int at)
    {
        if (at <= first)
        {
            return false;
        }

        var before = _tokens[at - 1].Chars(_document.Text);
        return _lexicon.Sides.TryMatch(_document.Text, _tokens, at - 1, at, out _, out _)
            || before.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || before.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);
    }

    private bool AnonymousOutsideQuotes(int first, int limit)
    {
        foreach (var m in _lexicon.Anonymous.FindAll(_document.Text, _tokens, first, limit))
        {
            if (!_quotes.InsideQuote(m.FirstToken))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddAll(List<string> into, IEnumerable<string> items, string? except)
    {
        foreach (var item in items)
        {
            if (item != except && !into.Contains(item, StringComparer.OrdinalIgnoreCase))
            {
                into.Add(item);
            }
        }
    }

    /// <summary>A cue with the pronoun inside it: "по его словам", "за її словами".</summary>
    private static bool PronounCue(string verb)
    {
        foreach (var word in verb.Split(' '))
        {
            if (SpeakerLexicon.PossessivePronouns.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
