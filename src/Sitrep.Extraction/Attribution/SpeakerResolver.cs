using System.Runtime.InteropServices;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// Turns a speaker phrase into a <see cref="ResolvedSpeaker"/>: a registry actor when one is named; a back-reference
/// ("the corps", "he", a surname) resolved to an earlier speaker of the document; an anonymous source; or a name
/// whose type and side are inferred from its head noun and adjectives. Holds the document's speaker memory.
/// </summary>
internal sealed partial class SpeakerResolver
{
    private readonly string _text;
    private readonly List<Token> _tokenList;
    private readonly AttributionLexicon _lexicon;
    private readonly List<PlaceMention> _places;
    private readonly SpeakerMemory _memory;
    private readonly SpeakerWords _words;
    private readonly RegistryMatches _named;

    private readonly string _language;

    public SpeakerResolver(string text, List<Token> tokens, AttributionLexicon lexicon, List<PlaceMention>? places = null, string language = "en")
    {
        _language = language;
        _text = text;
        _tokenList = tokens;
        _lexicon = lexicon;
        _places = places ?? [];
        _memory = new SpeakerMemory(text);
        _words = new SpeakerWords(text, tokens, lexicon);
        _named = RegistryMatches.Of(text, tokens, lexicon.Registry);
    }

    private ReadOnlySpan<Token> Tokens => CollectionsMarshal.AsSpan(_tokenList);

    public void Remember(ResolvedSpeaker speaker, int sentence) => _memory.Remember(speaker, sentence);

    /// <summary>
    /// Remembers the registry persons named in a sentence without a reporting cue ("Syrskyi visited the brigades"),
    /// so that a later "he said" or a bare surname can refer back to them.
    /// </summary>
    public void NoteMentions(int start, int end, int sentence)
    {
        foreach (var m in _named.In(start, end))
        {
            if (m.Value.Type == SpeakerType.Person)
            {
                Remember(new ResolvedSpeaker(m.Value.Name, m.Value.Type, _lexicon.Registry.SideOf(m.Value), m.Span, m.Value), sentence);
            }
        }
    }

    /// <summary>A registry actor named right at <paramref name="from"/> (after "в"/"у"): "як повідомили у 3-му армійському корпусі".</summary>
    public ResolvedSpeaker? RegistryAt(int from, int limit)
    {
        if (from < limit && Tokens[from].Text(_text) is "в" or "у" or "во" or "від" or "от" or "В" or "У" or "Во" or "Від" or "От")
        {
            from++;
        }

        // one or two lower-case Ukrainian or Russian adjectives may qualify the name: "из оценки американского Института
        // изучения войны" (not "that" of "claimed that Russian units ...")
        var reach = from;
        while (reach < limit && reach < from + 2 && Tokens[reach].Kind == TokenKind.Word && char.IsLower(_text[Tokens[reach].Start])
            && _text[Tokens[reach].Start] is >= '\u0400' and <= '\u04FF' && Tokens[reach].End - Tokens[reach].Start > 4
            && !SpeakerLexicon.Skippable.Contains(_text, Tokens[reach]) && !_named.StartsAt(reach)
            && !_lexicon.Nouns.TryMatch(_text, Tokens, reach, reach + 1, out _, out _))
        {
            reach++;
        }

        PhraseMatch<Actor>? best = null;
        foreach (var m in _named.In(from, limit))
        {
            if ((m.FirstToken == from || (m.FirstToken == reach && reach > from)) && (best is null || m.TokenCount > best.Value.TokenCount))
            {
                best = m;
            }
        }

        return best is { } b ? new ResolvedSpeaker(b.Value.Name, b.Value.Type, _lexicon.Registry.SideOf(b.Value), b.Span, b.Value) : null;
    }

    /// <summary>The side of a registry actor or a side word in tokens [start, end): an appositive's unit or country.</summary>
    public string? SideOfRange(int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        foreach (var m in _named.In(start, end))
        {
            if (!m.Value.IsOutlet && _lexicon.Registry.SideOf(m.Value) is { } side)
            {
                return side;
            }
        }

        return _words.SideIn(start, end) ?? LocalOfficeSide(start, end);
    }

    /// <summary>
    /// The side a local office in an appositive right after a person's name gives the person: "according to Vadym
    /// Lysenko, head of the city military administration" speaks for the authority of the story's place; null when
    /// no comma follows the name or the appositive names no local office ("Serhiy Marchenko, a retired miner").
    /// </summary>
    public string? AppositiveOfficeSide(int nameEnd, int limit)
    {
        if (nameEnd >= limit || Tokens[nameEnd].Text(_text) is not ",")
        {
            return null;
        }

        var stop = nameEnd + 1;
        while (stop < limit && stop - nameEnd <= 10 && Tokens[stop].Kind != TokenKind.Punctuation)
        {
            stop++;
        }

        return LocalOfficeSide(nameEnd + 1, stop);
    }

    /// <summary>
    /// The side of the body an appositive office refers back to with a bare head noun: "Ihor Moroz, a spokesman for the
    /// administration, said" speaks for the administration named before (a body in the speaker memory or the registry
    /// body named shortly before). Null when the appositive names no such body.
    /// </summary>
    public string? BodyReferredIn(int start, int end)
    {
        var tokens = Tokens;
        for (var i = start; i + 2 < end; i++)
        {
            if (tokens[i].Text(_text) is not ("for" or "of" or "at") || tokens[i + 1].Text(_text) is not "the"
                || !_lexicon.Nouns.TryMatch(_text, tokens, i + 2, i + 3, out _, out var type) || type == SpeakerType.Person
                || (i + 3 < end && tokens[i + 3].Kind == TokenKind.Word))
            {
                continue;
            }

            var head = tokens[i + 2].Text(_text).ToString().ToLowerInvariant();
            return (NamedJustBefore(head, i + 1, new TextSpan(tokens[i + 1].Start, tokens[i + 2].End), type) ?? _memory.BackReference(head, type))?.Side;
        }

        return null;
    }

    /// <summary>
    /// The side of the body a possessive office refers back to: "the task force's spokesman, Viktor Rudenko, told"
    /// speaks for the task force named before (a registry body named shortly before or a body in the speaker memory
    /// whose name has the owner's head word). Only a lower-case owner ("the Kharkiv region's" is named by its own words); null
    /// when no such body was named.
    /// </summary>
    public string? OwnerReferredIn(int start, int end)
    {
        // the office's range may begin after its owner ("the task force's | spokesman"): the owner is looked for just before
        var tokens = Tokens;
        for (var i = Math.Max(1, start - 2); i < end; i++)
        {
            if (!IsLowerPossessive(i))
            {
                continue;
            }

            if (OwnerPhraseStart(i) is not { } k)
            {
                return null;
            }

            var head = PossessiveHead(i);
            var phrase = new TextSpan(tokens[k].Start, tokens[i].End);
            var body = NamedJustBefore(head, k, phrase) ?? _memory.BackReference(head, null);
            return body is { Type: not SpeakerType.Person } ? body.Side : null;
        }

        return null;
    }

    /// <summary>Whether token <paramref name="i"/> is a lower-case possessive of four letters or more ("brigade's",
    /// "force's"): an owner named by a common noun.</summary>
    private bool IsLowerPossessive(int i)
    {
        var word = Tokens[i].Text(_text);
        var owner = word.EndsWith("'s") || word.EndsWith("\u2019s") ? word[..^2] : default;
        return owner.Length >= 4 && char.IsLower(owner[0]);
    }

    /// <summary>The possessive's head word, lower case, without its "'s".</summary>
    private string PossessiveHead(int i) => Tokens[i].Text(_text)[..^2].ToString().ToLowerInvariant();

    /// <summary>The token of "the" that begins the owner phrase ending in the possessive at <paramref name="i"/>, over at
    /// most two lower-case words: "the brigade's", "the task force's" (not "the Kharkiv region's"). Null when no "the"
    /// begins it.</summary>
    private int? OwnerPhraseStart(int i)
    {
        var tokens = Tokens;
        var k = i - 1;
        while (k > 0 && i - k < 4 && tokens[k].Kind == TokenKind.Word && char.IsLower(_text[tokens[k].Start]) && tokens[k].Text(_text) is not "the")
        {
            k--;
        }

        return k >= 0 && tokens[k].Text(_text) is "the" or "The" ? k : null;
    }

    /// <summary>
    /// The country (UA or RU) of a place named in tokens [start, end): "The head of the Bilozerka community" speaks for
    /// a Ukrainian authority. Null when no such place is named there.
    /// </summary>
    public string? CountryNamedIn(int start, int end)
    {
        var span = new TextSpan(Tokens[start].Start, Tokens[end - 1].End);
        foreach (var place in _places)
        {
            if (span.Contains(place.Span) && place.Country is "UA" or "RU")
            {
                return place.Country;
            }
        }

        return null;
    }

    /// <summary>
    /// The last person's name (two capitalised words that name no place, registry actor, side or speaker noun) in
    /// tokens [start, end): "Nadiya Kovalenko was boiling water ...". Null when there is none.
    /// </summary>
    public ResolvedSpeaker? PersonNamedIn(int start, int end)
    {
        var tokens = Tokens;
        for (var i = end - 1; i > start; i--)
        {
            // a surname the gazetteer also knows as a village ("Nadiya Kovalenko") is still a surname after a first name
            if (!(PlainName(i) || SurnameTakenForPlace(i)) || !PlainName(i - 1) || (i + 1 < end && PlainName(i + 1)))
            {
                continue;
            }

            var span = new TextSpan(tokens[i - 1].Start, tokens[i].End);
            if (_named.In(i - 1, i + 1).Length > 0 || RegistryStart(0, i + 1) is not null)
            {
                continue;
            }

            return new ResolvedSpeaker(span.Slice(_text).ToString(), SpeakerType.Person, null, span, null);
        }

        return null;
    }

    /// <summary>
    /// The full name (a given name and this surname, as <see cref="PersonNamedIn"/> reads them) that introduced the
    /// single capitalised word at <paramref name="at"/> earlier in the document without a reporting verb: "Bondar"
    /// after "Serhii Bondar, 31, a drone pilot ..."; in Ukrainian and Russian also a case form of it ("За словами Бондаря"
    /// after "Сергій Бондар", <see cref="SurnameForms"/>). Null when no earlier token is it.
    /// </summary>
    private ResolvedSpeaker? FullNameBefore(int at)
    {
        var tokens = Tokens;
        var word = tokens[at].Text(_text);
        if (word.Length < 3 || !char.IsUpper(word[0]))
        {
            return null;
        }

        for (var k = at - 1; k >= 1; k--)
        {
            // the capital first: it is one character, and most words of the text are not capitalised
            if (char.IsUpper(_text[tokens[k].Start]) && SurnameForms.Same(tokens[k].Text(_text), word) && PersonNamedIn(k - 1, k + 1) is { } person)
            {
                // the appositive after the name gives the side: "Serhii Bondar, 31, a drone pilot with Ukraine's ... Brigade"
                // the span is the surname where it stands, so the sentence's own words are read as the speaker's
                return person with { Side = AppositiveSide(k + 1, at) ?? SubjectClauseSide(k - 1, k + 1, at) ?? OfficeBeforeNameSide(k - 1), Span = tokens[at].Span };
            }
        }

        return null;
    }

    /// <summary>
    /// The side named in the clause whose subject is the name at [<paramref name="nameStart"/>, <paramref name="nameEnd"/>),
    /// when the name (after a rank or none) opens its sentence and a verb follows it: "Colonel Mykhailo Hnatenko has
    /// commanded an artillery battalion of Ukraine's 55th Separate Artillery Brigade" (up to the clause's first
    /// punctuation, at most 16 tokens). Null when the name is no sentence's subject or the clause names no side.
    /// </summary>
    private string? SubjectClauseSide(int nameStart, int nameEnd, int limit)
    {
        var tokens = Tokens;
        if (nameEnd >= limit || tokens[nameEnd].Kind != TokenKind.Word || !char.IsLower(_text[tokens[nameEnd].Start]))
        {
            return null;
        }

        var first = nameStart;
        while (first - 1 >= 0 && nameStart - first < 3 && tokens[first - 1].Kind == TokenKind.Word && char.IsUpper(_text[tokens[first - 1].Start])
               && !_text.AsSpan(tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End).Contains('\n'))
        {
            first--; // "Colonel", "Lieutenant Colonel"
        }

        if (first > 0 && !(tokens[first - 1].Text(_text) is "." or "!" or "?"
                           || _text.AsSpan(tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End).Contains('\n')))
        {
            return null;
        }

        var stop = nameEnd;
        while (stop < limit && stop - nameEnd < 16 && tokens[stop].Text(_text) is not ("." or "?" or "!" or ";" or ","))
        {
            stop++;
        }

        return SideOfRange(nameEnd, stop);
    }

    /// <summary>
    /// The side of the office that introduces a name after a comma at the start of its sentence, with no verb of saying:
    /// "The commander of Ukraine's 57th ... Brigade, Colonel Andrii Savchuk, spoke to reporters", "Командир 57-ї бригади
    /// ЗСУ, полковник Андрій Савчук, поспілкувався з журналістами" (a rank of up to three words between the comma and the
    /// name). Null when no comma stands there or the office names no side.
    /// </summary>
    private string? OfficeBeforeNameSide(int nameStart)
    {
        var tokens = Tokens;
        var comma = nameStart - 1;
        while (comma >= 0 && nameStart - comma <= 4 && tokens[comma].Kind == TokenKind.Word)
        {
            comma--;
        }

        if (comma < 1 || tokens[comma].Text(_text) is not ",")
        {
            return null;
        }

        var first = comma;
        while (first > 0 && comma - first < 20 && tokens[first - 1].Text(_text) is not ("." or "!" or "?" or "," or ";" or ":")
               && !_text.AsSpan(tokens[first - 1].End, tokens[first].Start - tokens[first - 1].End).Contains('\n'))
        {
            first--;
        }

        return first < comma ? SideOfRange(first, comma) : null;
    }

    /// <summary>The side named in the appositive that opens with a comma at <paramref name="comma"/>, up to the sentence's end (at most 16 tokens).</summary>
    private string? AppositiveSide(int comma, int limit)
    {
        if (comma >= limit || Tokens[comma].Text(_text) is not ",")
        {
            return null;
        }

        var stop = comma + 1;
        while (stop < limit && stop - comma <= 16 && Tokens[stop].Text(_text) is not ("." or "?" or "!" or ";"))
        {
            stop++;
        }

        return SideOfRange(comma + 1, stop);
    }

    /// <summary>
    /// A word that is, by itself, a mention of a village or town that is no seat of government: "Родинского". Capitals
    /// and the seats of regions and districts may stand for their authorities ("Kyiv denied", "Москва заявила").
    /// </summary>
    public bool IsVillage(int i)
    {
        var token = Tokens[i];
        foreach (var place in _places)
        {
            if (place.Span.Start == token.Start && place.Span.End == token.End)
            {
                return place.FeatureCode is { } code && code.StartsWith("PPL", StringComparison.Ordinal)
                    && code is not ("PPLC" or "PPLA" or "PPLA2" or "PPLA3" or "PPLG");
            }
        }

        return false;
    }

    /// <summary>A capitalised word that is a place mention of its own, no more than that word: "Kovalenko".</summary>
    private bool SurnameTakenForPlace(int i)
    {
        var token = Tokens[i];
        if (token.Kind != TokenKind.Word || !char.IsUpper(_text[token.Start]) || _lexicon.Nouns.TryMatch(_text, Tokens, i, i + 1, out _, out _))
        {
            return false;
        }

        foreach (var place in _places)
        {
            if (place.Span.Start == token.Start && place.Span.End == token.End)
            {
                return true;
            }
        }

        return false;
    }

    private bool PlainName(int i)
    {
        var token = Tokens[i];
        if (token.Kind != TokenKind.Word || token.End - token.Start < 2 || !char.IsUpper(_text[token.Start])
            || SpeakerLexicon.NotNames.Contains(_text, token) || SpeakerLexicon.Determiners.Contains(_text, token)
            || _lexicon.Nouns.TryMatch(_text, Tokens, i, i + 1, out _, out _) || _words.SideIn(i, i + 1) is not null)
        {
            return false;
        }

        foreach (var c in token.Chars(_text))
        {
            if (!char.IsLetter(c))
            {
                return false; // "Russia's", "Kupiansk-Vuzlovyi"
            }
        }

        foreach (var place in _places)
        {
            if (place.Span.Overlaps(new TextSpan(token.Start, token.End)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The first token of the longest registry name that ends at <paramref name="end"/>, not before <paramref name="floor"/>.</summary>
    public int? RegistryStart(int floor, int end)
    {
        int? start = null;
        foreach (var m in _named.In(floor, end))
        {
            if (m.EndToken == end && (start is null || m.FirstToken < start))
            {
                start = m.FirstToken;
            }
        }

        return start;
    }

    /// <summary>The speaker a pronoun at <paramref name="sentence"/> refers to, or null.</summary>
    public ResolvedSpeaker? ResolvePronoun(string pronoun, int sentence) => _memory.ResolvePronoun(pronoun, sentence);

    /// <summary>A person's title followed by "of a", "at an", "одного з", "одного из": a complement naming one of many.</summary>
    private bool IndefiniteComplement(int start, int end)
    {
        var tokens = Tokens;
        for (var i = start; i + 2 < end; i++)
        {
            var word = tokens[i + 1].Text(_text);
            var next = tokens[i + 2].Text(_text);
            if (((word is "of" or "at" && next is "a" or "an") || (word is "одного" or "однієї" or "одной" && next is "з" or "із" or "зі" or "из"))
                && _lexicon.Nouns.TryMatch(_text, tokens, i, i + 1, out _, out var type) && type == SpeakerType.Person)
            {
                return true;
            }
        }

        return false;
    }

    public ResolvedSpeaker? Resolve(int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        var tokens = Tokens;
        if (end - start >= 2 && OfficialWords.Contains(_text, tokens[start]) && _lexicon.Nouns.TryMatch(_text, tokens, start + 1, start + 2, out _, out var officialTitle)
            && officialTitle == SpeakerType.Person)
        {
            start++; // "официальный представитель Министерства обороны России": the title is "представитель"
        }

        var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        var matches = _named.In(start, end);
        if (FormerHolder(start, end, matches) is { } former)
        {
            return former; // "Колишній начальник МВА Віктор Шевчук вважає": the person, speaking for no body
        }

        if (RegionsOwnHead(start, end) is { } regional)
        {
            return regional; // "the region's governor said": the governor of the region named before
        }

        if (IndefiniteComplement(start, end))
        {
            // "the commercial director of a trading house in Dnipro", "командира одного з батальйонів 14-ї бригади": one
            // of many bodies, so no registry name in it speaks; the title holder is named by the whole phrase
            return new ResolvedSpeaker(_words.NameText(start, end), SpeakerType.Person, _words.SideIn(start, end), _words.StripDeterminer(start, end), null);
        }

        if (OwnedOffice(start, end) is { } owned)
        {
            return owned; // "Its spokesman said", "The brigade's press service confirmed": the body that owns the office
        }

        if (end - start == 3 && SpeakerPhrase.IsOneOfThem(_text, tokens, start)
            && _memory.Latest(sp => sp.Type == SpeakerType.Anonymous || sp.Name.EndsWith('s') || sp.Name.EndsWith("ы") || sp.Name.EndsWith("и")) is { } group)
        {
            // "..., according to two people familiar with the decision. One of them said ...": one of the group just told,
            // anonymous when the group was, with its side
            return new ResolvedSpeaker(group.Type == SpeakerType.Anonymous ? group.Name : "one of " + group.Name, group.Type == SpeakerType.Anonymous ? SpeakerType.Anonymous : SpeakerType.Person, group.Side, span, null);
        }

        if (TitledPersonBack(start, end) is { } titledPerson)
        {
            return titledPerson; // "Пізніше голова ОВА уточнив" after "Голова Запорізької ОВА Іван Дорошенко": that person
        }

        if (matches.Length > 0)
        {
            var best = matches[0];
            foreach (var m in matches)
            {
                if (m.Value.Type == SpeakerType.Person || (best.Value.Type != SpeakerType.Person && m.TokenCount > best.TokenCount))
                {
                    best = m;
                }
            }

            if (PersonModifiedByBody(start, end, best) is { } described)
            {
                return described; // "a Russian military blogger"
            }

            var actor = best.Value;
            // a body the registry keeps with no side and no parent (the UN's monitoring mission) is of no party, whatever
            // country its name holds ("... Mission in Ukraine")
            var neutral = actor is { Side: null, ParentId: null, IsOutlet: false } && actor.Type != SpeakerType.Person;
            var side = _lexicon.Registry.SideOf(actor) ?? (neutral ? null : _words.SideIn(start, end));
            if (actor.Type != SpeakerType.Person && _words.UnitOf(start, best.FirstToken) is { } unit)
            {
                // "a spokesperson for the 2nd Corps of the National Guard": a numbered unit of the body, not the body
                var unitName = _words.NameText(unit, best.EndToken);
                var spokesperson = _words.TitleOf(start, unit) is not null;
                return new ResolvedSpeaker(unitName, spokesperson ? SpeakerType.Person : SpeakerType.MilitaryUnit, side, _words.StripDeterminer(start, end), null);
            }

            if (actor.Type != SpeakerType.Person && _words.TrailingName(best.EndToken, end) is { } name)
            {
                // "the spokesman of the 7th corps Pavlo Melnyk": the person speaks for the body
                return new ResolvedSpeaker(name.Slice(_text).ToString(), SpeakerType.Person, side, name, null);
            }

            if (actor.Type != SpeakerType.Person && _words.TitleOf(start, best.FirstToken) is { } title)
            {
                // "the head of the Donetsk regional military administration", "a spokesperson for Ukraine's Eastern
                // group of forces": a person speaks for the body and is named by it; the span keeps the office, so
                // "the spokesperson said" and "he said" later refer back to them
                var words = _words.StripDeterminer(title, end);
                return new ResolvedSpeaker(actor.Name, SpeakerType.Person, side, words, actor);
            }

            return new ResolvedSpeaker(actor.Name, actor.Type, side, best.Span, actor);
        }

        if (_lexicon.Anonymous.TryFirst(_text, tokens, start, end, out _))
        {
            return new ResolvedSpeaker(_words.NameText(start, end), SpeakerType.Anonymous, _words.SideIn(start, end), span, null);
        }

        if (OutletNamed(start, end) is { } outlet)
        {
            return outlet; // "the newspaper Kommersant": the outlet by its name
        }

        var capitals = _words.CountCapitalized(start, end) - (OpensSentence(start) || OpeningArticle(start, end) ? 1 : 0);
        var headType = _words.HeadType(start, end, out var head);
        // "one analyst", "an official": an indefinite phrase brings in someone new, not the analysts named before
        var indefinite = Tokens[start].Text(_text) is "a" or "an" or "one" or "another";
        var phraseWords = _words.NameText(start, end); // the same words for every reading below
        if (capitals == 0 && !indefinite && HeadOfRegion(start, end) && _memory.Latest(HeadsRegion) is { } governor)
        {
            return governor; // "According to the head of the region", "По данным главы региона": the governor named before
        }

        if (capitals == 0 && !indefinite && BareSpokesperson(start, end) is { } spokenFor)
        {
            return spokenFor; // "the spokesman said", "за словами речника": the body told just before
        }

        if ((capitals == 0 || LocalBodyLevel(phraseWords) != 0) && !indefinite && StoryBody(phraseWords, headType ?? SpeakerType.Person, _words.StripDeterminer(start, end)) is { } local)
        {
            return local;
        }

        if (capitals == 0 && !indefinite && headType is not null and not SpeakerType.Person && _words.BodyAfterTitle(start, end) is { } titled
            && StoryBody(_words.NameText(titled, end), SpeakerType.Person, _words.StripDeterminer(start, end)) is { } office)
        {
            // "the head of the regional military administration reported": the office of the story's region
            return office;
        }

        if (capitals == 0 && head is not null && !indefinite && !_words.BarePlural(start, head)
            && (NamedJustBefore(head, start, _words.StripDeterminer(start, end), headType) ?? _memory.BackReference(head, _words.OwnedHead(start, end) || QualifiedHead(start, end) ? null : headType)) is { } antecedent)
        {
            return antecedent;
        }


        if (headType is not null && !indefinite && TitledBody(start, end, headType.Value) is { } titledBody)
        {
            return titledBody; // "начальник Запорізької районної військової адміністрації", "речник угруповання"
        }

        if (capitals is 1 or 2 && headType is null && _memory.Surname(Tokens[end - 1].Text(_text)) is { } named)
        {
            // a case form of the surname ("За словами Коваленка") keeps its own span, so its words (a village the
            // gazetteer reads in "Коваленка") are the speaker's, not a place of the statement
            return named.Span is { } s && !s.Slice(_text).Contains(Tokens[end - 1].Text(_text), StringComparison.OrdinalIgnoreCase)
                ? named with { Span = Tokens[end - 1].Span }
                : named;
        }

        if (capitals == 1 && headType is null && end - start == 1 && FullNameBefore(start) is { } introduced)
        {
            return introduced; // "Bondar said" after "Serhii Bondar, 31, a drone pilot ...": the person introduced by the full name
        }

        if (headType is null && CountryBeforeName(start, end) is { } afterCountry)
        {
            // "Представитель Сил обороны юга Украины Роман Ткаченко заявил": the phrase read back from the cue begins with
            // the country that closes the body's name; the person is the name after it, on that country's side
            return afterCountry;
        }

        if (capitals > 0 && _memory.Earlier(phraseWords) is { } earlier)
        {
            return earlier;
        }

        if (capitals > 0 && NamedElsewhere(phraseWords, _words.StripDeterminer(start, end)) is { } elsewhere)
        {
            return elsewhere;
        }

        if (capitals == 0 && headType is null)
        {
            return null;
        }

        if (headType is not null && _words.TrailingName(start, end) is { } person)
        {
            return new ResolvedSpeaker(person.Slice(_text).ToString(), SpeakerType.Person,
                _words.SideIn(start, end) ?? LocalOfficeSide(start, end) ?? NamedSpokespersonSide(start, person), person, null);
        }

        if (headType is not null and not SpeakerType.Person && _words.BodyAfterTitle(start, end) is { } body)
        {
            // "the head of the Kostiantynivka city military administration" (not in the registry): named by the body
            return SpeakerOfTitledBody(start, end, body, headType.Value, inflected: false);
        }

        var type = headType ?? SpeakerType.Person;
        var phrase = phraseWords;
        return StoryBody(phrase, type, _words.StripDeterminer(start, end))
            ?? new ResolvedSpeaker(phrase, type, _words.SideIn(start, end), _words.StripDeterminer(start, end), null);
    }

    /// <summary>
    /// A phrase of a side word (a country in the genitive, "України", "Украины") and then two or three capitalised words:
    /// the person named by those words, with the country's side. Null for any other phrase.
    /// </summary>
    private ResolvedSpeaker? CountryBeforeName(int start, int end)
    {
        if (end - start is < 3 or > 4 || _words.SideIn(start, start + 1) is not { } side)
        {
            return null;
        }

        for (var i = start + 1; i < end; i++)
        {
            if (!PlainName(i))
            {
                return null;
            }
        }

        var name = new TextSpan(Tokens[start + 1].Start, Tokens[end - 1].End);
        return new ResolvedSpeaker(name.Slice(_text).ToString(), SpeakerType.Person, side, name, null);
    }

    /// <summary>
    /// "the region's governor", "the region's head": the governor of the first-level region named last before the
    /// phrase ("In Russia's Belgorod region, ..., the region's governor said" is the Governor of Belgorod region), the
    /// registry's when it knows one (by "governor of the X region", "X governor" or "head of the X region"), else named
    /// so, with the side of the region's country. Null for any other phrase, or when no region was named.
    /// </summary>
    private ResolvedSpeaker? RegionsOwnHead(int start, int end)
    {
        var tokens = Tokens;
        var first = start;
        while (first < end && SpeakerLexicon.Determiners.Contains(_text, tokens[first]))
        {
            first++;
        }

        if (end - first != 2 || tokens[first].Text(_text) is not ("region's" or "region\u2019s") || tokens[first + 1].Text(_text) is not ("governor" or "head"))
        {
            return null;
        }

        PlaceMention? region = null;
        foreach (var place in _places)
        {
            if (place.Span.End <= tokens[start].Start && place.FeatureCode == "ADM1")
            {
                region = place;
            }
        }

        if (region is null)
        {
            return null;
        }

        var name = region.Name;
        foreach (var suffix in (string[])[" Oblast", " Region", " region", " Krai", " Republic"])
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        var span = new TextSpan(tokens[start].Start, tokens[end - 1].End);
        foreach (var alias in (string[])[$"governor of the {name} region", $"{name} governor", $"head of the {name} region"])
        {
            if (_lexicon.Registry.FindByName(alias) is { } actor)
            {
                return new ResolvedSpeaker(actor.Name, actor.Type, _lexicon.Registry.SideOf(actor), span, actor);
            }
        }

        var side = region.Country switch { "RU" => "RU", "UA" => "UA", _ => null };
        return new ResolvedSpeaker($"Governor of {name} region", SpeakerType.Government, side, span, null);
    }

    /// <summary>"Official" before a title: "официальный представитель", "офіційний речник", "official spokesman".</summary>
    private static readonly WordSet OfficialWords = new(
    [
        "official", "официальный", "официального", "официальная", "официальной", "офіційний", "офіційного", "офіційна", "офіційної",
    ]);

    /// <summary>Titles that introduce a person before the name and may name them again shortened.</summary>
    private static readonly WordSet PersonTitles = new(
    [
        "head", "chief", "spokesman", "spokeswoman", "spokesperson", "governor", "mayor", "commander",
        "голова", "голови", "голові", "глава", "главы", "главе", "начальник", "начальника", "очільник", "очільника",
        "керівник", "керівника", "руководитель", "руководителя", "речник", "речника", "представник", "представника",
        "представитель", "представителя", "командир", "командира", "губернатор", "губернатора", "мэр", "мэра", "мер", "мера",
    ]);

    private static readonly WordSet TitleFillers = new(["the", "of", "for", "The"]);

    /// <summary>
    /// The adjective of a local office before its head noun: "міський голова" told back after "Міський голова Марганця
    /// Геннадій Бойко", "сельский глава" after "Сельский глава Кучеровки ...".
    /// </summary>
    private static readonly WordSet LocalTitleAdjectives = new(
    [
        "міський", "сільський", "селищний", "городской", "сельский", "поселковый",
    ]);

    /// <summary>
    /// A title shortened to its head and the word of its body ("голова ОВА", "Глава администрации", "the head of the
    /// administration"), with no name of its own: the person introduced before with a title holding those words ("Голова
    /// Запорізької ОВА Іван Дорошенко", "Глава Харьковской областной военной администрации Олег Тарасенко"). Null when
    /// the phrase is no such title or no person was introduced so.
    /// </summary>
    private ResolvedSpeaker? TitledPersonBack(int start, int end)
    {
        var tokens = Tokens;
        var first = start;
        while (first < end && TitleFillers.Contains(_text, tokens[first]))
        {
            first++;
        }

        if (end - first is < 2 or > 4 || !(PersonTitles.Contains(_text, tokens[first])
                                           || (LocalTitleAdjectives.Contains(_text, tokens[first]) && PersonTitles.Contains(_text, tokens[first + 1]))))
        {
            return null;
        }

        Span<string> stems = new string[end - first];
        var count = 0;
        for (var i = first; i < end; i++)
        {
            var token = tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                return null;
            }

            if (TitleFillers.Contains(_text, token))
            {
                continue;
            }

            var word = token.Text(_text).ToString();
            var abbreviation = word.Length > 1 && word.All(char.IsUpper);
            if (i > first && !abbreviation && char.IsUpper(word[0]))
            {
                return null; // a name of its own ("голова ОВА Іван Дорошенко"): not a title told back
            }

            stems[count++] = abbreviation || word[0] < '\u0400' ? word : word[..Math.Min(word.Length, Math.Max(4, word.Length - 2))];
        }

        return _memory.TitledPerson(stems[..count]);
    }

    /// <summary>Titles of whoever heads a region: "head", "governor", "глава", "голова", "губернатор", "очільник".</summary>
    private static readonly WordSet RegionHeadTitles = new(
    [
        "head", "governor", "chief", "глава", "главы", "главе", "главой", "голова", "голови", "голові", "головою", "губернатор",
        "губернатора", "губернатору", "губернатором", "керівник", "керівника", "очільник", "очільника", "начальник", "начальника",
    ]);

    /// <summary>"Region" with no name of its own ("the head of the region", "глава региона", "голова області").</summary>
    private static readonly WordSet RegionWords = new(["region", "oblast", "province", "регіону", "області", "региона", "области", "края"]);

    private static readonly WordSet RegionPhraseFillers = new(["the", "of", "this", "our", "цього", "этого", "нашей", "нашого"]);

    /// <summary>Whether the phrase is only a region's head with no region named: "the head of the region", "главы
    /// региона", "голова області" (not "the head of the Kharkiv region", which names its own).</summary>
    private bool HeadOfRegion(int start, int end)
    {
        bool title = false, region = false;
        for (var i = start; i < end; i++)
        {
            var token = Tokens[i];
            if (token.Kind != TokenKind.Word)
            {
                return false;
            }

            if (RegionHeadTitles.Contains(_text, token))
            {
                title = true;
            }
            else if (RegionWords.Contains(_text, token))
            {
                region = true;
            }
            else if (!RegionPhraseFillers.Contains(_text, token))
            {
                return false;
            }
        }

        return title && region;
    }

    /// <summary>
    /// Whether an earlier speaker heads a region: a governor or the head of a regional (military) administration, told
    /// by the words that named them ("губернатора Брянской области", "the head of the Donetsk regional military
    /// administration") or, for a registry person, by the body they head (Oleh Syniehubov heads the Kharkiv Regional
    /// Military Administration).
    /// </summary>
    private bool HeadsRegion(ResolvedSpeaker speaker)
    {
        if (TitlesRegionHead(speaker.Name) || (speaker.Span is { } span && TitlesRegionHead(span.Slice(_text))))
        {
            return true;
        }

        if (TitlesRegionHead(_memory.TitleOf(speaker)))
        {
            return true; // "Начальник Дніпропетровської ОВА Олег Гайдамака": the title before the name heads the region
        }

        return speaker.Actor is { } actor
            && (IsRegionBody(actor.Name) || (actor.Type == SpeakerType.Person && actor.ParentId is { } parent && _lexicon.Registry[parent] is { } body && IsRegionBody(body.Name)));

        static bool IsRegionBody(string name) =>
            name.Contains("Regional Military Administration", StringComparison.Ordinal) || name.StartsWith("Governor of", StringComparison.Ordinal);
    }

    private static readonly string[] GovernorStems = ["governor", "губернатор"];

    private static readonly string[] HeadStems = ["head", "chief", "глав", "голов", "начальник", "очільник"];

    private static readonly string[] RegionalStems = ["regional", "обласн", "областн", "області", "области", "region"];

    /// <summary>"governor", "губернатор ...", or a head's title with a regional word ("head of the Donetsk regional military administration", "глава ... области").</summary>
    private static bool TitlesRegionHead(ReadOnlySpan<char> words) =>
        ContainsAny(words, GovernorStems) || (ContainsAny(words, HeadStems) && (ContainsAny(words, RegionalStems) || words.Contains("ОВА", StringComparison.Ordinal)));

    private static bool ContainsAny(ReadOnlySpan<char> words, string[] stems)
    {
        foreach (var stem in stems)
        {
            if (words.Contains(stem, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
