using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
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
            _documentVia.Add(lexicon.Registry.FindByName(outlet)?.Name ?? outlet.Trim());
        }
    }

    public bool HasCue(int s) => Cues(s).Count > 0;

    public string? HedgeOf(int s)
    {
        var sentence = _document.Sentences[s];
        var found = _lexicon.Hedges.FindAll(_document.Text, _tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
        return found.Count > 0 ? found[0].Span.Slice(_document.Text).ToString().ToLowerInvariant() : null;
    }

    public Model.Attribution? Attribute(int s)
    {
        var cues = Cues(s);
        if (cues.Count == 0)
        {
            return null;
        }

        var sentence = _document.Sentences[s];
        var first = sentence.FirstToken;
        var limit = first + sentence.TokenCount;
        var phrase = new SpeakerPhrase(_document.Text, _tokens, _lexicon);
        var chain = new List<(ResolvedSpeaker Speaker, Cue Cue, TextSpan CueSpan)>();
        var outer = new List<string>();
        var floor = first;
        foreach (var match in cues)
        {
            var cue = match.Value;
            ResolvedSpeaker? speaker = null;
            switch (cue.Kind)
            {
                case CueKind.Speech:
                    if (phrase.IsPronoun(match.FirstToken - 1) && match.FirstToken - 1 >= floor)
                    {
                        speaker = _resolver.ResolvePronoun(phrase.Word(match.FirstToken - 1), s);
                        break;
                    }

                    var (bs, be) = phrase.Before(floor, match.FirstToken);
                    if (be <= bs)
                    {
                        (bs, be) = phrase.Appositive(floor, match.FirstToken);
                    }

                    speaker = _resolver.Resolve(bs, be);
                    var (afs, afe) = phrase.After(match.EndToken, limit);
                    if (cue.Told)
                    {
                        if (_resolver.Resolve(afs, afe) is { IsOutlet: true } listener)
                        {
                            outer.Add(listener.Name);
                        }
                    }
                    else if (speaker is null)
                    {
                        speaker = _resolver.Resolve(afs, afe);
                    }

                    break;
                case CueKind.SpeakerFollows or CueKind.PassiveBy or CueKind.Citing:
                    var (fs, fe) = phrase.After(match.EndToken, limit);
                    speaker = _resolver.Resolve(fs, fe);
                    break;
                case CueKind.QuotedBy:
                    var (qs, qe) = phrase.After(match.EndToken, limit);
                    if (_resolver.Resolve(qs, qe) is { } quoter)
                    {
                        outer.Add(quoter.Name);
                    }

                    break;
            }

            if (speaker is not null)
            {
                chain.Add((speaker, cue, match.Span));
            }

            floor = match.EndToken;
        }

        var anonymous = AnonymousOutsideQuotes(first, limit);
        if (chain.Count == 0)
        {
            if (!anonymous)
            {
                return null;
            }

            chain.Add((new ResolvedSpeaker("anonymous source", SpeakerType.Anonymous, null, null, null), cues[0].Value, cues[0].Span));
        }

        var chosen = chain.FindLastIndex(c => !c.Speaker.IsOutlet);
        if (chosen < 0)
        {
            chosen = chain.Count - 1;
        }

        var (who, how, cueSpan) = chain[chosen];
        if (anonymous && who.Actor is null && who.Type != SpeakerType.Anonymous)
        {
            who = who with { Type = SpeakerType.Anonymous };
        }

        var via = new List<string>(_documentVia);
        AddAll(via, outer, who.Name);
        var relays = new List<string>();
        for (var k = 0; k < chosen; k++)
        {
            if (chain[k].Speaker.IsOutlet)
            {
                relays.Add(chain[k].Speaker.Name);
            }
        }

        AddAll(via, relays, who.Name);
        if (chain.TrueForAll(c => c.Speaker.IsOutlet) && chain.Exists(c => c.Cue.Kind == CueKind.Citing))
        {
            // "News.Az reports, citing Al Jazeera": later statements in the document reached us the same way.
            AddAll(_documentVia, [.. chain.Select(c => c.Speaker.Name)], null);
        }

        via.Remove(who.Name);
        _resolver.Remember(who, s);
        var verbSpan = cueSpan;
        if (how.Kind == CueKind.Citing && chain.FindIndex(c => c.Cue.Kind == CueKind.Speech) is var speech and >= 0)
        {
            verbSpan = chain[speech].CueSpan;
        }

        return new Model.Attribution
        {
            Span = sentence.Span,
            SpeakerSpan = who.Span,
            Speaker = who.Name,
            SpeakerType = who.Type,
            Side = who.Side,
            Medium = MediumOf(first, limit),
            Via = via,
            Verb = verbSpan.Slice(_document.Text).ToString().ToLowerInvariant(),
        };
    }

    private List<PhraseMatch<Cue>> Cues(int s)
    {
        var sentence = _document.Sentences[s];
        var all = _lexicon.Cues.FindAll(_document.Text, _tokens, sentence.FirstToken, sentence.FirstToken + sentence.TokenCount);
        all.RemoveAll(m => _quotes.InsideQuote(m.FirstToken));
        return all;
    }

    private string? MediumOf(int first, int limit)
    {
        var found = _lexicon.Media.FindAll(_document.Text, _tokens, first, limit);
        foreach (var m in found)
        {
            if (!_quotes.InsideQuote(m.FirstToken))
            {
                return m.Value;
            }
        }

        return null;
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
}
