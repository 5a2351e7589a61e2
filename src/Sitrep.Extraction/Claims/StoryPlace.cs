using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Claims.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// Claims read sentence by sentence, put together as a reader takes them: a report of a strike, of losses or of a
/// repelled attack whose sentence names no place is about the place the story is telling ("Overnight, the enemy
/// attacked Kharkiv. ... Two people were killed."), and one speaker repeating the same proposition in the next
/// sentences of a paragraph ("two people were killed" / "18 people were injured") makes one claim, not several.
/// </summary>
internal static partial class StoryPlace
{
    /// <summary>
    /// The settlement the story has named most often before <paramref name="before"/> (the last of them on a tie):
    /// what "the city" refers to, so a village named once in between is not it, nor the town a road leads to. A capital
    /// loses a tie ("Kostiantynivka has been shelled ... the question now asked in Kyiv": the seat of government named
    /// once is not the story's town). With <paramref name="originLoses"/> ("the
    /// city"), a place named only as where something came from loses a tie ("Pokrovsk ... on the approaches from Zvirove
    /// ... moved into the city": Pokrovsk).
    /// </summary>
    public static PlaceMention? MostNamedBefore(Document document, int before, bool originLoses = false)
    {
        var counts = new Dictionary<long, int>();
        PlaceMention? best = null;
        foreach (var p in document.Places)
        {
            if (p.Span.End > before)
            {
                break;
            }

            // "a Kyiv think tank" describes the think tank; it does not name a place the story is at, nor does the
            // town a road leads to ("the highway to Druzhkivka") or where people were taken ("evacuated to Dnipro")
            if (p.Role != PlaceRole.Location || p.IsAdminArea || IsAttributive(document.Text, p.Span.Start)
                || PlaceAnaphor.IsRoadEnd(document.Text, p) || PlaceAnaphor.IsDestination(document.Text, p))
            {
                continue;
            }

            counts[p.GeonameId] = counts.GetValueOrDefault(p.GeonameId) + 1;
            if (best is null || counts[p.GeonameId] > counts[best.GeonameId]
                || (counts[p.GeonameId] == counts[best.GeonameId] && !(originLoses && IsOrigin(document.Text, p.Span.Start))
                    && !(p.FeatureCode == "PPLC" && best.FeatureCode != "PPLC" && counts[p.GeonameId] == 1)))
            {
                best = p;
            }
        }

        return best;
    }

    private static readonly WordSet FromWords = new(["from", "з", "із", "зі", "від", "из", "от", "из-под", "з-під", "із-під"]);

    /// <summary>Whether an indefinite article stands before the name ("a Kyiv think tank", "an Odesa shipping firm"): the
    /// name describes something, it tells no place the story is at.</summary>
    private static bool IsAttributive(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && char.IsLetter(text[begin - 1]))
        {
            begin--;
        }

        return end > begin && (text.AsSpan(begin, end - begin) is "a" or "an");
    }

    /// <summary>Whether the word before <paramref name="start"/> is "from" ("the approaches from Zvirove", "из-под Покровска").</summary>
    internal static bool IsOrigin(string text, int start)
    {
        var end = start;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] == '-'))
        {
            begin--;
        }

        return end > begin && FromWords.Contains(text.AsSpan(begin, end - begin));
    }

    /// <summary>
    /// A body named after the town or its region ("Zaporizhzhia Regional Military Administration", also by the town's
    /// adjective in the text's language: "Шосткинська міська рада") speaks of it.
    /// </summary>
    private static bool NamedAfter(string claimant, PlaceMention place)
    {
        static bool Has(string claimant, string? name) =>
            name is { Length: >= 5 } && claimant.Contains(name[..5], StringComparison.OrdinalIgnoreCase);

        // the name as the text writes it too: "Шосткинська міська рада" is the council of the "Шостку" named before
        return Has(claimant, place.Name) || Has(claimant, place.Admin1) || Has(claimant, place.Text);
    }

    private static readonly string[] TownOffices =
    [
        "mayor", "city council", "мэр", "городской голова", "городской совет", "горсовет", "міський голова", "мер міста",
        "міська рада", "міської ради", "секретар міської ради",
    ];

    /// <summary>
    /// Whether the claimant speaks in a town office named by no town ("уточнил мэр города Сергей Карпенко", "the mayor
    /// said"): the office of the town the story is about, so it speaks of that town as a body named after it does.
    /// </summary>
    private static bool TownsOwnOffice(Document document, Claim claim)
    {
        foreach (var a in document.Attributions)
        {
            if (a.Speaker != claim.Claimant || a.SpeakerSpan is not { } speaker || !a.Span.Overlaps(claim.Span))
            {
                continue;
            }

            var start = speaker.Start;
            while (start > 0 && speaker.Start - start < 40 && document.Text[start - 1] is not ('.' or '!' or '?' or ',' or ';' or ':' or '\n' or '«' or '»' or '"'))
            {
                start--;
            }

            var words = document.Text.AsSpan(start, speaker.End - start);
            foreach (var office in TownOffices)
            {
                if (words.Contains(office, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int TimesNamedBefore(Document document, long geonameId, int before) =>
        CountNamed(document.Places, geonameId, before);

    private static int CountNamed(List<PlaceMention> places, long geonameId, int before)
    {
        var count = 0;
        foreach (var p in places)
        {
            if (p.Span.End <= before && p.GeonameId == geonameId && p.Role == PlaceRole.Location)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Whether <paramref name="claim"/> repeats a claim already kept.</summary>
    private static bool RepeatsAny(Document document, List<Proposition> result, Claim claim, int s)
    {
        foreach (var r in result)
        {
            if (Repeats(document, r.Claim, claim, s))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Fills the place of placeless happening claims and drops repeats; renumbers the claims that stay.</summary>
    public static List<Proposition> Apply(Document document, SentenceMentions mentions, List<Proposition> propositions)
    {
        var speakers = new Dictionary<int, HashSet<string>>();
        foreach (var p in propositions)
        {
            var at = SentenceOf(document, p.Claim.Span.Start);
            if (!speakers.TryGetValue(at, out var names))
            {
                speakers[at] = names = [];
            }

            names.Add(p.Claim.Claimant);
        }

        var claimed = ClaimedPlaces(document, propositions);
        var settlements = new Settlements(document, mentions, claimed);
        var result = new List<Proposition>(propositions.Count);
        var placed = new Dictionary<int, long>(); // sentence naming no place -> the story's place its claim took
        foreach (var p in propositions)
        {
            var claim = p.Claim;
            var s = SentenceOf(document, claim.Span.Start);
            if (claim.Place is null && IsHappening(claim) && s >= 0 && !NamesAPlaceBesidesSpeaker(document, mentions, s) && !SectorWide(document, claim, s)
                && Nearby(document, settlements, s, claim.Kind != ClaimKind.Other, k => !speakers.TryGetValue(k, out var names) || names.Contains(claim.Claimant)) is { } place)
            {
                claim = claim with { Place = place };
            }
            else if (claim.Place is null && claim.Kind != ClaimKind.Other && IsHappening(claim) && s >= 0 && !NamesAPlaceBesidesSpeaker(document, mentions, s) && !SectorWide(document, claim, s)
                && Nearby(document, settlements, s, true, _ => true) is { } shared
                && MostNamedBefore(document, claim.Span.Start) is { } main && main.GeonameId == shared.GeonameId
                && (TimesNamedBefore(document, main.GeonameId, claim.Span.Start) >= 2 || NamedAfter(claim.Claimant, main) || TownsOwnOffice(document, claim)
                    || (s > 0 && document.Sentences[s - 1].Paragraph == document.Sentences[s].Paragraph
                        && placed.TryGetValue(s - 1, out var previous) && previous == shared.GeonameId)))
            {
                // another speaker's sentence before it tells of the town the whole story is about ("Three people were
                // killed in Kyiv, officials said. At least 22 were injured, the city's administration said"): that town,
                // when the story has named it twice or the speaker is its own body, or the sentence before in the paragraph,
                // naming no place, took it ("Garages were damaged. Two people were injured, the prosecutor's office said")
                claim = claim with { Place = shared };
            }
            else if (claim.Place is null && claim.Kind != ClaimKind.Other && IsHappening(claim) && s >= 0 && !NamesAPlaceBesidesSpeaker(document, mentions, s)
                     && FacilityToldBefore(document, mentions, claim, s) is { } facility)
            {
                // "... hit an electrical substation near the town of Shebekino ... a transformer at the substation had
                // burned out": the facility named again is where it was named
                claim = claim with { Place = facility };
            }

            if (claim.Kind != ClaimKind.Other && s >= 0 && RepeatsAny(document, result, claim, s))
            {
                continue;
            }

            if (p.Claim.Place is null && claim.Place is { } at && s >= 0)
            {
                placed.TryAdd(s, at.GeonameId); // the story's place, taken by a sentence that names none
            }

            result.Add(claim == p.Claim ? p : p with { Claim = claim });
        }

        for (var i = 0; i < result.Count; i++)
        {
            var id = ItemIds.Claim(i + 1);
            if (result[i].Claim.Id != id)
            {
                result[i] = result[i] with { Claim = result[i].Claim with { Id = id } }; // a claim dropped before it
            }
        }

        return result;
    }

    /// <summary>
    /// Asserted strikes, losses and repelled attacks, happenings that took place somewhere, and asserted statements of
    /// kind other ("schools will work remotely until Friday, the administration said"), which speak of the place their
    /// paragraph tells (only their paragraph: a new paragraph may turn to another subject).
    /// </summary>
    private static bool IsHappening(Claim claim) =>
        claim.Stance == Stance.Asserts && claim.Kind is ClaimKind.Strike or ClaimKind.Casualties or ClaimKind.Repelled or ClaimKind.Other;

    /// <summary>
    /// The settlement the story is at: the one of the nearest sentence before in the paragraph that names one, else of
    /// the nearest one after it in the paragraph, else of the last sentence of the paragraph before that names one
    /// (reaching back over up to three paragraphs that name no place at all). A sentence before it in which only another
    /// speaker speaks ends the search (its places are another speaker's story); one after it ends only the forward search.
    /// </summary>
    private static PlaceRef? Nearby(Document document, Settlements settlements, int s, bool previousParagraph, Func<int, bool> sameSpeaker)
    {
        var paragraph = document.Sentences[s].Paragraph;
        for (var k = s - 1; k >= 0 && document.Sentences[k].Paragraph == paragraph; k--)
        {
            if (!sameSpeaker(k))
            {
                return null;
            }

            if (settlements.At(k, out var named) is { } before)
            {
                return before;
            }

            if (named)
            {
                return null;
            }
        }

        for (var k = s + 1; k < document.Sentences.Count && document.Sentences[k].Paragraph == paragraph; k++)
        {
            if (!sameSpeaker(k))
            {
                break; // another speaker after it tells their own story; the paragraph before may still tell this one
            }

            if (settlements.At(k, out var named) is { } after)
            {
                return after;
            }

            if (named)
            {
                return null;
            }
        }

        var start = s;
        while (start > 0 && document.Sentences[start - 1].Paragraph == paragraph)
        {
            start--;
        }

        if (start == 0 || !previousParagraph)
        {
            return null;
        }

        // paragraphs that name no place at all (a bullet "✅ 11 окупантів ліквідовано") go on with the story before
        // them: the search reaches back over up to three of them
        // (a sentence naming a place ends the search below, so a paragraph left behind named none)
        var skipped = 0;
        for (var k = start - 1; k >= 0; k--)
        {
            if (k + 1 < start && document.Sentences[k].Paragraph != document.Sentences[k + 1].Paragraph && ++skipped > PlacelessParagraphs)
            {
                return null;
            }

            if (k + 1 < start && NamesDirection(document, k))
            {
                return null; // "На Волинському та Поліському напрямках ...": a summary's section is no placeless paragraph
            }

            if (!sameSpeaker(k))
            {
                return null;
            }

            if (settlements.At(k, out var named) is { } earlier)
            {
                return earlier;
            }

            if (named)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>
    /// The sentences whose claims of a kind (a strike, losses, a capture ...) were all read with one and the same
    /// settlement, and that settlement (a sentence with a claim at a region gives none); a statement of kind other tells no incident and gives its place to no other sentence.
    /// </summary>
    private static Dictionary<int, PlaceRef> ClaimedPlaces(Document document, List<Proposition> propositions)
    {
        var places = new Dictionary<int, PlaceRef>();
        var mixed = new HashSet<int>();
        foreach (var p in propositions)
        {
            if (p.Claim.Place is not { } place || p.Claim.Kind == ClaimKind.Other || SentenceOf(document, p.Claim.Span.Start) is var s && s < 0)
            {
                continue;
            }

            if (!document.Places.Exists(place.GeonameId, static (m, id) => m.GeonameId == id && !m.IsAdminArea))
            {
                mixed.Add(s); // a region ("at the Kyiv region") is no settlement the story is at
                continue;
            }

            if (places.TryGetValue(s, out var other) && other.GeonameId != place.GeonameId)
            {
                mixed.Add(s);
            }

            places.TryAdd(s, place);
        }

        foreach (var s in mixed)
        {
            places.Remove(s);
        }

        return places;
    }

    /// <summary>How many paragraphs without a place the story's place reaches back over.</summary>
    private const int PlacelessParagraphs = 3;

    private static int SentenceOf(Document document, int offset)
    {
        int lo = 0, hi = document.Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >> 1;
            var span = document.Sentences[mid].Span;
            if (offset < span.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= span.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }
}
