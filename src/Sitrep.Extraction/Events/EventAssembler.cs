using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Claims.Languages;
using Sitrep.Extraction.Events.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>Builds the event drafts of one sentence: trigger, context checks, place, date, actors, numbers, sources.</summary>
internal sealed partial class EventAssembler
{
    /// <summary>A date this long before publication marks a sentence as background, not news.</summary>
    private const int BackgroundDays = 10;
    private const int NegationReach = 3;


    /// <summary>A date interval longer than this is a tally of many happenings, not one event.</summary>
    private const int AggregateDays = 14;

    private readonly Document _document;

    /// <summary>The document's tokens, read in place (no copy per stage).</summary>
    private ReadOnlySpan<Token> _tokens => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_document.Tokens);
    private readonly EventLexicon _lexicon;
    private readonly bool _offTopicDocument;
    private readonly EventSource? _outlet;
    private readonly SentenceMentions _mentions;
    private readonly SentenceActors _actors;

    /// <summary>The side of the actor whose own channel the document is (a unit's Telegram post), if it is one.</summary>
    private readonly string? _channelSide;

    /// <summary>The triggers of the sentence being assembled (one list for the document, cleared per sentence).</summary>
    private readonly List<PhraseMatch<TriggerClass>> _triggers = [];

    /// <summary>Per sentence, the places that may locate its events, once <see cref="EventLocator"/> has worked them out.</summary>
    private List<PlaceMention>?[]? _candidates;

    /// <summary>Per sentence, whether its triggers as found (before any rule) hold a shelling or a drone word (0: not
    /// read yet, 1: no, 2: yes): a bare "were hit" looks back at the sentences before it for one.</summary>
    private sbyte[]? _weaponTriggers;

    /// <summary>Matches of a phrase index asked once and only read (one list for the document, cleared per question).</summary>
    private readonly List<PhraseMatch<bool>> _found = [];

    /// <summary>The spans of the triggers of the sentence being assembled, for the places of the other happenings it tells.</summary>
    private readonly List<TextSpan> _triggerSpans = [];

    /// <summary>The places of the sentence a trigger may be located at (one list for the document, filled per trigger).</summary>
    private readonly List<PlaceMention> _placeCandidates = [];

    /// <summary>The word classes of the sentence being assembled, read once it has a trigger left (this thread's:
    /// the stage assembles one document at a time on a thread, and reads every sentence's words anew).</summary>
    private readonly SentenceWords _words = t_words ??= new();

    [ThreadStatic]
    private static SentenceWords? t_words;

    /// <summary>The spans of the multi-word actor names of the sentence being assembled.</summary>
    private readonly List<TextSpan> _actorSpans = [];

    public EventAssembler(Document document, EventLexicon lexicon)
    {
        _document = document;
        _lexicon = lexicon;
        // what the claims stage read of the document before, when it ran on it
        var readings = SharedReadings.Of(document);
        _mentions = readings.Mentions();
        _actors = new SentenceActors(document);
        _offTopicDocument = ReferenceEquals(lexicon, EventLexicon.Default) ? readings.OffTopic : lexicon.IsOffTopic(document.Text, _tokens);
        if (document.Metadata.Outlet is { Length: > 0 } outlet)
        {
            var name = ActorRegistry.Default.FindByName(outlet)?.Name ?? outlet.Trim();
            _outlet = new EventSource(name, document.Metadata.Medium, []);
        }

        // a unit's or a body's own channel: its outlet ("93 ОМБр «Холодний Яр»") or, with none, its heading
        _channelSide = readings.OwnChannel?.Side;
    }

    /// <summary>Adds the drafts of sentence <paramref name="s"/> to <paramref name="drafts"/> (an empty list).</summary>
    public void Drafts(int s, List<EventDraft> drafts)
    {
        var sentence = _document.Sentences[s];
        var first = sentence.FirstToken;
        var limit = first + sentence.TokenCount;
        var triggers = _triggers;
        triggers.Clear();
        _lexicon.Triggers.FindAll(_document.Text, _tokens, first, limit, triggers);
        NoteWeaponTriggers(s, triggers);
        TriggerRules.AddSwaps(_document.Text, _tokens, triggers, first, limit);
        triggers.RemoveAll((Assembler: this, First: first), static (t, c) => t.Value == TriggerClass.None || c.Assembler.Negated(c.First, t.FirstToken));
        if (triggers.Count == 0)
        {
            return; // every rule below only drops or retypes triggers
        }

        var words = _words;
        words.Read(_document.Text, _tokens, first, limit);
        NonEventMentions.Remove(_document.Text, _tokens, words, triggers, first, limit);
        HabitAndPostponement.Remove(_document.Text, _tokens, words, triggers, first, limit);
        // "Moscow would strike the bridges", "погрожують завдати удару", "пообещали нанести удар": not what happened
        triggers.RemoveAll(new SentenceView(_document.Text, _tokens, first, limit), static (t, c) => Irrealis.Governs(c.Text, c.Tokens, t, c.First, c.Limit));
        if (triggers.Count == 0)
        {
            return; // the rules below only drop or retype triggers: with none left there is no draft
        }

        if (Reminder(first, limit))
        {
            return; // "Напомним, с начала декабря ...", "Нагадаємо, ...": background the outlet recalls
        }

        if (FrontTally.Is(_document, _tokens, _mentions, s, triggers))
        {
            return; // "Over the past day, 187 combat engagements took place": a front's total, nowhere in particular
        }

        TriggerRules.Apply(_document.Text, _tokens, triggers, first, limit);
        // "сили ППО збили над областю 14 безпілотників": drones shot down are no strike of their own ("23 hit
        // targets" would be); the sentence only adds its figures to a strike told nearby
        var intercepted = OnlyIntercepted(first, limit, triggers);
        if (intercepted)
        {
            triggers.RemoveAll(t => t.Value is TriggerClass.Casualties or TriggerClass.Clash);
        }

        var state = NonEventMentions.StateOfFront(_document.Text, _tokens, triggers, first, limit);
        if (state)
        {
            triggers.RemoveAll(t => t.Value is TriggerClass.Casualties or TriggerClass.Clash);
        }

        var actorSpans = ActorSpans(first, limit);
        if (actorSpans.Count > 0)
        {
            // "the 3rd Separate Assault Brigade": a word of a unit's name is no trigger
            triggers.RemoveAll(actorSpans, static (t, spans) => spans.Exists(t.Span, static (a, span) => a.Overlaps(span)));
        }

        if (triggers.Exists(t => t.Value is TriggerClass.Shelling or TriggerClass.AirDrone or TriggerClass.Mine))
        {
            // "a drone hit a building": the weapon names the strike
            triggers.RemoveAll(t => t.Value == TriggerClass.Strike);
        }

        // "attacked Kharkiv with drones": the attack is the strike, not a separate clash; a clash in another
        // clause ("attacked positions with armour, while drones struck the city") is its own event
        for (var i = triggers.Count - 1; i >= 0; i--)
        {
            if (triggers[i].Value == TriggerClass.Clash && WeaponInClause(triggers, triggers[i].Span))
            {
                triggers.RemoveAt(i);
            }
        }

        if (triggers.Exists(t => t.Value != TriggerClass.Casualties))
        {
            triggers.RemoveAll(t => t.Value == TriggerClass.Casualties);
        }
        else if (triggers.Count > 1)
        {
            triggers.RemoveRange(1, triggers.Count - 1);
        }
        if (triggers.Count == 0 || !InWarContext(s, triggers))
        {
            return;
        }

        var statements = _mentions.Attributions(s);
        var denied = ClaimLexicon.Default.Denials.Any(_document.Text, _tokens, first, limit);
        var own = NearestTime(s, triggers[0].Span, triggers[0].Value is TriggerClass.Shelling or TriggerClass.AirDrone or TriggerClass.Strike or TriggerClass.Mine);
        if (own is null && LongRunning(first, limit))
        {
            return; // "Бои за Покровск продолжаются уже несколько месяцев": the long war of a place, no one happening
        }

        var time = own ?? NextDay(first, limit, ContextTime(s)) ?? ContextTime(s);
        if (IsBackground(time) || IsTally(s, time))
        {
            return;
        }

        var background = _lexicon.Background.Any(_document.Text, _tokens, first, limit);
        if (background && triggers.TrueForAll(t => t.Value == TriggerClass.Casualties))
        {
            // "in total, since the beginning of the operation, 677 aircraft have been destroyed": a running tally
            return;
        }

        var repelled = triggers.Exists(t => t.Value == TriggerClass.Repelled);
        List<TextSpan>? others = null;
        if (triggers.Count > 1)
        {
            // the triggers do not change below: their spans are taken once for all of them
            others = _triggerSpans;
            others.Clear();
            foreach (var t in triggers)
            {
                others.Add(t.Span);
            }
        }

        foreach (var trigger in triggers)
        {
            if (denied && trigger.Value is TriggerClass.Capture)
            {
                continue;
            }

            // the statement (clause) the trigger stands in speaks for it
            var attribution = StatementOf(statements, trigger.Span);
            var (place, inSentence) = EventLocator.Find(_document, _tokens, _mentions, _actors, s, trigger.Span, _candidates ??= new List<PlaceMention>?[_document.Sentences.Count],
                others, _placeCandidates);
            if (trigger.Value is TriggerClass.Other && place?.FeatureCode?.StartsWith("PCL", StringComparison.Ordinal) == true)
            {
                (place, inSentence) = (null, false); // "Ukraine and Russia exchanged 84 prisoners": the countries are the parties, not the place
            }

            if (trigger.Value is TriggerClass.Agreement && EventLocator.Dateline(_document) is { } venue)
            {
                (place, inSentence) = (venue, false); // "GENEVA - negotiators agreed ...": talks are where the reporter filed from
            }
            if (trigger.Value is TriggerClass.Capture && place is not null && inSentence && !Contested(place.GeonameId) && DisputedInDocument(place.GeonameId))
            {
                // "Moscow said its forces took full control of Kupiansk ... Ukraine dismissed the claim"
                continue;
            }

            var side = attribution is null ? _channelSide : attribution.Side;
            // "Moscow claimed Kupiansk" / "the General Staff called it untrue": a claim, not a change of hands, but
            // evidence of fighting there
            var subtype = trigger.Value is TriggerClass.Capture && place is not null && Contested(place.GeonameId)
                ? "armed_clash"
                : Subtype(trigger, place, first, limit, side);
            if (drafts.Exists(subtype, static (d, subtype) => d.Subtype == subtype))
            {
                continue;
            }

            // "атакував у районах Торське, Ямпіль, Середнє та Дробишеве": a fight at each village of the list
            List<PlaceMention?> members = place is not null && inSentence
                ? PlaceList.Around(place, _mentions.Places(s), _document.Text, _tokens, sentence.Span).ConvertAll(m => (PlaceMention?)m)
                : [place];
            while (members.Count > 1 && ListTail.AcrossUnknown(members[^1]!, _mentions.Places(s), _document.Text, _tokens, first, limit) is { } further)
            {
                members.Add(further); // "поблизу Плещіївки, Іванопілля, Русиного Яру та Степанівки"
            }

            if (members.Count > 1 && ListTail.After(members[^1]!, _mentions.Places(s), _document.Text, _tokens, first, limit) is { } tail)
            {
                members.Add(tail); // "near Kupiansk, Petropavlivka and towards Kurylivka"
            }

            if (members.Count == 1 && place is not null && inSentence && CommunityList.Around(place, _mentions.Places(s), _document.Text, sentence.Span) is { } communities)
            {
                members = communities.ConvertAll(m => (PlaceMention?)m); // "Краснопільська, Миропільська та Великописарівська громади"
            }

            if (members.Count > 1 && _candidates?[s] is { } usable)
            {
                // "the village of Prymorske near Stepnohirsk": a town the locator set aside as the point that places
                // another (a bearing's or "near"'s reference) is no member of the list
                members.RemoveAll((Place: place, Usable: usable), static (m, c) => m is not null && m != c.Place && !c.Usable.Contains(m));
            }

            foreach (var member in members)
            {
                var draft = new EventDraft
                {
                    Subtype = subtype,
                    Sentence = s,
                    Paragraph = sentence.Paragraph,
                    Trigger = LowerCase(trigger.Span.Slice(_document.Text)),
                    Place = member,
                    PlaceInSentence = inSentence,
                    Location = member is null ? null : EventLocator.Locate(_document, member),
                    Outcome = Outcome(trigger.Value, repelled, first, limit),
                    CasualtiesOnly = trigger.Value == TriggerClass.Casualties,
                    Anaphoric = !inSentence && Anaphora.PointsBack(_document.Text, _tokens, trigger, first),
                    ClaimedAdvance = subtype == "armed_clash" && attribution is not null && Anaphora.ClaimsGround(_document.Text, trigger),
                    InterceptionOnly = intercepted,
                    StateOnly = state,
                    FightersNamed = HasConflictActor(s),
                    WeaponNamed = trigger.Value != TriggerClass.Strike,
                    LastSentence = s,
                    LastParagraph = sentence.Paragraph,
                };
                Date(draft, time, sentence.Span);
                draft.Evidence.Add(sentence.Span);
                draft.Actors.AddRange(EventActors.Find(_document, _mentions, _actors, _tokens, words, s, trigger.FirstToken, trigger.Value, side, attribution?.SpeakerSpan));
                if (member == members[0])
                {
                    draft.Quantities.AddRange(QuantitiesOf(s, trigger, triggers)); // a figure is told once, not per village
                }

                if (attribution is not null)
                {
                    draft.Sources.Add(new EventSource(attribution.Speaker, attribution.Medium, attribution.Via));
                }

                if (_outlet is not null && !draft.Sources.Exists(_outlet.Name, static (x, name) => x.Name == name))
                {
                    draft.Sources.Add(_outlet);
                }

                draft.Confidence = Confidence(draft, attribution, background);
                drafts.Add(draft);
            }
        }
    }

    /// <summary>The text in lower case (invariant), as one new string.</summary>
    private static string LowerCase(ReadOnlySpan<char> text)
    {
        Span<char> lower = text.Length <= 128 ? stackalloc char[text.Length] : new char[text.Length];
        text.ToLowerInvariant(lower);
        return new string(lower);
    }

    /// <summary>A sentence opening with "Напомним", "Нагадаємо", "Recall that": what the outlet recalls, not news.</summary>
    private bool Reminder(int first, int limit) =>
        limit > first && _tokens[first].Text(_document.Text) is "Напомним" or "Нагадаємо" or "Нагадуємо" or "Напоминаем" or "Recall";

    /// <summary>Whether the document denies a capture of the place, or its capture claim is contradicted there.</summary>
    private bool Contested(long geonameId)
    {
        foreach (var c in _document.Claims)
        {
            if (c.Kind is ClaimKind.Capture or ClaimKind.Control or ClaimKind.Encirclement && c.Place?.GeonameId == geonameId
                && (c.Stance == Stance.Denies && c.Kind == ClaimKind.Capture || c.Contradicts.Count > 0))
            {
                return true;
            }
        }

        return false;
    }

    internal static readonly string[] DebrisWords = ["debris", "fragments", "wreckage", "уламки", "уламків", "уламками", "обломки", "обломков", "обломками", "fell", "впали", "упали"];

    /// <summary>An interception word that is not negated ("could not be intercepted"), and no hit or explosion word.</summary>
    private bool OnlyIntercepted(int first, int limit, List<PhraseMatch<TriggerClass>> triggers)
    {
        if (triggers.Exists(t => t.Value == TriggerClass.Strike))
        {
            return false;
        }

        if (!ClaimLexicon.Default.Interceptions.Any(_document.Text, _tokens, first, limit))
        {
            // "силы ПВО уничтожили ещё восемь беспилотников", "сили ППО знищили 12 дронів", "air defences destroyed
            // eight drones": air defence as the subject of a verb of destroying is an interception too
            // "Над Воронежем уничтожены два беспилотника", "над областю знищено 12 дронів", "two drones were destroyed over
            // Voronezh": destroyed over a place is in the sky, shot down with no air defence named
            return _words.Any(EventWord.Destroyed) && (AirDefenceIn(first, limit) || OverAPlace(first, limit))
                && !_words.Any(EventWord.Debris) && !DebrisOpensNext(limit);
        }

        var interceptions = _found;
        interceptions.Clear();
        ClaimLexicon.Default.Interceptions.FindAll(_document.Text, _tokens, first, limit, interceptions);
        foreach (var m in interceptions)
        {
            if (Negated(first, m.FirstToken))
            {
                return false;
            }
        }

        // "debris from a downed missile fell on a block": what was shot down still hit
        return !_words.Any(EventWord.Debris) && !DebrisOpensNext(limit);
    }

    /// <summary>Air defence named as a body: "ПВО", "ППО", "defences" ("air defences destroyed eight drones").</summary>
    internal static readonly string[] AirDefenceWords = ["ПВО", "ППО"];

    private bool AirDefenceIn(int first, int limit)
    {
        if (_words.Any(EventWord.AirDefence))
        {
            return true;
        }

        var span = _document.Text.AsSpan(_tokens[first].Start, _tokens[limit - 1].End - _tokens[first].Start);
        return span.Contains("air defence", StringComparison.OrdinalIgnoreCase) || span.Contains("air defense", StringComparison.OrdinalIgnoreCase);
    }

    private static readonly WordSet OverWords = new(["над", "over"]);

    private static readonly WordSet SkyAreas = new(["областю", "областью", "регіоном", "регионом", "районом", "містом", "городом", "the"]);

    /// <summary>"над Воронежем", "над областю", "over Voronezh", "over the region": a place's sky.</summary>
    private bool OverAPlace(int first, int limit)
    {
        var text = _document.Text;
        for (var i = first; i < limit - 1; i++)
        {
            if (!OverWords.Contains(text, _tokens[i]))
            {
                continue;
            }

            var next = _tokens[i + 1];
            if (char.IsUpper(text[next.Start]) || SkyAreas.Contains(text, next) && (!Is(text, next, "the") || i + 2 < limit && IsArea(text, _tokens[i + 2])))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly WordSet EnglishAreas = new(["region", "city", "area", "oblast", "district", "town"]);

    private static bool IsArea(string text, Token token) => EnglishAreas.Contains(text, token);

    private static bool Is(string text, Token token, string word) =>
        text.AsSpan(token.Start, token.End - token.Start).Equals(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>Verbs of destroying in the past, said of air defence.</summary>
    internal static readonly string[] DestroyedWords = ["уничтожили", "уничтожены", "уничтожено", "знищили", "знищено", "destroyed"];

    private static readonly WordSet DebrisNouns = new(["debris", "fragments", "wreckage", "уламки", "уламків", "обломки", "обломков"]);

    /// <summary>
    /// "... shot down six drones over Belgorod. Debris fell on a warehouse.", "Уламки впали на дах складу": the next
    /// sentence of the same paragraph opens (within its first three words) with the debris of what was shot down, so
    /// the downing still hit.
    /// </summary>
    private bool DebrisOpensNext(int limit)
    {
        if (limit >= _tokens.Length || limit == 0
            || _document.Text.AsSpan(_tokens[limit - 1].End, _tokens[limit].Start - _tokens[limit - 1].End).Contains("\n\n", StringComparison.Ordinal))
        {
            return false;
        }

        return DebrisNouns.AnyIn(_document.Text, _tokens, limit, Math.Min(_tokens.Length, limit + 3));
    }

    /// <summary>
    /// The sentence's numbers that describe this trigger's event: all of them when the sentence has one event, else
    /// each number goes to one trigger (a number belongs to one event, not to every one).
    /// </summary>
    private List<QuantityMention> QuantitiesOf(int s, PhraseMatch<TriggerClass> trigger, List<PhraseMatch<TriggerClass>> triggers)
    {
        var all = _mentions.Quantities(s);
        if (triggers.Count < 2)
        {
            return all;
        }

        var own = new List<QuantityMention>();
        foreach (var q in all)
        {
            // the trigger inside the figure ("30 drones"), else the nearest one before it (a figure follows its
            // verb: "attacked with 12 armoured vehicles"), else the nearest after it
            var nearest = default(PhraseMatch<TriggerClass>);
            foreach (var t in triggers)
            {
                if (q.Span.Overlaps(t.Span))
                {
                    nearest = t;
                    break;
                }
            }

            if (nearest.Span.End == 0)
            {
                var best = int.MaxValue;
                foreach (var t in triggers)
                {
                    var d = t.Span.Start <= q.Span.Start ? q.Span.Start - t.Span.Start : 10_000 + t.Span.Start - q.Span.Start;
                    if (d < best)
                    {
                        (best, nearest) = (d, t);
                    }
                }
            }

            if (Family(nearest.Value) == Family(trigger.Value))
            {
                own.Add(q);
            }
        }

        return own;
    }

    private List<TextSpan> ActorSpans(int first, int limit)
    {
        var spans = _actorSpans;
        spans.Clear();
        foreach (var m in _actors.Of(first, limit))
        {
            if (m.TokenCount > 1 && !_mentions.IsPlace(m.Span))
            {
                spans.Add(m.Span);
            }
        }

        return spans;
    }

    private static TriggerClass Family(TriggerClass cls) => cls switch
    {
        TriggerClass.Repelled or TriggerClass.Casualties => TriggerClass.Clash,
        TriggerClass.Strike => TriggerClass.Shelling,
        _ => cls,
    };

    private bool Negated(int first, int trigger)
    {
        for (var i = trigger - 1; i >= Math.Max(first, trigger - NegationReach); i--)
        {
            if (ClaimLexicon.Default.NegationWords.TryMatch(_document.Text, _tokens, i, i + 1, out _, out _))
            {
                return true;
            }
        }

        return false;
    }

    private string Subtype(PhraseMatch<TriggerClass> trigger, PlaceMention? place, int first, int limit, string? speakerSide) => trigger.Value switch
    {
        TriggerClass.Capture => CaptureSubtype(ClaimSide.Of(_document.Text, _tokens, first, limit, trigger.FirstToken, speakerSide), place?.Country),
        TriggerClass.Shelling or TriggerClass.Strike => "shelling_artillery_missile_attack",
        TriggerClass.AirDrone => "air_drone_strike",
        TriggerClass.Mine => "remote_explosive_landmine_ied",
        TriggerClass.Agreement => "agreement",
        TriggerClass.Arrest => "arrests",
        TriggerClass.Withdrawal => place is null ? "change_to_group_activity" : "non_violent_transfer_of_territory",
        TriggerClass.Chemical => "chemical_weapon",
        TriggerClass.Suicide => "suicide_bomb",
        TriggerClass.Grenade => "grenade",
        TriggerClass.SexualViolence => "sexual_violence",
        TriggerClass.CivilianAttack => "attack",
        TriggerClass.Abduction => "abduction_forced_disappearance",
        TriggerClass.Protest => TriggerRules.Intervened(_document.Text, _tokens, first, limit) ? "protest_with_intervention" : "peaceful_protest",
        TriggerClass.GroupActivity => "change_to_group_activity",
        TriggerClass.Disrupted => "disrupted_weapons_use",
        TriggerClass.Headquarters => "headquarters_or_base_established",
        TriggerClass.Looting => "looting_property_destruction",
        TriggerClass.Other => "other",
        _ => "armed_clash",
    };

    /// <summary>
    /// ACLED has no "state takes territory from another state" sub-type. Its codebook counts a foreign state's forces
    /// taking a location like a non-state actor's ("non-state actor overtakes territory") and keeps "government regains
    /// territory" for the forces of the state the place belongs to. So: the capturer's side equal to the place's
    /// country (Ukraine retaking a Ukrainian village, Russia retaking one in Kursk region) is a regain; anything
    /// else, including an unknown capturer or an unknown country, is an overtake.
    /// </summary>
    internal static string CaptureSubtype(string? capturerSide, string? placeCountry) =>
        capturerSide is not null && capturerSide == placeCountry ? "government_regains_territory" : "non_state_actor_overtakes_territory";

    /// <summary>Words of a fight still going on ("ongoing", "тривали", "продолжаются").</summary>
    internal static readonly string[] OngoingWords =
    [
        "ongoing", "continue", "continued", "тривали", "продолжались", "тривають", "continues", "continuing", "продолжаются",
    ];

    private string? Outcome(TriggerClass cls, bool repelled, int first, int limit)
    {
        if (cls == TriggerClass.Capture)
        {
            return "captured";
        }

        if (cls == TriggerClass.Withdrawal)
        {
            return "withdrawn";
        }

        if (repelled && cls is TriggerClass.Clash or TriggerClass.Repelled)
        {
            return "repelled";
        }

        if (_words.Any(EventWord.Ongoing))
        {
            return cls is TriggerClass.Clash ? "ongoing" : null;
        }

        return null;
    }
}
