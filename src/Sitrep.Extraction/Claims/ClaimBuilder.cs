using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>Builds the claims of one sentence: one per kind found, in the order the kinds appear.</summary>
internal sealed partial class ClaimBuilder
{
    private const int NegationReach = 3;
    private readonly Document _document;
    private readonly ClaimLexicon _lexicon;
    private int _next;

    // the registry actors of the last token range asked about: a statement's places and extents ask for the same range
    private (int First, int Limit, List<PhraseMatch<Actors.Actor>>? Names) _actorNames;

    public ClaimBuilder(Document document, ClaimLexicon lexicon)
    {
        _document = document;
        _lexicon = lexicon;
        Mentions = SharedReadings.Of(document).Mentions(); // the places as the claims read them: districts as their cities
    }

    public SentenceMentions Mentions { get; }

    /// <summary>The document's tokens, read in place (no copy per stage).</summary>
    public ReadOnlySpan<Token> Tokens => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_document.Tokens);

    private ReadOnlySpan<Token> _tokens => Tokens;

    /// <summary>
    /// The claims a claimant makes in <paramref name="span"/> (a sentence or one speaker's clause of it). An attributed
    /// <paramref name="statement"/> with no kind recognised is one claim of kind other; a sentence of an own channel
    /// (a summary's table row, a hashtag line) makes a claim only with a kind.
    /// </summary>
    public List<Proposition> Build(int s, TextSpan span, Claimant claimant, List<Proposition> earlier, bool statement = true, TimeMention? reportTime = null)
    {
        var sentence = _document.Sentences[s];
        var first = Math.Max(sentence.FirstToken, TokenSearch.FirstAtOrAfter(_tokens, sentence.FirstToken, sentence.TokenCount, span.Start));
        var limit = first;
        while (limit < sentence.FirstToken + sentence.TokenCount && _tokens[limit].End <= span.End)
        {
            limit++;
        }

        var text = _document.Text;
        var found = new List<Proposition>();
        var denials = _lexicon.Denials.FindAll(text, _tokens, first, limit);
        var denied = denials.Count > 0;
        var triggers = Triggers(s, span, first, limit);
        var bare = triggers.Count == 0;

        // "мужчина 1961 года рождения": a year of birth dates a person, not the statement; "KYIV, Dec 11 (Wire) -": a
        // dateline dates the story's filing
        var times = new List<TimeMention>();
        foreach (var t in Mentions.Times(s))
        {
            if (t.From is not null && !PlaceAnaphor.IsBirthYear(text, t.Span) && !DatelineTime.Is(text, t))
            {
                times.Add(t);
            }
        }

        TimeMention? own = null;
        foreach (var t in times)
        {
            if (span.Contains(t.Span))
            {
                own = t;
                break;
            }
        }

        own ??= times.Count > 0 ? times[0] : null;
        var bareDenial = false;
        if (bare)
        {
            if (denied && DenialOfEarlier(span, claimant, earlier, own) is { } denial)
            {
                found.Add(denial);

                // "called the claim false, saying fighting for the village was continuing": what the denier said
                // instead, after a verb of saying, is a statement of its own
                if (!statement || SaidAfterDenial(denials, limit) is not { } said || !HasContent(said, limit))
                {
                    return found;
                }

                bareDenial = true;
                triggers.Add((ClaimKind.Other, said, span));
            }
            else
            {
                if (!statement || !HasContent(first, limit))
                {
                    return found;
                }

                // every attributed statement is a claim: with no kind recognised it is one of kind other
                triggers.Add((ClaimKind.Other, first, span));
            }
        }

        var hedge = claimant.Hedge ?? SentenceHedge(first, limit);
        List<(TextSpan Span, string Value)>? extents = null; // only a control, capture or encirclement claim asks
        var places = PlaceAnaphor.WithoutDetails(PlacesOutsideNames(Mentions.Places(s), first, limit), text, _tokens, first, limit);
        var origins = LaunchOrigin.Find(places, text, _tokens, sentence.Span);
        if (origins.Count > 0)
        {
            places = Without(places, origins); // "launched from the directions of Kursk": not where it hit
        }

        places = WithoutReportingClause(places, claimant.SpeakerSpan, first, limit);
        VictimsOfStrike(triggers, places, span, claimant.SpeakerSpan, first, limit);
        foreach (var (foundKind, trigger, triggerSpan) in triggers)
        {
            // "In total, since the beginning of the operation, 677 aircraft have been destroyed": a running total over
            // many months is a statement of kind other, not a strike that happened somewhere
            var time = ClauseTime(times, own, span, trigger, first, limit) ?? reportTime;
            var kind = foundKind == ClaimKind.Strike && RunningTotal(time) ? ClaimKind.Other : foundKind;
            if ((kind is ClaimKind.Capture or ClaimKind.Control or ClaimKind.Encirclement && AnnouncedByAnother(first, trigger, claimant.Verb))
                || (kind == ClaimKind.Control && HoldsOnlyPositions(trigger, limit)))
            {
                kind = ClaimKind.Other; // "Москва вже тричі оголошувала про взяття селища": a claim retold, not made
            }

            var entry = kind == ClaimKind.Control ? EntryFromSide.ExtentAfter(text, _tokens, trigger, limit) : null;
            if (entry is not null && ClaimSide.Opposite(claimant.Side) is { } otherSide
                && ClaimSide.Of(text, _tokens, first, limit, trigger, claimant.Side, claimant.SpeakerSpan) == otherSide)
            {
                kind = ClaimKind.Other; // "Russian groups entered the city from the south, the corps said": an infiltration the defender reports
            }

            // "Ukraine has close to 900,000 people under arms": a country is what a statement is about, not where it
            // happened (but "drones shot down over Russia" were over it)
            // "trimming a draft that Kyiv said favoured Moscow": a capital with no preposition before it is its government
            var candidates = kind == ClaimKind.Other ? OtherCandidates(places, first) : places;
            var place = BestPlace(candidates, span, triggerSpan, claimant.SpeakerSpan);
            if (place is not null && IsAgent(place, triggerSpan, first, limit))
            {
                // "Russia had again struck Ukrainian infrastructure": the country doing it is not where it happened
                place = BestPlace(Without(candidates, place), span, triggerSpan, claimant.SpeakerSpan);
            }

            var placeRef = place is null ? null : new PlaceRef(place.GeonameId, place.Name);
            if ((place is null || place.IsAdminArea) && CapitalAnaphor.Find(_document, _tokens, first, limit, span.Start) is { } capital)
            {
                placeRef = capital; // "households in the capital were left without power": the capital named before
            }
            else if (place is null && SeatOfSpeaker(s, claimant.SpeakerSpan) is { } seat)
            {
                // "Russian-installed officials in Enerhodar said that drones had hit a bus station (in the town)": their town
                placeRef = seat;
            }
            else if ((place is null || place.IsAdminArea) && TownAnaphor(first, limit) && LatestPlace(found, span.Start, CityAnaphor(first, limit), VillageAnaphor(first, limit), first, limit) is { } antecedent)
            {
                placeRef = antecedent; // "the town was not encircled": the place of the claim before
            }
            else if (place is not null && !place.IsAdminArea && CityWordNearer(first, limit, trigger, place)
                && SeatOfSpeaker(s, claimant.SpeakerSpan)?.GeonameId != place.GeonameId && MostNamed(span.Start) is { } city)
            {
                placeRef = city; // "killed 34 soldiers in the city ... on the approaches from Zvirove": the city
            }
            else if (place is null && PlaceAnaphor.Region(_document, _tokens, first, limit, span.Start, claimant.Name, claimant.SpeakerSpan) is { } region)
            {
                placeRef = region; // "Russia has struck port infrastructure in the region": the region of the story
            }
            else if (place is null && kind is not (ClaimKind.Control or ClaimKind.Capture or ClaimKind.Encirclement)
                && DirectionPlace.Find(places, text, span) is { } axis)
            {
                placeRef = axis; // "24 attacks in the Huliaipole direction": at the direction's town
            }
            else if (place is null && kind == ClaimKind.Strike && origins.Count > 0 && MostNamed(span.Start) is { } target)
            {
                placeRef = target; // "the army fired from the direction of Oleshky": at the town the story is about
            }

            var extent = kind is ClaimKind.Control or ClaimKind.Capture or ClaimKind.Encirclement ? entry ?? NearestExtent(extents ??= Extents(first, limit), triggerSpan) : null;
            if (placeRef is null && (extent is "north" or "south" or "east" or "west" or "centre" or "outskirts" || ObjectIsIt(kind, trigger, triggerSpan, limit))
                && LatestPlace(found, span.Start, true, false, first, limit) is { } town)
            {
                placeRef = town; // "Ukrainian forces still hold the north", "the enemy controls the eastern outskirts": of the town told
            }

            var denies = DeniedAt(denials, trigger) || (Negated(first, trigger) && !IsInterception(kind, trigger, triggerSpan))
                || (kind == ClaimKind.Casualties && HasWord(ClaimLexicon.AbsenceWords, trigger + 1, limit))
                || (kind == ClaimKind.Casualties && ClaimLexicon.NoneHurtOpeners.Contains(text, _tokens[trigger]));
            if (denies && placeRef is null
                && LastAffirmed(earlier, kind, claimant.Side) is { } deniedClaim)
            {
                placeRef = deniedClaim.Claim.Place; // "UN monitors said drone attacks in Kherson were systematic. Russia denies targeting civilians."
            }

            if (placeRef is null && kind == ClaimKind.Casualties && !denies && StrikeJustBefore(earlier, s) is { } struck
                && ClaimSide.Of(text, _tokens, first, limit, trigger, claimant.Side, claimant.SpeakerSpan) == claimant.Side)
            {
                // "Drones hit Orikhiv overnight. Two men were wounded, he said.": the victims of the strike told before;
                // "The enemy lost up to 60 servicemen" after a grouping's strikes is the other side's losses, no place
                placeRef = struck;
            }

            var controller = kind is ClaimKind.Control or ClaimKind.Capture or ClaimKind.Encirclement
                ? ClaimSide.Of(text, _tokens, first, limit, trigger, claimant.Side, claimant.SpeakerSpan, denies && kind == ClaimKind.Capture)
                : null;
            var confidence = 1.0;
            if (hedge is not null)
            {
                confidence -= 0.4;
            }

            if (claimant.Type == SpeakerType.Anonymous)
            {
                confidence -= 0.2;
            }

            // "відбили ... у районі Куп'янська, Петропавлівки та в бік Кучерівки": one claim per village of the list
            var unknown = 0;
            var members = !bare && place is not null && placeRef?.GeonameId == place.GeonameId
                ? PlaceList.Around(place, places, text, _tokens, span, out unknown, regions: true).ConvertAll(m => (Mention: (PlaceMention?)m, Ref: (PlaceRef?)new PlaceRef(m.GeonameId, m.Name)))
                : [(place, placeRef)];
            for (var u = 0; u < unknown; u++)
            {
                members.Add((null, null)); // a listed settlement the gazetteer lacks: its claim has no place
            }

            if (place is null && PlaceAnaphor.Plural(_document, _tokens, first, limit, span.Start) is { } both)
            {
                members = both.ConvertAll(b => (Mention: (PlaceMention?)null, Ref: (PlaceRef?)b)); // "the two cities are surrounded"
            }

            foreach (var (mention, reference) in members)
            {
                var claim = new Claim
                {
                    Id = ItemIds.Claim(++_next),
                    Claimant = claimant.Name,
                    Side = claimant.Side,
                    Kind = kind,
                    Place = reference,
                    Extent = kind is ClaimKind.Control or ClaimKind.Capture or ClaimKind.Encirclement ? extent ?? DetailExtent(mention) : null,
                    Stance = denies ? Stance.Denies : Stance.Asserts,
                    Span = span,
                    From = time?.From,
                    To = time?.To,
                    Confidence = Math.Max(0.1, confidence),
                    Hedge = hedge,
                };
                found.Add(new Proposition(claim, controller, !denies));
                if (denies && DeniedSource.Find(text, _tokens, first, limit, trigger) is { } source)
                {
                    // "denied a Russian Defence Ministry claim that Russian troops had captured ...": that claim too
                    found.Add(new Proposition(claim with { Id = ItemIds.Claim(++_next), Contradicts = [], Claimant = source.Name, Side = source.Side, Stance = Stance.Asserts, Confidence = 0.8, Hedge = null },
                        controller, true));
                }

                if (!denies && RelativeDenial.Find(text, _tokens, trigger, limit, denials) is { } other)
                {
                    // "Moscow said it had taken Uspenivka, which Ukrainian commanders also denied": their denial too
                    found.Add(new Proposition(claim with { Id = ItemIds.Claim(++_next), Contradicts = [], Claimant = other.Name, Side = other.Side, Stance = Stance.Denies, Confidence = 0.8, Hedge = null },
                        controller, false));
                }
            }
        }

        // "Ukraine's army dismissed the claim ... and said its troops still held the north": the dismissal stands apart
        if (denied && !bareDenial && !AnyDenialOfTrigger(denials, triggers)
            && DenialOfEarlier(span, claimant, earlier, own) is { } apart)
        {
            found.Add(apart);
        }

        return found;
    }

    /// <summary>The places other than the ones in <paramref name="removed"/>, in order (a new list).</summary>
    private static List<PlaceMention> Without(List<PlaceMention> places, List<PlaceMention> removed)
    {
        var kept = new List<PlaceMention>();
        foreach (var p in places)
        {
            if (!removed.Contains(p))
            {
                kept.Add(p);
            }
        }

        return kept;
    }

    /// <summary>The places other than <paramref name="removed"/>, in order (a new list).</summary>
    private static List<PlaceMention> Without(List<PlaceMention> places, PlaceMention removed)
    {
        var kept = new List<PlaceMention>();
        foreach (var p in places)
        {
            if (p != removed)
            {
                kept.Add(p);
            }
        }

        return kept;
    }

    /// <summary>
    /// The places that stand in the reporting clause between the speaker and "that"/"що"/"что" (at most ten tokens):
    /// "Ingrid Solberg, told a briefing in Geneva that drones had hit ... in Kherson", "заявив на брифінгу в Києві, що ..."
    /// are where the speaker spoke, not where the statement's happening was. Every place when no such clause follows.
    /// </summary>
    private List<PlaceMention> WithoutReportingClause(List<PlaceMention> places, TextSpan? speaker, int first, int limit)
    {
        if (speaker is not { } who || places.Count == 0)
        {
            return places;
        }

        var text = _document.Text;
        var between = 0;
        for (var i = first; i < limit; i++)
        {
            if (_tokens[i].Start < who.End)
            {
                continue;
            }

            if (_tokens[i].Text(text) is "that" or "що" or "что")
            {
                var end = _tokens[i].Start;
                return places.FindAll(p => p.Span.Start < who.End || p.Span.Start >= end);
            }

            if (++between > 10 || _tokens[i].Text(text) is "." or ";" or "\"" or "\u00AB" or "\u201C")
            {
                break;
            }
        }

        return places;
    }

    /// <summary>The places a statement of kind other may be about: no country it is not over, no bare capital, no dateline.</summary>
    private List<PlaceMention> OtherCandidates(List<PlaceMention> places, int first)
    {
        var kept = new List<PlaceMention>();
        foreach (var p in places)
        {
            if ((p.FeatureCode is not "PCLI" || Over(p, first)) && !BareCapital(p, first) && !IsDateline(p))
            {
                kept.Add(p);
            }
        }

        return kept;
    }

    /// <summary>
    /// The place of the claim told last, when it is a strike with a place told in one of the two sentences before
    /// sentence <paramref name="s"/>: casualties with no place of their own ("Поранено трьох людей", "Ранены двое
    /// мирных жителей", "Two men were wounded") are the victims of that strike, whoever reports them.
    /// </summary>
    private PlaceRef? StrikeJustBefore(List<Proposition> earlier, int s)
    {
        if (earlier.Count == 0 || s == 0)
        {
            return null;
        }

        var last = earlier[^1].Claim;
        var from = _document.Sentences[Math.Max(0, s - 2)].Span.Start;
        return last.Kind == ClaimKind.Strike && earlier[^1].Affirms && last.Stance == Stance.Asserts && last.Place is { } place
            && last.Span.Start >= from && last.Span.End <= _document.Sentences[s].Span.Start
            ? place
            : null;
    }

    /// <summary>The last earlier affirmed claim of <paramref name="kind"/> with a place, by another side.</summary>
    private static Proposition? LastAffirmed(List<Proposition> earlier, ClaimKind kind, string? side)
    {
        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            var p = earlier[i];
            if (p.Claim.Kind == kind && p.Affirms && p.Claim.Place is not null && p.Claim.Side != side)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Whether a denial of the statement denies one of its triggers, or a relative clause ties them.</summary>
    private bool AnyDenialOfTrigger(List<PhraseMatch<bool>> denials, List<(ClaimKind Kind, int Token, TextSpan Span)> triggers)
    {
        foreach (var d in denials)
        {
            foreach (var t in triggers)
            {
                if (DeniedBy(d, t.Token) || RelativeBetween(t.Token, d.FirstToken))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// A time of more than three months ("since the beginning of the operation"): what is counted over it is a running
    /// total, not one happening ("nine strikes since the beginning of December" are still strikes).
    /// </summary>
    private static bool RunningTotal(TimeMention? time) =>
        time is { From: { } from, To: { } to } && to.DayNumber - from.DayNumber > 92;

    /// <summary>The token after the first verb of saying that follows the last denial ("..., saying"), or null.</summary>
    private int? SaidAfterDenial(List<PhraseMatch<bool>> denials, int limit)
    {
        var from = denials[^1].EndToken;
        for (var i = from; i < limit; i++)
        {
            if (ClaimLexicon.SaysAgain.Contains(_document.Text, _tokens[i]))
            {
                return i + 1;
            }
        }

        return null;
    }

    /// <summary>Whether the statement has a word to claim anything with (not only punctuation, digits or a hashtag).</summary>
    private bool HasContent(int first, int limit)
    {
        var words = 0;
        for (var i = first; i < limit; i++)
        {
            if (_tokens[i].Kind == TokenKind.Word && _tokens[i].Span.Length > 1)
            {
                words++;
            }
        }

        return words >= 2;
    }

    /// <summary>
    /// "A missile hit a block, killing one woman": the civilian victims of a strike are part of the strike claim, unless
    /// their clause names a place of its own other than the strike's ("a woman was injured in the Bila Tserkva
    /// district and energy facilities were hit in the Fastiv district").
    /// </summary>
    /// <summary>
    /// The settlement a speaker phrase places its speaker in, right after it with "in"/"at"/"в"/"у" between ("officials in
    /// Enerhodar", "влада в Енергодарі"): where a local body speaks of what it saw, when what it said names no place.
    /// </summary>
    private PlaceRef? SeatOfSpeaker(int s, TextSpan? speaker)
    {
        if (speaker is not { } own)
        {
            return null;
        }

        var after = TokenSearch.FirstAtOrAfter(_tokens, 0, _tokens.Length, own.End);
        if (after < 0 || after + 1 >= _tokens.Length || _tokens[after].Text(_document.Text) is not ("in" or "at" or "в" or "у"))
        {
            return null;
        }

        foreach (var p in Mentions.Places(s))
        {
            if (p.Span.Start == _tokens[after + 1].Start && !p.IsAdminArea)
            {
                return new PlaceRef(p.GeonameId, p.Name);
            }
        }

        return null;
    }

    private void VictimsOfStrike(List<(ClaimKind Kind, int Token, TextSpan Span)> triggers, List<PlaceMention> places, TextSpan span, TextSpan? speaker, int first, int limit)
    {
        var strike = triggers.FindIndex(t => t.Kind == ClaimKind.Strike);
        if (strike < 0 || !HasWord(ClaimLexicon.CivilianWords, first, limit))
        {
            return;
        }

        var struck = BestPlace(places, span, triggers[strike].Span, speaker);
        triggers.RemoveAll(t =>
        {
            if (t.Kind != ClaimKind.Casualties)
            {
                return false;
            }

            var own = BestPlace(places.FindAll(p => p.Span.Start >= t.Span.End), span, t.Span, speaker);
            return own is null || own.GeonameId == struck?.GeonameId;
        });
    }

    /// <summary>"Ukrainian troops still control it": the object of a control or capture verb is a pronoun for the town told.</summary>
    private bool ObjectIsIt(ClaimKind kind, int trigger, TextSpan triggerSpan, int limit)
    {
        if (kind is not (ClaimKind.Control or ClaimKind.Capture))
        {
            return false;
        }

        var next = TokenSearch.FirstAtOrAfter(_tokens, trigger, Math.Min(limit, trigger + 4) - trigger, triggerSpan.End);
        return next >= 0 && _tokens[next].Text(_document.Text) is "it";
    }

    private bool IsPeople(Token token) =>
        CaptureObjectWords.People.Contains(_document.Text, token) || ClaimLexicon.GroupWords.Contains(_document.Text, token);

    private bool HasWord(WordSet words, int from, int to)
    {
        return words.AnyIn(_document.Text, _tokens, from, to);
    }

    /// <summary>Whether a strike trigger is an interception word ("shot down", "intercepted", "збили").</summary>
    private bool IsInterception(ClaimKind kind, int trigger, TextSpan span)
    {
        if (kind != ClaimKind.Strike)
        {
            return false;
        }

        var last = trigger;
        while (last + 1 < _tokens.Length && _tokens[last + 1].End <= span.End)
        {
            last++;
        }

        return ClaimLexicon.InterceptionWords.Contains(_document.Text, _tokens[last])
            || (_lexicon.OtherReports.TryMatch(_document.Text, _tokens, trigger, last + 1, out _, out var attack) && !attack);
    }

    /// <summary>
    /// <c>ActorRegistry.Default.FindAll</c> over tokens [<paramref name="first"/>, <paramref name="limit"/>), read from the
    /// document's registry names as the attribution stage found them (<see cref="RegistryMatches"/>), and kept for the next
    /// ask about the same range; callers only read it, before they ask about another range (one list is reused).
    /// </summary>
    private List<PhraseMatch<Actors.Actor>> ActorNames(int first, int limit)
    {
        if (_actorNames.Names is { } names && _actorNames.First == first && _actorNames.Limit == limit)
        {
            return names;
        }

        names = _actorNames.Names ?? [];
        names.Clear();
        names.AddRange(RegistryMatches.Of(_document.Text, _document.Tokens, Actors.ActorRegistry.Default).In(first, limit));
        _actorNames = (first, limit, names);
        return names;
    }

    private string? SentenceHedge(int first, int limit)
    {
        // the first match is all it reads: found as the scan meets it, with no list of the others
        return AttributionLexicon.Default.Hedges.TryFirst(_document.Text, _tokens, first, limit, out var found)
            ? found.Span.Slice(_document.Text).ToString().ToLowerInvariant()
            : null;
    }
}
