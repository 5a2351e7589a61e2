using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;
using Sitrep.Extraction.Events.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Assembles typed, located, dated events from triggers and their arguments. Each sentence with a trigger in a
/// war context (a belligerent, a weapon, a front-line place; not a sports or business story) gives one draft per
/// sub-type; negated, denied and background triggers (a date well before publication) give none. Drafts of the
/// same sub-type in nearby sentences at the same place merge into one event with several evidence spans.
/// </summary>
public sealed class EventsStage : IStage
{
    private const int MergeWindow = 64;

    public string Name => "events";

    public IReadOnlyList<string> Requires { get; } = [Annotations.Sentences, Annotations.Places, Annotations.Times, Annotations.Quantities, Annotations.Attributions];

    public IReadOnlyList<string> Assigns { get; } = [Annotations.Events];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        var assembler = new EventAssembler(document, EventLexicon.Default);
        SharedReadings.Release(document); // the assembler holds what it reads of them; the last reader lets go
        var drafts = new List<EventDraft>();
        var sentenceDrafts = new List<EventDraft>();
        EventDraft? state = null;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            sentenceDrafts.Clear();
            assembler.Drafts(s, sentenceDrafts);
            foreach (var draft in sentenceDrafts)
            {
                if (state is not null && Typed(state, draft))
                {
                    // "routes are under fire from drones. A fuel truck was hit at 05:40": the drone strike
                    (draft.Subtype, draft.WeaponNamed) = (state.Subtype, true);
                    draft.Evidence.Insert(0, state.Evidence[0]);
                    foreach (var a in state.Actors)
                    {
                        if (!draft.Actors.Exists(a.Name, static (x, name) => x.Name == name))
                        {
                            draft.Actors.Add(a);
                        }
                    }

                    state = null;
                }

                var into = draft.CasualtiesOnly
                    ? FindRecent(drafts, draft, static (d, draft) => d.LastParagraph == draft.Paragraph && draft.Sentence - d.LastSentence <= 2
                        && (!draft.PlaceInSentence || draft.Place is null || d.Place is null || d.Place.GeonameId == draft.Place.GeonameId))
                    : null;
                into ??= PointsBackTo(drafts, draft);
                into ??= HeadlineOf(document, drafts, draft);

                var ownDirection = NamesDirection(document, draft.Sentence);
                into ??= FindRecent(drafts, (Draft: draft, OwnDirection: ownDirection, document.Text),
                    static (d, c) => SameHappening(d, c.Draft, c.OwnDirection) && !ToldApart(c.Text, d, c.Draft));
                if (into is null)
                {
                    if (draft.StateOnly)
                    {
                        state = draft;
                    }
                    else if (!draft.InterceptionOnly)
                    {
                        drafts.Add(draft);
                    }
                }
                else
                {
                    if ((OnlyAnAttack(into) || (into.Subtype == "armed_clash" && into.Place is not null && into.Place.GeonameId == draft.Place?.GeonameId))
                        && IsStrike(draft.Subtype) && IsHeadline(document, into.Sentence))
                    {
                        // "Ворог атакував Степногірськ" over "скинули дві авіабомби на Приморське": the lead's weapon types
                        // the attack the headline told, and the lead's village places it
                        (into.Subtype, into.WeaponNamed, into.Place, into.Location, into.PlaceInSentence) =
                            (draft.Subtype, draft.WeaponNamed, draft.Place ?? into.Place, draft.Location ?? into.Location, draft.PlaceInSentence);
                    }

                    into.Absorb(draft);
                }
            }
        }

        DateFromHeadline(document, drafts);
        ClaimsJoinFights(drafts);
        for (var i = 0; i < drafts.Count; i++)
        {
            document.Events.Add(drafts[i].ToEvent(Claims.ItemIds.Event(i + 1)));
        }
    }

    /// <summary>How many paragraphs after a headline that names no place may still tell its happening.</summary>
    private const int PlacelessHeadlineParagraphs = 2;

    /// <summary>How many paragraphs of happenings after a headline that names places may tell them: the lead and the
    /// paragraph after it, one place of the headline each ("тисне на Шахове і Білицьке").</summary>
    private const int PlacedHeadlineParagraphs = 2;

    /// <summary>
    /// The paragraphs after the headline, up to the draft's own, that tell happenings: a byline, a "Published:" line or
    /// a standfirst between the headline and its lead tells none and does not count.
    /// </summary>
    private static int TellingParagraphs(List<EventDraft> drafts, EventDraft head, EventDraft draft)
    {
        var count = 1; // the draft's own paragraph
        var last = -1;
        foreach (var d in drafts)
        {
            if (d.Paragraph > head.LastParagraph && d.Paragraph < draft.Paragraph && d.Paragraph != last)
            {
                count++;
                last = d.Paragraph;
            }
        }

        return count;
    }

    /// <summary>How far from the headline's place the lead may place the same happening: a headline names the town,
    /// the lead the village beside it.</summary>
    private const double HeadlineKm = 15;

    /// <summary>A fight told only by an attack word ("attack", "атакував", "атаковал"): what the attack was, a strike or
    /// an assault, the text may tell next.</summary>
    private static bool OnlyAnAttack(EventDraft draft) =>
        draft.Subtype == "armed_clash" && (draft.Trigger.StartsWith("attack", StringComparison.OrdinalIgnoreCase) || draft.Trigger.StartsWith("атак", StringComparison.OrdinalIgnoreCase));

    /// <summary>The note of an event dated by the day its headline names.</summary>
    internal const string HeadlineDateNote = "date from the headline";

    /// <summary>
    /// A story whose only date is in its headline ("Обстріл Херсона 13 травня: ...", "Shelling of Kherson on 13 May")
    /// tells that day's happenings: a draft of the body that fell back on the publication date, with no time named in
    /// the body before it, takes the headline's one day. A body that names a time of its own ("On Thursday ...") dates
    /// what follows itself, and a headline with no day or with two leaves the publication date.
    /// </summary>
    private static void DateFromHeadline(Document document, List<EventDraft> drafts)
    {
        var headline = IsHeadline(document, 1) ? 1 : IsHeadline(document, 0) ? 0 : -1; // under a masthead, the line after the title
        if (headline < 0 || !drafts.Exists(static d => d.DateNote == ConflictEvent.PublicationDateNote))
        {
            return;
        }

        var span = document.Sentences[headline].Span;
        DateOnly? day = null;
        var firstInBody = int.MaxValue;
        foreach (var t in document.Times)
        {
            if (span.Contains(t.Span))
            {
                if (t.From is not { } from || t.To != from || (day is not null && day != from))
                {
                    return; // a span of days, or two days: no one day to give
                }

                day = from;
            }
            else if (t.Span.Start >= span.End)
            {
                firstInBody = Math.Min(firstInBody, t.Span.Start);
            }
        }

        if (day is null)
        {
            return;
        }

        foreach (var d in drafts)
        {
            if (d.DateNote == ConflictEvent.PublicationDateNote && d.Sentence > headline
                && document.Sentences[d.Sentence].Span.End <= firstInBody)
            {
                (d.From, d.To, d.Precision, d.DateNote) = (day, day, TimePrecision.Day, HeadlineDateNote);
            }
        }
    }

    /// <summary>Whether the sentence is the document's headline (its title, as the text opens with it), or the headline
    /// under a masthead (<see cref="UnderMasthead"/>).</summary>
    private static bool IsHeadline(Document document, int sentence) =>
        document.Metadata.Title is { Length: > 0 } title && sentence < Math.Min(2, document.Sentences.Count)
        && (IsTitle(document, sentence, title) || (sentence == 1 && IsTitle(document, 0, title) && UnderMasthead(document)));

    private static bool IsTitle(Document document, int sentence, string title) =>
        Text(document, document.Sentences[sentence].Span).Trim().Equals(title.AsSpan().Trim(), StringComparison.Ordinal);

    /// <summary>The text of a span, read in place (<see cref="Document.Slice"/> makes a string of it).</summary>
    private static ReadOnlySpan<char> Text(Document document, TextSpan span) => document.Text.AsSpan(span.Start, span.Length);

    /// <summary>Most words a masthead line has ("Херсонський тиждень", "Вести Приазовья", "Meridian Wire").</summary>
    private const int MastheadWords = 4;

    /// <summary>
    /// The title is a masthead and the headline stands under it: the title is a short line of its own, and the next
    /// sentence is a paragraph of its own that does not end as a sentence does ("Обстріл Херсона 13 травня: у
    /// Корабельному районі поранено трьох людей" under "Херсонський тиждень"). A lead under a headline title ends with
    /// its full stop, so it is never taken for a second headline.
    /// </summary>
    private static bool UnderMasthead(Document document)
    {
        if (document.Sentences.Count < 3)
        {
            return false;
        }

        var (masthead, headline, next) = (document.Sentences[0], document.Sentences[1], document.Sentences[2]);
        if (masthead.Paragraph == headline.Paragraph || headline.Paragraph == next.Paragraph || masthead.TokenCount > MastheadWords)
        {
            return false;
        }

        var text = Text(document, headline.Span).TrimEnd();
        return text.Length > 0 && text[^1] is not ('.' or '!' or '?' or '…');
    }

    /// <summary>
    /// The headline's draft that a draft of the next paragraphs tells again: the same sub-type, or a strike where the
    /// headline named only an attack ("Ворог атакував Степногірськ" and "скинули дві керовані авіабомби на Приморське,
    /// що поруч зі Степногірськом"), at the headline's place, a village beside it (within <see cref="HeadlineKm"/>)
    /// or a sentence that names the headline's place too; a headline is a summary of its lead, not a second happening.
    /// </summary>
    private static EventDraft? HeadlineOf(Document document, List<EventDraft> drafts, EventDraft draft)
    {
        if (document.Metadata.Title is not { Length: > 0 })
        {
            return null;
        }

        foreach (var head in drafts)
        {
            if (head.Sentence >= 2)
            {
                break; // drafts come in the order of their sentences: the headline's are the first
            }

            // a headline that names no place ("Shelling hits a Russian border district as drones strike a Ukrainian
            // community") sums up the first paragraphs after it, the second happening often told a paragraph later
            var reach = head.Place is null ? PlacelessHeadlineParagraphs : PlacedHeadlineParagraphs;
            if (!IsHeadline(document, head.Sentence) || head.Sentence == draft.Sentence || TellingParagraphs(drafts, head, draft) > reach)
            {
                continue;
            }

            // a fight the headline names at a place ("ворог тисне на Шахове і Білицьке") is what the story then tells
            // there, whatever its kind (a drone strike on Bilytske)
            var samePlace = head.Place is not null && draft.Place is not null && head.Place.GeonameId == draft.Place.GeonameId;
            var kind = head.Subtype == draft.Subtype || (OnlyAnAttack(head) && IsStrike(draft.Subtype))
                || (samePlace && head.Subtype == "armed_clash" && IsStrike(draft.Subtype));
            var dates = head.DateNote is not null || draft.DateNote is not null || Overlap(head, draft);
            if (kind && dates && head.Place is null && draft.Place is not null)
            {
                return head;
            }
            if (!kind || !dates || head.Place is null || draft.Place is null)
            {
                continue;
            }

            // "ВСУ атаковали Белгородский район" over a strike on a village of that district: the district told finer
            if (head.Place.GeonameId == draft.Place.GeonameId || (!head.Place.IsAdminArea && !draft.Place.IsAdminArea && Kilometres(head.Place, draft.Place) <= HeadlineKm)
                || Inside(draft.Place, head.Place)
                || document.Places.Exists((document.Sentences[draft.Sentence].Span, head.Place.GeonameId), static (p, c) => c.Span.Contains(p.Span) && p.GeonameId == c.GeonameId))
            {
                return head;
            }
        }

        return null;
    }

    /// <summary>The latest of the last <see cref="MergeWindow"/> drafts that matches: merging looks back, not across the whole document.</summary>
    private static EventDraft? FindRecent<TState>(List<EventDraft> drafts, TState state, Func<EventDraft, TState, bool> match)
    {
        for (var i = drafts.Count - 1; i >= Math.Max(0, drafts.Count - MergeWindow); i--)
        {
            if (match(drafts[i], state))
            {
                return drafts[i];
            }
        }

        return null;
    }

    /// <summary>A strike with no weapon named in the same paragraph, at most two sentences after a state of the front.</summary>
    private static bool Typed(EventDraft state, EventDraft draft) =>
        !draft.WeaponNamed && IsStrike(draft.Subtype) && draft.Paragraph == state.Paragraph && draft.Sentence > state.Sentence
        && draft.Sentence - state.Sentence <= 2;

    /// <summary>
    /// The draft told just before, when the new one only goes on with it and names no place of its own: "the drone
    /// hit the locomotive" or "the attack lasted until 08:00" after a strike, in its paragraph or the next; a death or
    /// wound count with no place of its own in the paragraph after a strike ("earlier it had reported 11 injured").
    /// </summary>
    private static EventDraft? PointsBackTo(List<EventDraft> drafts, EventDraft draft)
    {
        if (drafts.Count == 0 || draft.PlaceInSentence || !(draft.Anaphoric || (draft.CasualtiesOnly && !draft.FightersNamed)))
        {
            return null;
        }

        var last = drafts[^1];
        // "The explosion happened at about 08:15" after a tractor that hit a mine: the blast of that mine
        var blastOfMine = last.Subtype == "remote_explosive_landmine_ied" && !draft.WeaponNamed && IsStrike(draft.Subtype);
        if (draft.Paragraph - last.LastParagraph > 1 || (!IsStrike(last.Subtype) && last.Subtype != draft.Subtype && !blastOfMine))
        {
            return null;
        }

        var sameKind = last.Subtype == draft.Subtype || IsStrike(draft.Subtype) || draft.CasualtiesOnly || draft.Subtype == "armed_clash";
        var datesAgree = draft.DateNote is not null || last.DateNote is not null || Overlap(last, draft);
        return sameKind && datesAgree ? last : null;
    }

    /// <summary>
    /// A side's claim of ground ("its forces had advanced in the Kostiantynivka area", a contested "liberated") is
    /// evidence of the fighting the document tells at that place: it joins that fight, whatever the claim's date.
    /// </summary>
    private static void ClaimsJoinFights(List<EventDraft> drafts)
    {
        for (var i = drafts.Count - 1; i >= 0; i--)
        {
            var claim = drafts[i];
            if (!claim.ClaimedAdvance || claim.Place is null)
            {
                continue;
            }

            var fight = FightOf(drafts, claim, claim.Place.GeonameId);
            if (fight is not null)
            {
                // the fight keeps its own date and outcome: the claim says what a side asserts, not how the fight went
                var (from, to, precision, note, outcome) = (fight.From, fight.To, fight.Precision, fight.DateNote, fight.Outcome);
                fight.Absorb(claim);
                (fight.From, fight.To, fight.Precision, fight.DateNote, fight.Outcome) = (from, to, precision, note, outcome);
                drafts.RemoveAt(i);
            }
        }
    }

    /// <summary>The first draft of a fight (not a claim of ground) of the claim's sub-type at its place.</summary>
    private static EventDraft? FightOf(List<EventDraft> drafts, EventDraft claim, long geonameId)
    {
        foreach (var d in drafts)
        {
            if (!ReferenceEquals(d, claim) && !d.ClaimedAdvance && d.Subtype == claim.Subtype && d.Place?.GeonameId == geonameId)
            {
                return d;
            }
        }

        return null;
    }

    /// <summary>"At dawn ... the eastern outskirts" and "in the evening ... the northern part": two assaults, not one.</summary>
    private static bool ToldApart(string text, EventDraft earlier, EventDraft later) =>
        EvidenceCues.Conflict(earlier.Cues(text), later.Cues(text)) || ClockApart(text, earlier, later);

    /// <summary>Hours apart that make two clock times two happenings.</summary>
    private const int ClockHoursApart = 2;

    /// <summary>
    /// "Близько 06:10 ... дрон скинув вибухівку ... в Кізомисі." and "О 14:20 FPV-дрон атакував ... Томиної Балки.": an
    /// hour-by-hour report's lines, each at its own place with a clock time hours from the other's, are two strikes, however
    /// near the villages lie. The same place at two times, or a line with no clock time, is left to the other rules.
    /// </summary>
    private static bool ClockApart(string text, EventDraft earlier, EventDraft later)
    {
        if (earlier.Place is null || later.Place is null || earlier.Place.GeonameId == later.Place.GeonameId
            || earlier.Evidence.Count == 0 || later.Evidence.Count == 0)
        {
            return false;
        }

        var a = -1;
        for (var k = earlier.Evidence.Count - 1; k >= 0 && a < 0; k--)
        {
            a = ClockMinutes(text.AsSpan(earlier.Evidence[k].Start, earlier.Evidence[k].Length)); // the latest line of it with a clock time
        }

        var b = ClockMinutes(text.AsSpan(later.Evidence[0].Start, later.Evidence[0].Length));
        return a >= 0 && b >= 0 && Math.Abs(a - b) >= ClockHoursApart * 60;
    }

    /// <summary>The first clock time of a sentence ("06:10", "14:20"), in minutes after midnight; -1 without one.</summary>
    private static int ClockMinutes(ReadOnlySpan<char> sentence)
    {
        for (var i = 1; i + 2 < sentence.Length; i++)
        {
            if (sentence[i] != ':' || !char.IsAsciiDigit(sentence[i - 1]) || !char.IsAsciiDigit(sentence[i + 1]) || !char.IsAsciiDigit(sentence[i + 2])
                || (i + 3 < sentence.Length && char.IsAsciiDigit(sentence[i + 3])))
            {
                continue;
            }

            var hours = sentence[i - 1] - '0';
            if (i >= 2 && char.IsAsciiDigit(sentence[i - 2]))
            {
                if (i >= 3 && char.IsAsciiDigit(sentence[i - 3]))
                {
                    continue;
                }

                hours += (sentence[i - 2] - '0') * 10;
            }

            var minutes = ((sentence[i + 1] - '0') * 10) + (sentence[i + 2] - '0');
            if (hours <= 23 && minutes <= 59)
            {
                return (hours * 60) + minutes;
            }
        }

        return -1;
    }


    private const double NearbyKm = 8;

    /// <summary>A district of a city (GeoNames "section of populated place") and the city: the strike on Kharkiv and
    /// the hit in its Saltivskyi district are one strike, though the district's point lies 8 km from the city's.</summary>
    private const double CitySectionKm = 15;

    private static double NearbyKmOf(PlaceMention a, PlaceMention b) =>
        a.FeatureCode == "PPLX" || b.FeatureCode == "PPLX" ? CitySectionKm : NearbyKm;

    /// <summary>"In the Lyman direction, ...": each direction of a summary is its own report, however close the villages.</summary>
    private static bool NamesDirection(Document document, int sentence)
    {
        return document.Places.Exists(document.Sentences[sentence].Span, static (p, span) => p.Role == Sitrep.Core.Model.PlaceRole.Direction && span.Contains(p.Span));
    }

    private static bool Overlap(EventDraft a, EventDraft b) =>
        a.From is { } af && b.From is { } bf && af <= (b.To ?? bf) && bf <= (a.To ?? af);

    private static double Kilometres(Sitrep.Core.Model.PlaceMention a, Sitrep.Core.Model.PlaceMention b)
    {
        var dLat = (a.Lat - b.Lat) * 111.2;
        var dLon = (a.Lon - b.Lon) * 111.2 * Math.Cos((a.Lat + b.Lat) * Math.PI / 360);
        return Math.Sqrt((dLat * dLat) + (dLon * dLon));
    }

    private static bool IsStrike(string subtype) => subtype is "shelling_artillery_missile_attack" or "air_drone_strike";

    /// <summary>
    /// A missile strike and a drone strike told in different sentences, or a strike whose weapon one sentence does
    /// not name ("hits were recorded"), are one strike; artillery beside a drone strike is another event.
    /// </summary>
    private static bool CombinedStrike(EventDraft earlier, EventDraft later) =>
        earlier.Sentence != later.Sentence && IsStrike(earlier.Subtype) && IsStrike(later.Subtype)
        && (!earlier.WeaponNamed || !later.WeaponNamed || TriggerRules.IsMissile(earlier.Trigger) || TriggerRules.IsMissile(later.Trigger));

    /// <summary>
    /// Same sub-type (a missile strike and a drone strike count as one kind), and either the same place or a later sentence with no place of its own close by in the same
    /// paragraph ("Russian forces attacked Pokrovsk. The assault was repelled."); dates must not disagree.
    /// </summary>
    private static bool SameHappening(EventDraft earlier, EventDraft later, bool laterNamesDirection)
    {
        if (earlier.Subtype != later.Subtype && !CombinedStrike(earlier, later))
        {
            // a strike told first as a missile attack and then by its drones is still one strike
            return false;
        }

        if (earlier.DateNote is null && later.DateNote is null && earlier.From != later.From)
        {
            return false;
        }

        if (!later.PlaceInSentence && later.Subtype == earlier.Subtype && later.Sentence != earlier.Sentence
            && later.Paragraph == earlier.LastParagraph && later.Sentence - earlier.LastSentence <= 2)
        {
            // "Our troops advanced in the north of Pokrovsk. The enemy still holds blocks on the road to Rodynske.
            // Fighting goes on for every entrance.": no place of its own, so not the place the sentence before names
            return true;
        }

        if (later.Place is not null && earlier.Place is not null)
        {
            // "fighting in Pokrovsk ... armour destroyed on the approaches from Zvirove": the next sentence of the
            // same or a nearby paragraph at a village a few kilometres off, dates overlapping, is the same fight
            return later.Place.GeonameId == earlier.Place.GeonameId
                || (later.Paragraph - earlier.LastParagraph <= 1 && !laterNamesDirection && Inside(later.Place, earlier.Place))
                || (later.Sentence != earlier.Sentence && !laterNamesDirection && later.Paragraph - earlier.LastParagraph <= 2 && Overlap(earlier, later)
                    && !later.Place.IsAdminArea && !earlier.Place.IsAdminArea && Kilometres(earlier.Place, later.Place) <= NearbyKmOf(earlier.Place, later.Place));
        }

        if (!later.PlaceInSentence && later.Paragraph == earlier.LastParagraph && later.Sentence - earlier.LastSentence <= 2)
        {
            return true;
        }

        if (later.Place is null && later.Subtype == "armed_clash" && earlier.From == later.From)
        {
            // "23 occupiers eliminated", "full video of the battle": a fight with neither place nor date of its own
            // further down a post is the fight the post is about
            return true;
        }

        // a strike told on in the next paragraph with neither place nor date of its own ("debris from a downed
        // missile fell on an apartment block") is the strike just told
        // (further down, "the ministry said it had carried out a massive strike", it is the located strike the story tells)
        return later.Place is null && later.DateNote is not null && IsStrike(earlier.Subtype) && IsStrike(later.Subtype)
            && (later.Paragraph - earlier.LastParagraph <= 1 || earlier.Place is not null);
    }

    private const double RaionKm = 40;

    /// <summary>
    /// A settlement inside the region or district an earlier draft was placed at: the headline's "in Kherson region"
    /// and the body's village of that region are one place, told finer.
    /// </summary>
    private static bool Inside(Sitrep.Core.Model.PlaceMention settlement, Sitrep.Core.Model.PlaceMention area) =>
        area.IsAdminArea && !settlement.IsAdminArea && settlement.Country == area.Country && area.FeatureCode switch
        {
            "ADM1" => settlement.Admin1 is not null && settlement.Admin1 == area.Admin1,
            "ADM2" => Kilometres(settlement, area) <= RaionKm,
            _ => false,
        };
}
