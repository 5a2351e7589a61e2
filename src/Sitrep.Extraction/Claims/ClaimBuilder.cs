using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>Builds the claims of one sentence: one per kind found, in the order the kinds appear.</summary>
internal sealed class ClaimBuilder
{
    private const int NegationReach = 3;
    private readonly Document _document;
    private readonly Token[] _tokens;
    private readonly ClaimLexicon _lexicon;
    private int _next;

    public ClaimBuilder(Document document, ClaimLexicon lexicon)
    {
        _document = document;
        _tokens = document.Tokens.ToArray();
        _lexicon = lexicon;
        Mentions = new SentenceMentions(document);
    }

    public SentenceMentions Mentions { get; }

    /// <summary>
    /// The claims a claimant makes in <paramref name="span"/> (a sentence or one speaker's clause of it). An attributed
    /// <paramref name="statement"/> with no kind recognised is one claim of kind other; a sentence of an own channel
    /// (a summary's table row, a hashtag line) makes a claim only with a kind.
    /// </summary>
    public List<Proposition> Build(int s, TextSpan span, Claimant claimant, List<Proposition> earlier, bool statement = true, TimeMention? reportTime = null)
    {
        var sentence = _document.Sentences[s];
        var first = Math.Max(sentence.FirstToken, Array.FindIndex(_tokens, sentence.FirstToken, sentence.TokenCount, t => t.Start >= span.Start));
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
        if (bare)
        {
            if (denied && DenialOfEarlier(span, claimant, earlier) is { } denial)
            {
                found.Add(denial);
                return found;
            }

            if (!statement || !HasContent(first, limit))
            {
                return found;
            }

            // every attributed statement is a claim: with no kind recognised it is one of kind other
            triggers.Add((ClaimKind.Other, first, span));
        }

        var hedge = claimant.Hedge ?? SentenceHedge(first, limit);
        var extents = Extents(first, limit);
        var places = PlaceAnaphor.WithoutDetails(PlacesOutsideNames(Mentions.Places(s), first, limit), text, _tokens, first, limit);
        var origins = LaunchOrigin.Find(places, text, _tokens, sentence.Span);
        if (origins.Count > 0)
        {
            places = places.FindAll(p => !origins.Contains(p)); // "launched from the directions of Kursk": not where it hit
        }

        // "мужчина 1961 года рождения": a year of birth dates a person, not the statement
        var times = Mentions.Times(s).FindAll(t => t.From is not null && !PlaceAnaphor.IsBirthYear(text, t.Span));
        var time = times.Find(t => span.Contains(t.Span)) ?? times.FirstOrDefault() ?? reportTime;
        VictimsOfStrike(triggers, places, span, claimant.SpeakerSpan, first, limit);
        foreach (var (foundKind, trigger, triggerSpan) in triggers)
        {
            // "In total, since the beginning of the operation, 677 aircraft have been destroyed": a running total over
            // many months is a statement of kind other, not a strike that happened somewhere
            var kind = foundKind == ClaimKind.Strike && RunningTotal(time) ? ClaimKind.Other : foundKind;
            // "Ukraine has close to 900,000 people under arms": a country is what a statement is about, not where it
            // happened (but "drones shot down over Russia" were over it)
            var candidates = kind == ClaimKind.Other ? places.FindAll(p => p.FeatureCode is not "PCLI" || Over(p, first)) : places;
            var place = BestPlace(candidates, span, triggerSpan, claimant.SpeakerSpan);
            if (place is not null && IsAgent(place, triggerSpan, first, limit))
            {
                // "Russia had again struck Ukrainian infrastructure": the country doing it is not where it happened
                place = BestPlace(candidates.FindAll(p => p != place), span, triggerSpan, claimant.SpeakerSpan);
            }

            var placeRef = place is null ? null : new PlaceRef(place.GeonameId, place.Name);
            if ((place is null || place.IsAdminArea) && CapitalAnaphor.Find(_document, _tokens, first, limit, span.Start) is { } capital)
            {
                placeRef = capital; // "households in the capital were left without power": the capital named before
            }
            else if ((place is null || place.IsAdminArea) && TownAnaphor(first, limit) && LatestPlace(found, span.Start, CityAnaphor(first, limit), VillageAnaphor(first, limit)) is { } antecedent)
            {
                placeRef = antecedent; // "the town was not encircled": the place of the claim before
            }
            else if (place is not null && !place.IsAdminArea && CityWordNearer(first, limit, trigger, place) && MostNamed(span.Start) is { } city)
            {
                placeRef = city; // "killed 34 soldiers in the city ... on the approaches from Zvirove": the city
            }
            else if (place is null && PlaceAnaphor.Region(_document, _tokens, first, limit, span.Start) is { } region)
            {
                placeRef = region; // "Russia has struck port infrastructure in the region": the region of the story
            }
            else if (place is null && kind == ClaimKind.Strike && origins.Count > 0 && MostNamed(span.Start) is { } target)
            {
                placeRef = target; // "the army fired from the direction of Oleshky": at the town the story is about
            }

            var extent = kind is ClaimKind.Control or ClaimKind.Capture or ClaimKind.Encirclement ? NearestExtent(extents, triggerSpan) : null;
            if (placeRef is null && (extent is "north" or "south" or "east" or "west" or "centre" or "outskirts" || ObjectIsIt(kind, trigger, triggerSpan, limit))
                && LatestPlace(found, span.Start, true) is { } town)
            {
                placeRef = town; // "Ukrainian forces still hold the north", "the enemy controls the eastern outskirts": of the town told
            }

            var denies = DeniedAt(denials, trigger) || (Negated(first, trigger) && !IsInterception(kind, trigger, triggerSpan))
                || (kind == ClaimKind.Casualties && HasWord(ClaimLexicon.AbsenceWords, trigger + 1, limit));
            if (denies && placeRef is null
                && earlier.FindLast(p => p.Claim.Kind == kind && p.Affirms && p.Claim.Place is not null && p.Claim.Side != claimant.Side) is { } deniedClaim)
            {
                placeRef = deniedClaim.Claim.Place; // "UN monitors said drone attacks in Kherson were systematic. Russia denies targeting civilians."
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
                ? PlaceList.Around(place, places, text, _tokens, span, out unknown).ConvertAll(m => (Mention: (PlaceMention?)m, Ref: (PlaceRef?)new PlaceRef(m.GeonameId, m.Name)))
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
                    Id = "c" + ++_next,
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
                    found.Add(new Proposition(claim with { Id = "c" + ++_next, Claimant = source.Name, Side = source.Side, Stance = Stance.Asserts, Confidence = 0.8, Hedge = null },
                        controller, true));
                }

                if (!denies && RelativeDenial.Find(text, _tokens, trigger, limit, denials) is { } other)
                {
                    // "Moscow said it had taken Uspenivka, which Ukrainian commanders also denied": their denial too
                    found.Add(new Proposition(claim with { Id = "c" + ++_next, Claimant = other.Name, Side = other.Side, Stance = Stance.Denies, Confidence = 0.8, Hedge = null },
                        controller, false));
                }
            }
        }

        // "Ukraine's army dismissed the claim ... and said its troops still held the north": the dismissal stands apart
        if (denied && !denials.Exists(d => triggers.Exists(t => DeniedAt([d], t.Token) || RelativeBetween(t.Token, d.FirstToken)))
            && DenialOfEarlier(span, claimant, earlier) is { } apart)
        {
            found.Add(apart);
        }

        return found;
    }

    /// <summary>
    /// A time of more than three months ("since the beginning of the operation"): what is counted over it is a running
    /// total, not one happening ("nine strikes since the beginning of December" are still strikes).
    /// </summary>
    private static bool RunningTotal(TimeMention? time) =>
        time is { From: { } from, To: { } to } && to.DayNumber - from.DayNumber > 92;

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
    /// Whether a denial word governs the trigger: one after it ("reports that X was captured are false"), or one
    /// before it with no reporting verb between ("denied that X was captured", but not "dismissed the claim and said
    /// its troops held").
    /// </summary>
    private bool DeniedAt(List<PhraseMatch<bool>> denials, int trigger)
    {
        foreach (var d in denials)
        {
            if (d.FirstToken > trigger)
            {
                // "Moscow said it had taken Uspenivka, which Ukrainian commanders denied": the relative clause is
                // someone else's denial, not the claimant's
                if (!RelativeBetween(trigger, d.FirstToken) && !ContrastBetween(trigger, d.FirstToken))
                {
                    return true;
                }

                continue;
            }

            var spoken = false;
            for (var i = d.EndToken; i < trigger && !spoken; i++)
            {
                spoken = ClaimLexicon.SaysAgain.Contains(_document.Text, _tokens[i]);
            }

            if (!spoken)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "контролируют центр города, но говорить о полном освобождении пока рано": a clause after "but" denies its own
    /// proposition, not the one before it (unless that proposition comes after the trigger in the same clause).
    /// </summary>
    private bool ContrastBetween(int trigger, int later)
    {
        for (var i = trigger + 1; i < later; i++)
        {
            if (_tokens[i].Text(_document.Text) is "but" or "но" or "але" or "однако" or "проте" or "however")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a relative clause after a comma (", which ...", ", a claim which ...") stands between the trigger and a later word.</summary>
    private bool RelativeBetween(int trigger, int later)
    {
        var comma = false;
        for (var i = trigger + 1; i < later; i++)
        {
            var word = _tokens[i].Text(_document.Text);
            if (comma && word is "which")
            {
                return true;
            }

            comma |= word is ",";
        }

        return false;
    }

    /// <summary>
    /// "Ukraine's military denied the claim": a denial without a proposition of its own denies the latest claim by
    /// another claimant that names a place.
    /// </summary>
    private Proposition? DenialOfEarlier(TextSpan span, Claimant claimant, List<Proposition> earlier)
    {
        var target = earlier.FindLast(p => p.Claim.Place is not null && p.Affirms
            && !string.Equals(p.Claim.Claimant, claimant.Name, StringComparison.OrdinalIgnoreCase)
            && (p.Claim.Side is null || claimant.Side is null || p.Claim.Side != claimant.Side));
        if (target is null)
        {
            return null;
        }

        var claim = target.Claim with
        {
            Id = "c" + ++_next,
            Claimant = claimant.Name,
            Side = claimant.Side,
            Stance = Stance.Denies,
            Span = span,
            Hedge = claimant.Hedge,
            Confidence = claimant.Hedge is null ? 0.8 : 0.5,
            Contradicts = [],
        };
        return new Proposition(claim, target.Controller, false);
    }

    private List<(ClaimKind Kind, int Token, TextSpan Span)> Triggers(int s, TextSpan sentence, int first, int limit)
    {
        var triggers = new List<(ClaimKind Kind, int Token, TextSpan Span)>();
        foreach (var m in _lexicon.Kinds.FindAll(_document.Text, _tokens, first, limit))
        {
            var kind = m.Value;
            if (kind == ClaimKind.Capture)
            {
                kind = CaptureObject.Classify(_document.Text, _tokens, first, limit, m.FirstToken, m.FirstToken + m.TokenCount);
            }

            else if (kind == ClaimKind.Strike && ClaimLexicon.DestroyWords.Contains(_document.Text, _tokens[m.FirstToken]) && Intercepted(first, limit, m.FirstToken))
            {
                continue; // "перехвачены и уничтожены 37 беспилотников": the interception, told twice
            }
            else if (kind == ClaimKind.Strike && DestroysPeople(first, limit, m.FirstToken, m.FirstToken + m.TokenCount, out var assault))
            {
                // "Знищено 6 окупантів", "15 Russian groups had been destroyed"; "destroyed an assault group": an assault stopped
                kind = assault ? ClaimKind.Repelled : ClaimKind.Casualties;
            }

            if (kind is ClaimKind.Strike or ClaimKind.Casualties && HasWord(ClaimLexicon.ArrestWords, first, m.FirstToken))
            {
                continue; // "detained 12 people suspected of guiding missile strikes": the arrest is what is told
            }

            if (kind == ClaimKind.Strike && (HasWord(ClaimLexicon.MineWords, m.EndToken, Math.Min(limit, m.EndToken + 3)) || Attributive(first, m)
                || (m.FirstToken > first && ClaimLexicon.CauseWords.Contains(_document.Text, _tokens[m.FirstToken - 1]) && HasWord(ClaimLexicon.SufferWords, m.EndToken, limit))))
            {
                // "his tractor hit an anti-tank mine"; "evacuated residents from the damaged building"; "от ударов ... пострадали
                // 60 мирных жителей": the strikes are the cause of the losses told
                continue;
            }

            if (kind is ClaimKind.Capture or ClaimKind.Encirclement && InTimeClause(first, m.FirstToken))
            {
                continue; // "fewer than 1,000 remained by the time the town fell": when, not what, is said
            }

            if (kind != ClaimKind.Other && !triggers.Exists(t => t.Kind == kind))
            {
                triggers.Add((kind, m.FirstToken, m.Span));
            }
        }

        if (!triggers.Exists(t => t.Kind == ClaimKind.Capture) && OwnAdvanceIntoPart(first, limit) is var advance and >= 0)
        {
            triggers.Add((ClaimKind.Capture, advance, _tokens[advance].Span)); // "наши штурмовики продвинулись в северной части"
        }

        var report = OtherReports(triggers, first, limit);
        if (!triggers.Exists(t => t.Kind == ClaimKind.Strike) && !HasWord(ClaimLexicon.ArrestWords, first, limit)
            && WeaponUse.Find(_document.Text, _tokens, first, limit, _lexicon) is var use and >= 0)
        {
            triggers.Add((ClaimKind.Strike, use, _tokens[use].Span)); // "Russia had used at least 200 guided bombs"
        }

        // "A missile hit a block, killing one woman": civilian victims of a strike are part of the strike claim (see
        // VictimsOfStrike), so their count makes no casualties claim of its own
        if (!(triggers.Exists(t => t.Kind == ClaimKind.Strike) && HasWord(ClaimLexicon.CivilianWords, first, limit))
            && !triggers.Exists(t => t.Kind == ClaimKind.Casualties))
        {
            var losses = Mentions.Quantities(s).Find(q => sentence.Contains(q.Span) && q.Unit is Units.Killed or Units.Wounded or Units.Captured or Units.Missing);
            if (losses is not null && !HasWord(ClaimLexicon.ExchangeWords, first, limit)) // prisoners exchanged are no losses
            {
                var at = Array.FindIndex(_tokens, first, limit - first, t => t.Start >= losses.Span.Start);
                triggers.Add((ClaimKind.Casualties, Math.Max(first, at), losses.Span));
            }
        }

        if (triggers.Count == 0 && report is { } other)
        {
            triggers.Add((ClaimKind.Other, other.FirstToken, other.Span));
        }
        else if (report is { } second && SecondClause.Stands(_document.Text, _tokens, limit, triggers, second, PlacesOutsideNames(Mentions.Places(s), first, limit)))
        {
            // "liberated Hryshyne and continued clearing Myrnohrad": the second clause's report keeps its own claim
            triggers.Add((ClaimKind.Other, second.FirstToken, second.Span));
        }

        return triggers;
    }

    /// <summary>
    /// Attacks, interceptions and engagement counts: an attack with a weapon named ("drones attacked Dnipro") or an
    /// interception that failed ("could not be intercepted") is a strike; otherwise they make a claim of kind other,
    /// only when the sentence has no claim of a stronger kind.
    /// </summary>
    private PhraseMatch<bool>? OtherReports(List<(ClaimKind Kind, int Token, TextSpan Span)> triggers, int first, int limit)
    {
        var reports = _lexicon.OtherReports.FindAll(_document.Text, _tokens, first, limit);
        var armed = _lexicon.Weapons.FindAll(_document.Text, _tokens, first, limit).Count > 0;
        if (!armed)
        {
            // the noun "attack" says something only with its weapon ("drone attacks on civilians"); "consequences of
            // the night attack" reports nothing
            reports.RemoveAll(m => m.TokenCount == 1 && _tokens[m.FirstToken].Text(_document.Text) is "attack" or "attacks" or "Attack" or "Attacks");
        }

        if (reports.Count == 0)
        {
            return null;
        }

        foreach (var m in reports)
        {
            if (m.Value && IsLaunch(m) && !LaunchesSomething(m.FirstToken + m.TokenCount, limit))
            {
                continue; // "shot down 89 of 112 drones launched by Russia": the launch describes what was shot down
            }

            var strike = m.Value ? armed : Negated(first, m.FirstToken);
            if (strike && !triggers.Exists(t => t.Kind == ClaimKind.Strike))
            {
                triggers.Add((ClaimKind.Strike, m.FirstToken, m.Span));
            }
        }

        return reports[0];
    }

    /// <summary>
    /// Whether the trigger stands in a time clause that dates the statement ("by the time the town fell", "after
    /// Avdiivka was captured"): a clause word at most four words before it, with no punctuation between, in a
    /// sentence that does not open with it ("After heavy fighting, Russian troops captured ..." opens its sentence).
    /// </summary>
    private bool InTimeClause(int first, int trigger)
    {
        for (var i = trigger - 1; i >= Math.Max(first + 1, trigger - 4); i--)
        {
            if (_tokens[i].Kind == TokenKind.Punctuation)
            {
                return false;
            }

            if (ClaimLexicon.TimeClauseWords.Contains(_document.Text, _tokens[i]))
            {
                var word = _tokens[i].Text(_document.Text);
                // "time" only as "by the time"
                return word is not "time" || (i - 2 >= first && _tokens[i - 1].Text(_document.Text) is "the" && _tokens[i - 2].Text(_document.Text) is "by");
            }
        }

        return false;
    }

    private bool IsLaunch(PhraseMatch<bool> m) => ClaimLexicon.LaunchWords.Contains(_document.Text, _tokens[m.FirstToken]);

    /// <summary>"launched 80 drones", "launched Shahed-type drones", "випустив по Дніпру 40 дронів": the launch has its object after it.</summary>
    private bool LaunchesSomething(int from, int limit)
    {
        for (var i = from; i < Math.Min(limit, from + 3); i++)
        {
            var t = _tokens[i];
            if (t.Kind == TokenKind.Punctuation || t.Text(_document.Text) is "by" or "from" or "overnight")
            {
                return false;
            }

            if (t.Kind == TokenKind.Number || _lexicon.Weapons.TryMatch(_document.Text, _tokens, i, limit, out _, out _)
                || (t.Kind == TokenKind.Word && char.IsUpper(_document.Text[t.Start])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A destroy word whose object is people or a group of fighters, within a few words either side (an assault group,
    /// <paramref name="assault"/>, is an attack stopped).
    /// </summary>
    private bool DestroysPeople(int first, int limit, int trigger, int triggerEnd, out bool assault)
    {
        assault = false;
        if (!ClaimLexicon.DestroyWords.Contains(_document.Text, _tokens[trigger]))
        {
            return false;
        }

        for (var i = triggerEnd; i < Math.Min(limit, triggerEnd + 4) && _tokens[i].Kind != TokenKind.Punctuation; i++)
        {
            if (IsPeople(_tokens[i]))
            {
                assault = i > first && ClaimLexicon.GroupWords.Contains(_document.Text, _tokens[i]) && ClaimLexicon.AssaultWords.Contains(_document.Text, _tokens[i - 1]);
                return true;
            }
        }

        // passive, "15 small Russian groups had been destroyed"; "killed 20 soldiers and destroyed two tanks" stops at
        // "and"; after "were/was destroyed" the subject may stand further back ("two groups that reached the houses on
        // the outskirts were destroyed")
        var passive = trigger > first && ClaimLexicon.PassiveWords.Contains(_document.Text, _tokens[trigger - 1]);
        var reach = passive ? 16 : 5;
        for (var i = trigger - 1; i >= Math.Max(first, trigger - reach) && _tokens[i].Kind != TokenKind.Punctuation
             && (passive || !ClaimLexicon.Conjunctions.Contains(_document.Text, _tokens[i])); i--)
        {
            if (IsPeople(_tokens[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Наши штурмовики продвинулись в северной части Красноармейска", "our units advanced into the eastern part": the
    /// claimant's own forces advancing into a named part of a town claim that part. An advance by the other side, or
    /// into an area with no part named ("advanced in the Kostiantynivka area"), is no capture.
    /// </summary>
    private int OwnAdvanceIntoPart(int first, int limit)
    {
        for (var i = first; i < limit; i++)
        {
            if (!ClaimLexicon.AdvanceWords.Contains(_document.Text, _tokens[i]))
            {
                continue;
            }

            var own = false;
            for (var j = Math.Max(first, i - 3); j < i && !own; j++)
            {
                own = ClaimLexicon.OwnWords.Contains(_document.Text, _tokens[j]);
            }

            if (own && Extents(i, limit).Exists(e => e.Value is "north" or "south" or "east" or "west" or "centre"))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"the damaged building": a damage word between an article and its noun describes, it reports nothing.</summary>
    private bool Attributive(int first, PhraseMatch<ClaimKind> m) =>
        m.TokenCount == 1 && m.FirstToken > first && _tokens[m.FirstToken].Text(_document.Text) is "damaged"
        && _tokens[m.FirstToken - 1].Text(_document.Text) is "the" or "a" or "its" or "their" && m.EndToken < _tokens.Length && _tokens[m.EndToken].Kind == TokenKind.Word;

    /// <summary>An interception word just before or after a destroy word: "intercepted and destroyed", "перехвачены и уничтожены".</summary>
    private bool Intercepted(int first, int limit, int trigger)
    {
        for (var i = Math.Max(first, trigger - 3); i < Math.Min(limit, trigger + 4); i++)
        {
            if (i != trigger && _lexicon.Interceptions.TryMatch(_document.Text, _tokens, i, limit, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "A missile hit a block, killing one woman": the civilian victims of a strike are part of the strike claim, unless
    /// their clause names a place of its own other than the strike's ("a woman was injured in the Bila Tserkva
    /// district and energy facilities were hit in the Fastiv district").
    /// </summary>
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

        var next = Array.FindIndex(_tokens, trigger, Math.Min(limit, trigger + 4) - trigger, t => t.Start >= triggerSpan.End);
        return next >= 0 && _tokens[next].Text(_document.Text) is "it";
    }

    private bool IsPeople(Token token) =>
        CaptureObjectWords.People.Contains(_document.Text, token) || ClaimLexicon.GroupWords.Contains(_document.Text, token);

    private bool HasWord(WordSet words, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (words.Contains(_document.Text, _tokens[i]))
            {
                return true;
            }
        }

        return false;
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

    private bool Negated(int first, int trigger)
    {
        for (var i = trigger - 1; i >= Math.Max(first, trigger - NegationReach); i--)
        {
            if (_lexicon.NegationWords.TryMatch(_document.Text, _tokens, i, i + 1, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    private string? SentenceHedge(int first, int limit)
    {
        var found = AttributionLexicon.Default.Hedges.FindAll(_document.Text, _tokens, first, limit);
        return found.Count > 0 ? found[0].Span.Slice(_document.Text).ToString().ToLowerInvariant() : null;
    }

    /// <summary>The extent words of the sentence ("full", "northern part", "outskirts"), outside actor names.</summary>
    private List<(TextSpan Span, string Value)> Extents(int first, int limit)
    {
        var names = Actors.ActorRegistry.Default.FindAll(_document.Text, _tokens, first, limit);
        var extents = new List<(TextSpan, string)>();
        foreach (var m in _lexicon.Extents.FindAll(_document.Text, _tokens, first, limit))
        {
            if (!names.Exists(n => n.Span.Overlaps(m.Span)))
            {
                extents.Add((m.Span, m.Value)); // the "Centre" group of forces is not the centre of a town
            }
        }

        return extents;
    }

    /// <summary>
    /// The extent that belongs to this trigger: the nearest one. "Russian groups pushed into the southern districts,
    /// but Ukrainian forces still hold ... the northern outskirts": what is held is the north.
    /// </summary>
    private static string? NearestExtent(List<(TextSpan Span, string Value)> extents, TextSpan trigger)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (span, value) in extents)
        {
            var distance = span.Start >= trigger.End ? span.Start - trigger.End : Math.Max(0, trigger.Start - span.End);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (value, distance);
            }
        }

        return best;
    }

    private static string? DetailExtent(PlaceMention? place) => place?.Detail?.ToLowerInvariant() switch
    {
        null => null,
        var d when d.Contains("north", StringComparison.Ordinal) => "north",
        var d when d.Contains("south", StringComparison.Ordinal) => "south",
        var d when d.Contains("east", StringComparison.Ordinal) => "east",
        var d when d.Contains("west", StringComparison.Ordinal) => "west",
        var d when d.Contains("cent", StringComparison.Ordinal) => "centre",
        var d when d.Contains("outskirts", StringComparison.Ordinal) => "outskirts",
        _ => null,
    };

    /// <summary>
    /// The places of the sentence that are not a word inside a longer actor name: "Kharkiv" in "Kharkiv Regional
    /// Military Administration", "Сили" in "Сили оборони" name the speaker or the forces, not where it happened.
    /// </summary>
    private List<PlaceMention> PlacesOutsideNames(List<PlaceMention> places, int first, int limit)
    {
        if (places.Count == 0)
        {
            return places;
        }

        places = places.FindAll(p => !MadeIn(p, first) && !PlaceAnaphor.IsDestination(_document.Text, p));
        var names = Actors.ActorRegistry.Default.FindAll(_document.Text, _tokens, first, limit);
        return names.Count == 0 ? places : places.FindAll(p => !names.Exists(n => n.Span.Contains(p.Span) && n.Span.Length > p.Span.Length));
    }

    /// <summary>"over Russia", "над территорией России": the airspace of a country.</summary>
    private bool Over(PlaceMention place, int first)
    {
        var at = Array.FindIndex(_tokens, first, t => t.Start >= place.Span.Start);
        return at > first && ClaimLexicon.OverWords.Contains(_document.Text, _tokens[at - 1]);
    }

    /// <summary>"две бронированные машины, в том числе одну производства США": the country that made it, not a place.</summary>
    private bool MadeIn(PlaceMention place, int first)
    {
        var at = Array.FindIndex(_tokens, first, t => t.Start >= place.Span.Start);
        return at > first && ClaimLexicon.MakerWords.Contains(_document.Text, _tokens[at - 1]);
    }

    /// <summary>A region or country standing right before the verb as its subject ("Russia had again struck").</summary>
    private bool IsAgent(PlaceMention place, TextSpan trigger, int first, int limit)
    {
        if (!place.IsAdminArea || place.Span.End > trigger.Start)
        {
            return false;
        }

        var at = Array.FindIndex(_tokens, first, limit - first, t => t.Start >= place.Span.Start);
        if (at > first && ClaimLexicon.PlacePrepositions.Contains(_document.Text, _tokens[at - 1]))
        {
            return false; // "над Белгородской областью сбиты 37 беспилотников": over the region, not by it
        }

        var i = Array.FindIndex(_tokens, first, limit - first, t => t.Start >= place.Span.End);
        for (; i >= 0 && i < _tokens.Length && _tokens[i].Start < trigger.Start; i++)
        {
            if (!ClaimLexicon.AgentGap.Contains(_document.Text, _tokens[i]))
            {
                return false;
            }
        }

        return i >= 0;
    }

    /// <summary>"the town", "the city", "this village": a settlement named before.</summary>
    private bool TownAnaphor(int first, int limit)
    {
        for (var i = first; i < limit; i++)
        {
            if (IsWord(ClaimLexicon.TownWords, i) && (i == first || Determined(i) || BareCyrillicTown(i, limit)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word at <paramref name="i"/> is in the set, also with an English possessive ("the village's western side").</summary>
    private bool IsWord(WordSet words, int i)
    {
        var word = _tokens[i].Chars(_document.Text);
        if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
        {
            word = word[..^2];
        }

        return words.Contains(word);
    }

    /// <summary>"the village", "село", "деревня": a village, which is no town of an administrative seat.</summary>
    private bool VillageAnaphor(int first, int limit)
    {
        for (var i = first; i < limit; i++)
        {
            if (IsWord(ClaimLexicon.VillageWords, i) && (i == first || Determined(i) || BareCyrillicTown(i, limit)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the town", "this village", also "the whole city", "the entire town".</summary>
    private bool Determined(int i) =>
        ClaimLexicon.TownDeterminers.Contains(_document.Text, _tokens[i - 1])
        || (i >= 2 && _tokens[i - 1].Text(_document.Text) is "whole" or "entire" && ClaimLexicon.TownDeterminers.Contains(_document.Text, _tokens[i - 2]));

    /// <summary>
    /// "контролируют центр и юг города": Ukrainian and Russian have no articles, so a town word not followed by the
    /// town's name ("города Покровска") refers back wherever it stands.
    /// </summary>
    private bool BareCyrillicTown(int i, int limit)
    {
        var word = _tokens[i].Chars(_document.Text);
        if (word.Length == 0 || word[0] is < '\u0400' or > '\u04FF')
        {
            return false;
        }

        return i + 1 >= limit || _tokens[i + 1].Kind != TokenKind.Word || !char.IsUpper(_document.Text[_tokens[i + 1].Start]);
    }

    /// <summary>The place of an earlier claim of this sentence, else the last settlement named before it.</summary>
    private PlaceRef? LatestPlace(List<Proposition> found, int before, bool city, bool village = false)
    {
        if (found.FindLast(p => p.Claim.Place is not null) is { } recent)
        {
            return recent.Claim.Place;
        }

        if (city)
        {
            // "moved into the city" after "on the approaches from Zvirove": the city is the settlement the story
            // names most, not the village named last
            return MostNamed(before);
        }

        // "Uspenivka, north-east of Huliaipole ... the village's western side": a village is no administrative seat
        var places = _document.Places;
        for (var pass = village ? 0 : 1; pass < 2; pass++)
        {
            for (var i = places.Count - 1; i >= 0; i--)
            {
                var p = places[i];
                if (p.Span.End <= before && p.Role == PlaceRole.Location && !p.IsAdminArea
                    && (pass == 1 || p.FeatureCode is not { } code || !(code.StartsWith("PPLA", StringComparison.Ordinal) || code == "PPLC")))
                {
                    return new PlaceRef(p.GeonameId, p.Name);
                }
            }
        }

        return null;
    }

    /// <summary>The settlement named most often before <paramref name="before"/> (<see cref="StoryPlace.MostNamedBefore"/>).</summary>
    private PlaceRef? MostNamed(int before) =>
        StoryPlace.MostNamedBefore(_document, before) is { } best ? new PlaceRef(best.GeonameId, best.Name) : null;

    /// <summary>Whether "the city" / "the town" stands nearer the trigger than the place named in the sentence.</summary>
    private bool CityWordNearer(int first, int limit, int trigger, PlaceMention place)
    {
        var at = Array.FindIndex(_tokens, first, limit - first, t => t.Start >= place.Span.Start);
        if (at < 0)
        {
            return false;
        }

        for (var i = first + 1; i < limit; i++)
        {
            if (_tokens[i].Text(_document.Text) is "city" or "town" && Math.Abs(i - trigger) < Math.Abs(at - trigger)
                && Determined(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the city", "the town", "місто", "город": a word for a city rather than a village.</summary>
    private bool CityAnaphor(int first, int limit)
    {
        for (var i = first; i < limit; i++)
        {
            if (ClaimLexicon.CityWords.Contains(_document.Text, _tokens[i])
                && (i == first || Determined(i) || BareCyrillicTown(i, limit)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The location place of the sentence nearest the trigger, preferring one after it and settlements over regions;
    /// a place inside <paramref name="skip"/> (the speaker's own name: "Ukraine's General Staff") is not the claim's.
    /// </summary>
    internal static PlaceMention? BestPlace(List<PlaceMention> places, TextSpan sentence, TextSpan trigger, TextSpan? skip = null)
    {
        PlaceMention? best = null;
        var bestScore = int.MaxValue;
        foreach (var place in places)
        {
            if (!sentence.Contains(place.Span) || place.Role != PlaceRole.Location || (skip is { } speaker && speaker.Overlaps(place.Span)))
            {
                continue;
            }

            var score = place.Span.Start >= trigger.End ? place.Span.Start - trigger.End : trigger.Start - place.Span.End + 20;
            if (place.IsAdminArea)
            {
                score += 60;
            }

            if (score < bestScore)
            {
                best = place;
                bestScore = score;
            }
        }

        return best;
    }
}
