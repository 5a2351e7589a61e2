using System.Runtime.InteropServices;
using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// Finds the speaker phrase at each reporting cue of a sentence (before or after the cue, by the cue's kind and the
/// word order) and resolves it: the chain of speakers and outlets a sentence names.
/// </summary>
internal sealed class SpeakerChain
{
    private readonly Document _document;
    private readonly List<Token> _tokenList;
    private readonly SpeakerResolver _resolver;
    private readonly AttributionLexicon _lexicon;
    private readonly List<ChainEntry> _entries = [];

    public SpeakerChain(Document document, List<Token> tokens, SpeakerResolver resolver, AttributionLexicon lexicon)
    {
        _document = document;
        _tokenList = tokens;
        _resolver = resolver;
        _lexicon = lexicon;
    }

    private ReadOnlySpan<Token> Tokens => CollectionsMarshal.AsSpan(_tokenList);

    /// <summary>
    /// The speakers at each cue of sentence <paramref name="s"/> (tokens [first, limit)), in order: the speaker of each
    /// statement, the outlet that relayed it ("citing TASS"), and the outlets it was told to or quoted by. The list
    /// is reused by the next call.
    /// </summary>
    public List<ChainEntry> Read(int s, List<PhraseMatch<Cue>> cues, int first, int limit)
    {
        var phrase = new SpeakerPhrase(_document.Text, Tokens, _lexicon);
        var chain = _entries;
        chain.Clear();
        var floor = first;
        foreach (var match in cues)
        {
            var cue = match.Value;
            ResolvedSpeaker? speaker = null;
            var phraseStart = match.FirstToken;
            switch (cue.Kind)
            {
                case CueKind.Speech:
                    if (QuotedBefore(match.FirstToken, floor, first, chain) is { } quotedAt)
                    {
                        // "Russia's Defence Ministry, quoted by RIA Novosti, said its forces had hit ...": the one
                        // quoted before the appositive says the words after the verb, which name no speaker
                        var quotedEntry = chain[quotedAt];
                        chain.RemoveAt(quotedAt);
                        speaker = quotedEntry.Speaker;
                        phraseStart = quotedEntry.PhraseStart;
                        break;
                    }

                    if (CitedBefore(match.FirstToken, floor, first, chain) is { } citedAt)
                    {
                        // "TASS, quoting Alexei Kulagin, the Russian-installed mayor of Donetsk, said ...": the one an
                        // outlet quotes, not an outlet itself, says the words after the verb; the appositive gives the side
                        var citedEntry = chain[citedAt];
                        chain.RemoveAt(citedAt);
                        speaker = citedEntry.Speaker;
                        if (speaker.Side is null && _resolver.SideOfRange(floor, match.FirstToken) is { } citedSide)
                        {
                            speaker = speaker with { Side = citedSide };
                        }

                        phraseStart = citedEntry.PhraseStart;
                        break;
                    }

                    // "it said", "he also said", "it had reported": the pronoun before the verb and the words that may stand between
                    var pronoun = match.FirstToken - 1;
                    while (pronoun > floor && pronoun > match.FirstToken - 3 && SpeakerLexicon.Skippable.Contains(_document.Text, Tokens[pronoun]))
                    {
                        pronoun--;
                    }

                    if (phrase.IsPronoun(pronoun) && pronoun >= floor)
                    {
                        speaker = _resolver.ResolvePronoun(phrase.Word(pronoun), s);
                        phraseStart = pronoun;
                        break;
                    }

                    if (RelativeClauseBefore(match.FirstToken, floor, first) is { } subjectEnd)
                    {
                        // "A Ukrainian officer serving near Pokrovsk, who asked not to be named, said Russian units
                        // had ...": the subject before the relative clause speaks (or an unnamed source), never the
                        // words after the verb
                        var (ss, se) = phrase.Before(floor, subjectEnd);
                        speaker = AnonymousBetween(first, match.FirstToken) || se <= ss ? null : _resolver.Resolve(ss, se);
                        phraseStart = speaker is null ? phraseStart : ss;
                        break;
                    }

                    var (bs, be) = phrase.Before(floor, match.FirstToken);
                    if (be > bs && _document.Language != "en" && bs - 1 >= floor && ObliquePrepositions.Contains(_document.Text, Tokens[bs - 1]))
                    {
                        // "Удар по Гуляйполю підтвердив офіцер ...": a name after a preposition other than "в"/"у" is an
                        // object in an oblique case, never the subject; the speaker follows the verb
                        (bs, be) = (match.FirstToken, match.FirstToken);
                    }
                    else if (be == bs + 1 && _document.Language != "en" && bs - 1 >= floor && Tokens[bs - 1].Kind == TokenKind.Word
                             && char.IsLower(_document.Text[Tokens[bs - 1].Start]) && _resolver.IsVillage(bs))
                    {
                        // "В Генштабе ВСУ информацию о потере Родинского опровергли": a village after a common noun is
                        // that noun's object, never the speaker (a surname that is also a village, "Мельник додав", opens
                        // its clause)
                        (bs, be) = (match.FirstToken, match.FirstToken);
                    }

                    var appositive = false;
                    var office = (Start: match.FirstToken, End: match.FirstToken);
                    if (be <= bs)
                    {
                        (bs, be) = phrase.Appositive(floor, match.FirstToken, out office);
                        appositive = be > bs;
                    }

                    if (be <= bs && DescribedPerson(floor, match.FirstToken, s) is { } described)
                    {
                        // "..." the 67-year-old said, "the pensioner said": the person the paragraph named
                        speaker = described;
                        break;
                    }

                    if (be > bs && _resolver.RegistryStart(floor, be) is { } longer && longer < bs)
                    {
                        bs = longer; // "Министерство обороны России сообщило": the registry knows the whole name
                    }
                    else if (be <= bs && _resolver.RegistryStart(floor, match.FirstToken) is { } named)
                    {
                        (bs, be) = (named, match.FirstToken); // "Речник Сил оборони півдня спростував"
                    }

                    if (be > bs && bs - 1 >= floor && _resolver.IsSlavicTitle(bs - 1))
                    {
                        bs--; // the title before the body's name: "Речник | Повітряних сил ... попередив" is a person
                    }

                    // "У Харкові заявили": a name after "в"/"у" is where, not who, unless a body or a speaker noun
                    speaker = be > bs && !appositive && _document.Language != "en" && bs - 1 >= floor
                        && Tokens[bs - 1].Text(_document.Text) is "в" or "у" or "во" or "В" or "У" or "Во"
                        ? _resolver.LocativeOpening(bs - 1, be)
                        : _resolver.Resolve(bs, be);
                    if (appositive && speaker is { Side: null, Actor: null } && _resolver.SideOfRange(be, match.FirstToken) is { } side)
                    {
                        speaker = speaker with { Side = side }; // "Hrytsenko, commander of the 110th Mechanized Brigade, said"
                    }
                    else if (appositive && speaker is { Side: null, Actor: null } && office.End > office.Start
                        && (_resolver.SideOfRange(office.Start, office.End) ?? _resolver.CountryNamedIn(office.Start, office.End)) is { } officeSide)
                    {
                        speaker = speaker with { Side = officeSide }; // "A spokesman for Ukraine's 3rd Army Corps, Ihor Tkachuk, told"
                    }
                    else if (appositive && speaker is { Side: null, Actor: null } && office.End > office.Start
                        && _resolver.OwnerReferredIn(office.Start, office.End) is { } ownerSide)
                    {
                        speaker = speaker with { Side = ownerSide }; // "the task force's spokesman, Viktor Rudenko, told"
                    }
                    else if (appositive && speaker is { Side: null, Actor: null } && _resolver.BodyReferredIn(be, match.FirstToken) is { } bodySide)
                    {
                        speaker = speaker with { Side = bodySide }; // "Ihor Moroz, a spokesman for the administration, said"
                    }

                    phraseStart = be > bs ? bs : phraseStart;
                    // "сообщили в воскресенье в Министерстве обороны России": a weekday between the verb and its speaker
                    var afterCue = AfterWeekday(match.EndToken, limit);
                    var (afs, afe) = phrase.After(afterCue, limit);
                    var inverted = _document.Language != "en" || match.FirstToken == first || Tokens[match.FirstToken - 1].Kind == TokenKind.Punctuation;
                    if (cue.Told)
                    {
                        if (_resolver.Resolve(afs, afe) is { IsOutlet: true } listener)
                        {
                            chain.Add(new ChainEntry(listener, cue, match.Span, afs, match.EndToken, true));
                            if (speaker is null && inverted && ListenerThenSpeaker(phrase, listener, match.EndToken, limit) is { } teller)
                            {
                                speaker = teller; // "– розповів агентству Укрінформ речник угруповання"
                            }
                        }
                        else if (speaker is null && inverted)
                        {
                            // "Як розповів речник ...", "Как рассказал глава администрации ...": no listener after an
                            // inverted "told" verb, so whoever follows it is the one who spoke
                            speaker = _resolver.RegistryAt(match.EndToken, limit) ?? _resolver.Resolve(afs, afe);
                            if (speaker is { IsOutlet: true } && ListenerThenSpeaker(phrase, speaker, match.EndToken, limit) is { } teller)
                            {
                                chain.Add(new ChainEntry(speaker, cue, match.Span, match.EndToken, match.EndToken, true));
                                speaker = teller; // "– розповів агентству Укрінформ речник угруповання"
                            }
                        }
                    }
                    else if (speaker is null && inverted)
                    {
                        // '..., said the ministry': only an inverted cue takes its speaker from after it; a registry
                        // name there, inflected words and all ("у Сумській обласній військовій адміністрації"), first
                        speaker = _resolver.RegistryAt(afterCue, limit) ?? _resolver.Resolve(afs, afe);
                        if (speaker is { IsOutlet: true } && ListenerThenSpeaker(phrase, speaker, match.EndToken, limit) is { } told)
                        {
                            // "— заявил агентству Интерфакс-Украина представитель бригады": the outlet told, then who told it
                            chain.Add(new ChainEntry(speaker, cue with { Told = true }, match.Span, match.EndToken, match.EndToken, true));
                            speaker = told;
                        }
                        else if (speaker is { IsOutlet: false } && QuotedOutlet(match.EndToken, afs) is { } interviewer)
                        {
                            // "заявив в інтерв'ю «Радіо Свобода» офіцер ...": the outlet of the interview was told
                            chain.Add(new ChainEntry(interviewer, cue with { Told = true }, match.Span, match.EndToken, match.EndToken, true));
                        }
                    }
                    else if (speaker is not { Actor: not null } && match.FirstToken > first && IsComma(match.FirstToken - 1)
                        && (afe >= limit || Tokens[afe].Kind == TokenKind.Punctuation)
                        && _resolver.Resolve(afs, afe) is { Actor: not null } named)
                    {
                        // "..., вошли в Купянск, написал Денис Пушилин": a known speaker after the cue beats a word before the comma
                        speaker = named;
                        phraseStart = afs;
                    }

                    if (speaker is null && inverted && match.EndToken < limit && phrase.IsPronoun(match.EndToken))
                    {
                        // "..., добавил он", "— додала вона", "..., said he": the pronoun after an inverted verb refers back
                        speaker = _resolver.ResolvePronoun(phrase.Word(match.EndToken), s);
                    }

                    if (speaker is null && _document.Language != "en" && match.FirstToken > first)
                    {
                        // "В Угрупованні об'єднаних сил цю інформацію спростували", "У міській раді заявили": the body
                        // named in the locative that opens the sentence speaks
                        speaker = _resolver.LocativeOpening(first, match.FirstToken);
                        phraseStart = speaker is null ? phraseStart : first;
                    }

                    break;
                case CueKind.SpeakerFollows when cue.Verb is "repost" && QuotedChannel(match.EndToken, limit) is { } reposted:
                    speaker = reposted; // "Репост из канала «Южный рубеж»: «...»": the channel reposted says the quoted words
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
                        && ((match.EndToken < limit && SpeakerLexicon.PossessivePronouns.Contains(_document.Text, Tokens[match.EndToken]))
                            || PronounCue(cue.Verb)))
                    {
                        // "По его словам, ...", "За її словами, ...", "according to him": the person who spoke before,
                        // else the last speaker ("Об этом сообщил губернатор области. По его словам, ...")
                        // "Спикер ... опроверг это: по его словам, ...": the one who spoke earlier in the same sentence
                        var earlier = chain.FindLastIndex(c => !c.Outer && !c.Speaker.IsOutlet);
                        speaker = earlier >= 0 ? chain[earlier].Speaker
                            : Plural(cue.Verb, match.EndToken, limit) ? _resolver.ResolvePronoun("they", s) // "за їхніми даними": the body or group before
                            : _resolver.ResolvePronoun("he", s) ?? _resolver.ResolvePronoun("they", s);
                    }

                    break;
                case CueKind.QuotedBy:
                    var (qs, qe) = phrase.After(match.EndToken, limit);
                    if (_resolver.Resolve(qs, qe) is { } quoter)
                    {
                        // "told TASS, which was quoted by Interfax": the outlet quoting the listener is nearer the reader
                        var listener = RelativeToListener(match.FirstToken, floor, chain);
                        chain.Insert(listener ?? chain.Count, new ChainEntry(quoter, cue, match.Span, qs, match.EndToken, true));
                    }

                    // "Fedorov was quoted by Ukrinform as saying": the one quoted stands before the cue, also before a
                    // comma ("A Russian military blogger, quoted by the newspaper Kommersant, claimed")
                    var (ps, pe) = phrase.Before(floor, match.FirstToken);
                    if (pe <= ps && match.FirstToken - 1 > floor && IsComma(match.FirstToken - 1))
                    {
                        (ps, pe) = phrase.Before(floor, match.FirstToken - 1);
                    }

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

    /// <summary>
    /// The index of the outer outlet a relative "which was quoted by" refers to ("told the agency TASS, which was
    /// quoted by Interfax"): the last outer entry of the chain when "which"/"who"/"that" opens the cue; else null.
    /// </summary>
    private int? RelativeToListener(int cue, int floor, List<ChainEntry> chain)
    {
        if (cue - 1 < floor || Tokens[cue - 1].Text(_document.Text) is not ("which" or "who" or "that"))
        {
            return null;
        }

        var listener = chain.FindLastIndex(c => c.Outer && c.Cue.Told);
        return listener >= 0 ? listener : null;
    }

    /// <summary>
    /// The chain index of a speaker quoted before an appositive that a comma closes right before this verb ("X, quoted by
    /// the state news agency RIA Novosti, said ..."): the verb's speaker is that one, not the words after it.
    /// </summary>
    private int? QuotedBefore(int cue, int floor, int first, List<ChainEntry> chain)
    {
        if (_document.Language != "en" || cue - 1 <= first || !IsComma(cue - 1) || chain.Count == 0
            || chain[^1] is not { Outer: false, Cue.Kind: CueKind.QuotedBy })
        {
            return null;
        }

        for (var i = floor; i < cue - 1; i++)
        {
            if (Tokens[i].Kind == TokenKind.Punctuation && _document.Text[Tokens[i].Start] is not ('-' or '\'' or '\u2019'))
            {
                return null; // the appositive closes at the comma before the verb, with nothing else between
            }
        }

        return chain.Count - 1;
    }

    /// <summary>
    /// The chain index of a person or body an outlet cites right before this verb ("TASS, quoting Alexei Kulagin, said",
    /// also with an appositive after the name: "..., quoting Alexei Kulagin, the Russian-installed mayor of Donetsk,
    /// said", "Інтерфакс-Україна, посилаючись на обласну рятувальну службу, повідомив"): the verb after a comma, and
    /// the cited one no outlet (an outlet cited relays the words).
    /// </summary>
    private int? CitedBefore(int cue, int floor, int first, List<ChainEntry> chain)
    {
        if (cue - 1 <= first || !IsComma(cue - 1) || chain.Count < 2
            || chain[^1] is not { Outer: false, Cue.Kind: CueKind.Citing, Speaker.IsOutlet: false }
            || !chain[^2].Speaker.IsOutlet)
        {
            return null;
        }

        var commas = 0;
        for (var i = floor; i < cue - 1; i++)
        {
            var punctuation = Tokens[i].Kind == TokenKind.Punctuation && _document.Text[Tokens[i].Start] is not ('-' or '\'' or '\u2019');
            if (punctuation && (!IsComma(i) || ++commas > 1))
            {
                return null; // the name, and at most an appositive opened by a comma, before the verb's comma
            }
        }

        return chain.Count - 1;
    }

    /// <summary>Ukrainian and Russian prepositions that govern an oblique case ("по Гуляйполю", "до Лимана", "к Курску").</summary>
    private static readonly WordSet ObliquePrepositions = new(
    [
        "по", "до", "на", "з", "із", "зі", "від", "під", "біля", "для", "про", "над", "к", "ко", "от", "с", "со", "из",
        "при", "об", "около", "возле", "против", "проти", "через",
    ]);

    private static readonly string[] RelativeOpeners = ["who", "which", "speaking", "asking", "declining", "requesting", "whose"];

    /// <summary>
    /// The comma that opens a relative or participial clause closed by the comma right before an English verb at
    /// <paramref name="cue"/> ("X, who asked not to be named, said", "X, speaking on condition of anonymity, said"): the
    /// subject ends there. Null when the verb follows no such clause.
    /// </summary>
    private int? RelativeClauseBefore(int cue, int floor, int first)
    {
        if (_document.Language != "en" || cue - 1 <= first || !IsComma(cue - 1))
        {
            return null;
        }

        for (var i = cue - 2; i > first && i >= floor; i--)
        {
            if (Tokens[i].Kind != TokenKind.Punctuation)
            {
                continue;
            }

            if (!IsComma(i) || i + 1 >= cue - 1)
            {
                return null;
            }

            var opener = Tokens[i + 1].Text(_document.Text);
            foreach (var word in RelativeOpeners)
            {
                if (opener.SequenceEqual(word))
                {
                    return i;
                }
            }

            return null;
        }

        return null;
    }

    private bool AnonymousBetween(int first, int cue) => _lexicon.Anonymous.Any(_document.Text, Tokens, first, cue);

    /// <summary>
    /// A speaker phrase after an outlet that follows an inverted verb in Ukrainian or Russian ("заявив виданню «Суспільне»
    /// речник угруповання", "рассказал агентству ТАСС глава района"): the outlet was told, the phrase after it spoke.
    /// </summary>
    private ResolvedSpeaker? ListenerThenSpeaker(SpeakerPhrase phrase, ResolvedSpeaker outlet, int from, int limit)
    {
        if (_document.Language == "en" || outlet.Span is not { } words)
        {
            return null;
        }

        var after = from;
        while (after < limit && Tokens[after].Start < words.End)
        {
            after++;
        }

        if (after < limit && Tokens[after].Kind == TokenKind.Punctuation && _document.Text[Tokens[after].Start] is '»' or '"' or '\u201d')
        {
            after++; // the closing mark of a quoted outlet name
        }

        if (after >= limit || Tokens[after].Kind != TokenKind.Word)
        {
            return null; // "..., сообщает ТАСС." : the outlet is the speaker
        }

        var (ss, se) = phrase.After(after, limit);
        var body = _resolver.RegistryAt(after, limit)
            ?? (_resolver.IsSlavicTitle(after) ? _resolver.RegistryAt(after + 1, limit) : null); // "представитель Сил обороны юга"
        return (body ?? _resolver.Resolve(ss, se)) is { IsOutlet: false } told ? told : null;
    }

    /// <summary>
    /// The outlet named in quotation marks between a verb and its speaker phrase ("в інтерв'ю «Радіо Свобода»", skipped
    /// by <see cref="SpeakerPhrase.After"/>): the registry outlet, else the quoted words as a medium's outlet.
    /// </summary>
    private ResolvedSpeaker? QuotedOutlet(int from, int to)
    {
        var open = -1;
        for (var i = from; i < to; i++)
        {
            if (Tokens[i].Kind != TokenKind.Punctuation || !PhraseGaps.IsQuoteMark(_document.Text[Tokens[i].Start]))
            {
                continue;
            }

            if (open < 0)
            {
                open = i;
                continue;
            }

            if (i - open < 2)
            {
                return null;
            }

            var span = new TextSpan(Tokens[open + 1].Start, Tokens[i - 1].End);
            var resolved = _resolver.RegistryAt(open + 1, i);
            return resolved is { IsOutlet: true } ? resolved : new ResolvedSpeaker(span.Slice(_document.Text).ToString(), SpeakerType.Media, null, span, null);
        }

        return null;
    }

    /// <summary>The channel named in quotation marks opening at <paramref name="open"/>: "«Южный рубеж»" is the channel Южный рубеж.</summary>
    private ResolvedSpeaker? QuotedChannel(int open, int limit)
    {
        var text = _document.Text;
        for (var k = open + 1; k < limit && k <= open + 6; k++)
        {
            if (Tokens[k].Kind == TokenKind.Punctuation && Languages.PhraseGaps.IsQuoteMark(text[Tokens[k].Start]))
            {
                var name = new TextSpan(Tokens[open + 1].Start, Tokens[k - 1].End);
                return k > open + 1 ? new ResolvedSpeaker(name.Slice(text).ToString(), SpeakerType.Media, null, name, null) : null;
            }
        }

        return null;
    }

    /// <summary>The token after a weekday that follows <paramref name="at"/> ("в воскресенье", "у суботу"), else <paramref name="at"/>.</summary>
    private int AfterWeekday(int at, int limit)
    {
        var text = _document.Text;
        return at + 2 < limit && Languages.PhraseGaps.WeekdayPrepositions.Contains(text, Tokens[at])
            && Languages.PhraseGaps.Weekdays.Contains(text, Tokens[at + 1])
                ? at + 2
                : at;
    }

    /// <summary>
    /// Words that describe a person a story has named, after "the": "the 67-year-old said", "the pensioner said".
    /// </summary>
    private static readonly WordSet PersonDescriptions = new(
    [
        "pensioner", "retiree", "resident", "woman", "man", "mother", "father", "grandmother", "grandfather", "widow",
        "nurse", "teacher", "farmer", "driver", "shopkeeper", "miner", "engineer", "student", "doctor", "volunteer",
        // a rank or a soldier's post names the serving member the story follows: "the colonel said", "the pilot said"
        "colonel", "general", "major", "captain", "lieutenant", "sergeant", "commander", "pilot", "soldier", "gunner", "medic",
    ]);

    /// <summary>
    /// '"...," the 67-year-old said', '"...," the pensioner said': "the" and an age or a word describing a person, right
    /// before the cue, refer to the person named last before them in the paragraph ("Nadiya Kovalenko was boiling water
    /// ..."); null when the paragraph names no one ("a 67-year-old said" or "the man said" with no name bring in someone
    /// unnamed, not resolved here).
    /// </summary>
    private ResolvedSpeaker? DescribedPerson(int floor, int cue, int s)
    {
        if (_document.Language != "en" || cue - 2 < floor)
        {
            return null;
        }

        var text = _document.Text;
        var article = -1;
        for (var i = cue - 1; i >= floor && i >= cue - 6; i--)
        {
            if (Tokens[i].Text(text) is "the" or "The")
            {
                article = i;
                break;
            }
        }

        if (article < 0 || article + 1 >= cue)
        {
            return null;
        }

        var words = text.AsSpan(Tokens[article + 1].Start, Tokens[cue - 1].End - Tokens[article + 1].Start);
        if (!IsAge(words) && !(article + 2 == cue && PersonDescriptions.Contains(text, Tokens[article + 1])))
        {
            return null;
        }

        var paragraph = _document.Sentences[s].Paragraph;
        var from = _document.Sentences[s].FirstToken;
        for (var p = s - 1; p >= 0 && _document.Sentences[p].Paragraph == paragraph; p--)
        {
            from = _document.Sentences[p].FirstToken;
        }

        // a paragraph that names the person by surname alone ("What worries Hnatenko most ...") refers to them too
        return _resolver.PersonNamedIn(from, article) ?? _resolver.PersonBySurnameIn(from, article);
    }

    /// <summary>"67-year-old", "67-year old".</summary>
    private static bool IsAge(ReadOnlySpan<char> words)
    {
        var digits = 0;
        while (digits < words.Length && char.IsAsciiDigit(words[digits]))
        {
            digits++;
        }

        return digits is >= 1 and <= 3 && words[digits..] is "-year-old" or "-year old" or " year old";
    }

    private bool IsComma(int i) => Tokens[i].Kind == TokenKind.Punctuation && _document.Text[Tokens[i].Start] == ',';

    /// <summary>An outlet named just before a "citing" cue, unless the chain already has it.</summary>
    private (ResolvedSpeaker Speaker, int Start)? RelayBefore(SpeakerPhrase phrase, int floor, int cue, List<ChainEntry> chain)
    {
        var at = cue;
        if (at - 1 >= floor && Tokens[at - 1].Kind == TokenKind.Punctuation && _document.Text[Tokens[at - 1].Start] == ',')
        {
            at--; // "Reuters, citing TASS"
        }

        var (start, end) = phrase.Before(floor, at);
        if (end <= start || _resolver.Resolve(start, end) is not { IsOutlet: true } outlet
            || Names(chain, outlet.Name))
        {
            return null;
        }

        return (outlet, start);
    }

    private static bool Names(List<ChainEntry> chain, string name)
    {
        foreach (var c in chain)
        {
            if (string.Equals(c.Speaker.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A plural possessive in the cue or right after it: "по их данным", "за їхніми даними", "according to them".</summary>
    private bool Plural(string verb, int after, int limit)
    {
        foreach (var word in verb.AsSpan().Split(' '))
        {
            if (verb.AsSpan()[word] is "их" or "їхніми" or "їхньою" or "them" or "their")
            {
                return true;
            }
        }

        return after < limit && Tokens[after].Text(_document.Text) is "их" or "їхніми" or "їхньою";
    }

    /// <summary>A cue with the pronoun inside it: "по его словам", "за її словами".</summary>
    private static bool PronounCue(string verb)
    {
        var words = verb.AsSpan();
        foreach (var word in words.Split(' '))
        {
            if (SpeakerLexicon.PossessivePronouns.Contains(words[word]) || words[word] is "his" or "their")
            {
                return true;
            }
        }

        return false;
    }
}
