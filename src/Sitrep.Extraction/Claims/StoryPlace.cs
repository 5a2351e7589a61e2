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
internal static class StoryPlace
{
    /// <summary>
    /// The settlement the story has named most often before <paramref name="before"/> (the last of them on a tie):
    /// what "the city" refers to, so a village named once in between is not it.
    /// </summary>
    public static PlaceMention? MostNamedBefore(Document document, int before)
    {
        var counts = new Dictionary<long, int>();
        PlaceMention? best = null;
        foreach (var p in document.Places)
        {
            if (p.Span.End > before)
            {
                break;
            }

            if (p.Role != PlaceRole.Location || p.IsAdminArea)
            {
                continue;
            }

            counts[p.GeonameId] = counts.GetValueOrDefault(p.GeonameId) + 1;
            if (best is null || counts[p.GeonameId] >= counts[best.GeonameId])
            {
                best = p;
            }
        }

        return best;
    }

    /// <summary>A body named after the town or its region ("Zaporizhzhia Regional Military Administration") speaks of it.</summary>
    private static bool NamedAfter(string claimant, PlaceMention place)
    {
        static bool Has(string claimant, string? name) =>
            name is { Length: >= 5 } && claimant.Contains(name[..5], StringComparison.OrdinalIgnoreCase);

        return Has(claimant, place.Name) || Has(claimant, place.Admin1);
    }

    private static int TimesNamedBefore(Document document, long geonameId, int before) =>
        document.Places.Count(p => p.Span.End <= before && p.GeonameId == geonameId && p.Role == PlaceRole.Location);

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
        var result = new List<Proposition>(propositions.Count);
        foreach (var p in propositions)
        {
            var claim = p.Claim;
            var s = SentenceOf(document, claim.Span.Start);
            if (claim.Place is null && IsHappening(claim) && s >= 0 && !NamesAPlace(document, mentions, s) && !SectorWide(document, claim, s)
                && Nearby(document, mentions, claimed, s, claim.Kind != ClaimKind.Other, k => !speakers.TryGetValue(k, out var names) || names.Contains(claim.Claimant)) is { } place)
            {
                claim = claim with { Place = place };
            }
            else if (claim.Place is null && claim.Kind != ClaimKind.Other && IsHappening(claim) && s >= 0 && !NamesAPlace(document, mentions, s) && !SectorWide(document, claim, s)
                && Nearby(document, mentions, claimed, s, true, _ => true) is { } shared
                && MostNamedBefore(document, claim.Span.Start) is { } main && main.GeonameId == shared.GeonameId
                && (TimesNamedBefore(document, main.GeonameId, claim.Span.Start) >= 2 || NamedAfter(claim.Claimant, main)))
            {
                // another speaker's sentence before it tells of the town the whole story is about ("Three people were
                // killed in Kyiv, officials said. At least 22 were injured, the city's administration said"): that town,
                // when the story has named it twice or the speaker is its own body
                claim = claim with { Place = shared };
            }

            if (claim.Kind != ClaimKind.Other && s >= 0 && result.Exists(r => Repeats(document, r.Claim, claim, s)))
            {
                continue;
            }

            result.Add(claim == p.Claim ? p : p with { Claim = claim });
        }

        for (var i = 0; i < result.Count; i++)
        {
            result[i] = result[i] with { Claim = result[i].Claim with { Id = "c" + (i + 1) } };
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
    /// Whether the sentence names any place of its own (a region or a launch site too), or a front-line direction ("На
    /// Придніпровському напрямку ...", "In the Orikhiv direction ..."), a summary's section of its own: then it keeps
    /// its own reading.
    /// </summary>
    private static bool NamesAPlace(Document document, SentenceMentions mentions, int s) =>
        mentions.Places(s).Exists(p => p.Role is PlaceRole.Location) || NamesDirection(document, s);

    private static readonly string[] FrontWide =
    [
        "along the front", "across the front", "along the entire front", "along the whole front", "on the whole front",
        "вздовж лінії фронту", "на всій лінії фронту", "по всій лінії фронту", "уздовж фронту", "вдоль линии фронта",
        "по всей линии фронта", "на всей линии фронта",
    ];

    private static readonly string[] ForcesGroups = ["group of forces", "groups of forces", "группировки войск", "группировка войск", "угруповання військ", "угрупування військ"];

    /// <summary>
    /// A statement about the whole front ("Russia drops hundreds of guided bombs every week along the front"), or the
    /// losses of a briefing's paragraph on one group of forces ("Units of the East group of forces liberated ...
    /// Enemy losses amounted to up to 250 servicemen": the group's whole zone), is at no one settlement.
    /// </summary>
    private static bool SectorWide(Document document, Claim claim, int s)
    {
        if (Contains(document, document.Sentences[s].Span, FrontWide))
        {
            return true;
        }

        if (claim.Kind != ClaimKind.Casualties)
        {
            return false;
        }

        var first = s;
        while (first > 0 && document.Sentences[first - 1].Paragraph == document.Sentences[s].Paragraph)
        {
            first--;
        }

        return Contains(document, document.Sentences[first].Span, ForcesGroups);
    }

    private static bool Contains(Document document, Core.Text.TextSpan span, string[] phrases)
    {
        var text = document.Text.AsSpan(span.Start, span.Length);
        foreach (var phrase in phrases)
        {
            if (text.Contains(phrase, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] DirectionWords = ["direction", "напрямку", "напрямі", "направлении", "направлений"];

    /// <summary>Whether the sentence speaks of a front-line direction.</summary>
    internal static bool NamesDirection(Document document, int s)
    {
        var text = document.Text.AsSpan(document.Sentences[s].Span.Start, document.Sentences[s].Span.Length);
        foreach (var word in DirectionWords)
        {
            for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0;)
            {
                if (!Heading(text, at, word.Length))
                {
                    return true;
                }

                var next = text[(at + word.Length)..].IndexOf(word, StringComparison.OrdinalIgnoreCase);
                at = next < 0 ? -1 : at + word.Length + next;
            }
        }

        return false;
    }

    /// <summary>
    /// "from the direction of Vasylivka", "in the direction of Siversk", "з напрямку Брянська": where an attack came
    /// from or went, not a front-line direction the sentence is about.
    /// </summary>
    private static bool Heading(ReadOnlySpan<char> text, int at, int length)
    {
        var after = text[(at + length)..];
        var before = text[..at].TrimEnd();
        return after.StartsWith(" of ", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" з", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" із", StringComparison.OrdinalIgnoreCase)
            || before.EndsWith(" зі", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The settlement the story is at: the one of the nearest sentence before in the paragraph that names one, else of
    /// the nearest one after it in the paragraph, else of the last sentence of the paragraph before that names one
    /// (reaching back over up to three paragraphs that name no place at all). A sentence in which only another speaker
    /// speaks ends the search: its places are another speaker's story.
    /// </summary>
    private static PlaceRef? Nearby(Document document, SentenceMentions mentions, Dictionary<int, PlaceRef> claimed, int s, bool previousParagraph, Func<int, bool> sameSpeaker)
    {
        var paragraph = document.Sentences[s].Paragraph;
        for (var k = s - 1; k >= 0 && document.Sentences[k].Paragraph == paragraph; k--)
        {
            if (!sameSpeaker(k))
            {
                return null;
            }

            if (Settlement(document, mentions, claimed, k, out var named) is { } before)
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

            if (Settlement(document, mentions, claimed, k, out var named) is { } after)
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

            if (Settlement(document, mentions, claimed, k, out var named) is { } earlier)
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
    /// The place a sentence is at: the one place its claims were read with ("killed 34 soldiers in the city ... on the
    /// approaches from Zvirove" is at the city, not at the village the attackers came from), else its one settlement.
    /// </summary>
    private static PlaceRef? Settlement(Document document, SentenceMentions mentions, Dictionary<int, PlaceRef> claimed, int s, out bool named)
    {
        if (claimed.TryGetValue(s, out var place))
        {
            named = true;
            return place;
        }

        if (FirstSettlement(document, mentions, s, out named) is { } only)
        {
            return new PlaceRef(only.GeonameId, only.Name);
        }

        // "The bombs fell in the south-east of the city": a sentence speaking of "the city" is at the town the story names most
        if (!named && SpeaksOfTheCity(document, s) && MostNamedBefore(document, document.Sentences[s].Span.Start) is { } city)
        {
            named = true;
            return new PlaceRef(city.GeonameId, city.Name);
        }

        return null;
    }

    /// <summary>"the city military administration", "the city council": the city word names a body, not a place.</summary>
    private static readonly WordSet OfficeWords = new(
    [
        "military", "administration", "council", "authorities", "officials", "police", "mayor", "hall", "government", "head",
        "department", "transport", "services", "utilities", "prosecutor", "court", "hospital", "військова", "військової", "рада",
        "ради", "раді", "адміністрація", "адміністрації", "администрация", "администрации", "совет", "совета",
    ]);

    /// <summary>"the city", "this town", or a Ukrainian or Russian town word not followed by a name ("частина міста").</summary>
    private static bool SpeaksOfTheCity(Document document, int s)
    {
        var sentence = document.Sentences[s];
        var tokens = document.Tokens;
        var end = sentence.FirstToken + sentence.TokenCount;
        for (var i = sentence.FirstToken; i < end; i++)
        {
            if (!ClaimLexicon.CityWords.Contains(document.Text, tokens[i]))
            {
                continue;
            }

            var word = tokens[i].Chars(document.Text);
            var cyrillic = word.Length > 0 && word[0] is >= '\u0400' and <= '\u04FF';
            var named = i + 1 < end && tokens[i + 1].Kind == TokenKind.Word
                && (char.IsUpper(document.Text[tokens[i + 1].Start]) || OfficeWords.Contains(document.Text, tokens[i + 1]));
            if (cyrillic ? !named : i > sentence.FirstToken && ClaimLexicon.TownDeterminers.Contains(document.Text, tokens[i - 1]) && !named)
            {
                return true;
            }
        }

        return false;
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

            if (!document.Places.Exists(m => m.GeonameId == place.GeonameId && !m.IsAdminArea))
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

    /// <summary>
    /// The one settlement a sentence is at, or null; a sentence naming several ("liberated Hryshyne and continued
    /// clearing Myrnohrad") leaves the next sentence's place open, and it stops the search.
    /// </summary>
    private static PlaceMention? FirstSettlement(Document document, SentenceMentions mentions, int s, out bool named)
    {
        PlaceMention? only = null;
        named = false;
        var details = PlaceAnaphor.DetailsFrom(document.Text, document.Sentences[s].Span);
        foreach (var p in mentions.Places(s))
        {
            if (p.Role != PlaceRole.Location || (only is not null && p.Span.Start > details) || PlaceAnaphor.IsDestination(document.Text, p))
            {
                continue; // "around Kostiantynivka, including near Pleshchiivka": the details of the town before them
            }

            named = true; // a region named ("освободили Ровнополье Запорожской области") ends the search too
            if (p.IsAdminArea)
            {
                continue;
            }

            if (only is not null && only.GeonameId != p.GeonameId)
            {
                return null;
            }

            only = p;
        }

        return only;
    }

    /// <summary>An earlier claim of another sentence of the same paragraph by the same claimant with the same proposition.</summary>
    private static bool Repeats(Document document, Claim earlier, Claim claim, int s)
    {
        var e = SentenceOf(document, earlier.Span.Start);
        // a proposition with no place is no one incident ("launched two missile strikes" / "used 4,912 kamikaze drones")
        return e >= 0 && e != s && claim.Place is not null
            && (document.Sentences[e].Paragraph == document.Sentences[s].Paragraph || OneList(document, e, s))
            && earlier.Claimant == claim.Claimant && earlier.Kind == claim.Kind && earlier.Stance == claim.Stance
            && earlier.Extent == claim.Extent && earlier.Place?.GeonameId == claim.Place?.GeonameId;
    }

    /// <summary>
    /// "✅ 11 окупантів ліквідовано" / "✅ один загарбник здався в полон": the bullets of one list, each a line of its own,
    /// are one paragraph of the post.
    /// </summary>
    private static bool OneList(Document document, int e, int s)
    {
        var marker = Bullet(document, e);
        if (marker.Length == 0)
        {
            return false;
        }

        for (var k = e + 1; k <= s; k++)
        {
            if (document.Sentences[k].Paragraph != document.Sentences[k - 1].Paragraph && !Bullet(document, k).SequenceEqual(marker))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The symbol a sentence opens with ("✅", "➖", "•"), or nothing when it opens with a word, a number or a quote.</summary>
    private static ReadOnlySpan<char> Bullet(Document document, int s)
    {
        var at = document.Sentences[s].Span.Start;
        var text = document.Text;
        if (at >= text.Length || char.IsLetterOrDigit(text[at]) || char.IsWhiteSpace(text[at]) || text[at] is '"' or '\'' or '«' or '(' or '“' or '‘')
        {
            return [];
        }

        return text.AsSpan(at, char.IsHighSurrogate(text[at]) && at + 1 < text.Length ? 2 : 1);
    }

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
