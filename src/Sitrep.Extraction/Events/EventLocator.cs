using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Claims.Languages;
using Sitrep.Extraction.Matching;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Picks an event's location: the location place of the trigger's sentence nearest the trigger, else one from the
/// two sentences before it in the same paragraph, else a settlement of the next sentence of the paragraph. Precision follows ACLED: 1 the settlement itself, 2 near it or a
/// part of it ("near", "outskirts", a detail), 3 only a region.
/// </summary>
internal static class EventLocator
{
    private static readonly HashSet<string> NearWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "near", "around", "outside", "outskirts", "vicinity", "towards", "toward", "direction", "біля", "поблизу", "під",
        "неподалік", "околиці", "районі", "около", "возле", "под", "вблизи", "окрестностях", "районе",
    };

    /// <param name="known">Per sentence, its candidate places once worked out (null before): a sentence is looked at
    /// for each trigger of its own and of its neighbours, and its candidates do not change.</param>
    /// <param name="others">The other triggers of the sentence: a place in a part of the sentence that tells another
    /// happening ("..., а в Покровській громаді після влучання снаряда ...") is that happening's, not this one's.</param>
    /// <param name="scratch">A list to fill with the sentence's candidates (cleared first; only read here), else a new one.</param>
    public static (PlaceMention? Place, bool InSentence) Find(Document document, ReadOnlySpan<Token> tokens, SentenceMentions mentions, SentenceActors named, int sentence, TextSpan trigger, List<PlaceMention>?[] known, IReadOnlyList<TextSpan>? others = null, List<PlaceMention>? scratch = null)
    {
        // a place read in the trigger word itself ("Атака тривала ..." as the village Ataky) is no place of the event
        var candidates = scratch ?? [];
        candidates.Clear();
        foreach (var p in Candidates(document, tokens, sentence, mentions, named, known))
        {
            if (!p.Span.Overlaps(trigger))
            {
                candidates.Add(p);
            }
        }

        if (others is { Count: > 0 } && OwnPart(document.Text, document.Sentences[sentence].Span, trigger, candidates, others) is { } mine)
        {
            return (mine, true);
        }

        var own = ClaimBuilder.BestPlace(candidates, document.Sentences[sentence].Span, trigger);
        if (own is not null)
        {
            if (own.FeatureCode == "ADM2" && VillageOfTheRaion(document, tokens, mentions, named, sentence, own, known) is { } village)
            {
                return (village, false); // "атакували Шосткинський район дронами. Один із них влучив у склад в Есмані"
            }

            return (own, true);
        }

        if (HeadingTown(candidates) is { } heading)
        {
            return (heading, true);
        }

        var paragraph = document.Sentences[sentence].Paragraph;
        for (var s = sentence - 1; s >= Math.Max(0, sentence - 2); s--)
        {
            if (document.Sentences[s].Paragraph != paragraph)
            {
                break;
            }

            var span = document.Sentences[s].Span;
            var earlier = ClaimBuilder.BestPlace(Candidates(document, tokens, s, mentions, named, known), span, new TextSpan(span.End, span.End));
            if (earlier is not null)
            {
                return (earlier, false);
            }
        }

        // "агресор бив по району з артилерії. Під ударами були Нікополь, ...": the next sentence names the town
        if (sentence + 1 < document.Sentences.Count && document.Sentences[sentence + 1].Paragraph == paragraph)
        {
            var span = document.Sentences[sentence + 1].Span;
            var later = ClaimBuilder.BestPlace(Candidates(document, tokens, sentence + 1, mentions, named, known), span, new TextSpan(span.Start, span.Start));
            if (later is not null && !later.IsAdminArea)
            {
                return (later, false);
            }
        }

        // "Russian forces also hit the city with two guided bombs": the city named before
        if (TownAntecedent(document, tokens, sentence) is { } town)
        {
            return (town, false);
        }

        return (PreviousParagraph(document, mentions, sentence), false);
    }

    /// <summary>
    /// Several happenings told in one sentence, each in its own part between commas or semicolons ("Russian artillery
    /// pounded Kupiansk, a guided bomb destroyed a store in Vovchansk, and troops beat back assaults near
    /// Petropavlivka"; "обстріли Нікопольщини, атака дрона на Кривий Ріг"): the nearest place of the trigger among those
    /// not in a part that holds another trigger and not this one. Null when no place is dropped that way (the usual
    /// choice stands) or none is left.
    /// </summary>
    private static PlaceMention? OwnPart(string text, TextSpan sentence, TextSpan trigger, List<PlaceMention> candidates, IReadOnlyList<TextSpan> others)
    {
        List<PlaceMention>? kept = null;
        for (var i = 0; i < candidates.Count; i++)
        {
            var part = Part(text, sentence, candidates[i].Span.Start);
            var another = false;
            foreach (var o in others)
            {
                if (!o.Overlaps(trigger) && part.Contains(o))
                {
                    another = true;
                    break;
                }
            }

            if (another && !part.Contains(trigger))
            {
                kept ??= candidates.GetRange(0, i);
            }
            else
            {
                kept?.Add(candidates[i]);
            }
        }

        return kept is null ? null : ClaimBuilder.BestPlace(kept, sentence, trigger);
    }

    /// <summary>The part of the sentence around <paramref name="at"/> between a comma or semicolon followed by a space.</summary>
    internal static TextSpan Part(string text, TextSpan sentence, int at)
    {
        var start = sentence.Start;
        for (var i = at - 1; i > sentence.Start; i--)
        {
            if (text[i] == ' ' && text[i - 1] is ',' or ';')
            {
                start = i + 1;
                break;
            }
        }

        var end = sentence.End;
        for (var i = at; i < sentence.End - 1; i++)
        {
            if (text[i] is ',' or ';' && text[i + 1] == ' ')
            {
                end = i;
                break;
            }
        }

        return new TextSpan(start, end);
    }

    /// <summary>
    /// A sentence whose only place is one front direction or heading ("24 attacks in the Huliaipole direction", "tried
    /// to advance towards Kostiantynivka"): the fighting is near that town (precision 2). Two directions ("in the
    /// Pokrovsk and Huliaipole directions") name no one place.
    /// </summary>
    private static PlaceMention? HeadingTown(List<PlaceMention> candidates)
    {
        PlaceMention? town = null;
        foreach (var p in candidates)
        {
            if (p.Role != PlaceRole.Direction || p.IsAdminArea)
            {
                continue;
            }

            if (town is not null && town.GeonameId != p.GeonameId)
            {
                return null;
            }

            town = p;
        }

        return town;
    }

    /// <summary>
    /// "the city", "the town", "this village" in a sentence with no place: the settlement the story has named most
    /// often before it (the last of them on a tie), so a village named once in between is not "the city".
    /// </summary>
    private static PlaceMention? TownAntecedent(Document document, ReadOnlySpan<Token> tokens, int sentence)
    {
        var s = document.Sentences[sentence];
        var found = false;
        for (var i = s.FirstToken + 1; i < s.FirstToken + s.TokenCount && !found; i++)
        {
            found = TownWord(document.Text, tokens[i]) && ClaimLexicon.TownDeterminers.Contains(document.Text, tokens[i - 1]);
        }

        return found ? StoryPlace.MostNamedBefore(document, s.Span.Start) : null;
    }

    /// <summary>"town", and its possessive "the town's eastern edge", "the city's market".</summary>
    private static bool TownWord(string text, Token token)
    {
        if (ClaimLexicon.TownWords.Contains(text, token))
        {
            return true;
        }

        var word = text.AsSpan(token.Start, token.End - token.Start);
        return word.Length > 2 && (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("\u2019s", StringComparison.Ordinal))
            && ClaimLexicon.TownWords.Contains(word[..^2]);
    }

    /// <summary>
    /// The place of a wire dateline (<see cref="WireDateline"/>: "GENEVA - ...", "ISTANBUL, Dec 3 (Wire) - ...") opening
    /// one of the first two lines.
    /// </summary>
    public static PlaceMention? Dateline(Document document)
    {
        var text = document.Text;
        var end = EndOfLines(text, 2);
        foreach (var p in document.Places)
        {
            if (p.Span.Start >= end)
            {
                break;
            }

            if (p.Role == PlaceRole.Location && WireDateline.Opens(text, p.Span.Start, p.Span.End))
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Where the first <paramref name="lines"/> lines that are not blank end.</summary>
    private static int EndOfLines(string text, int lines)
    {
        var at = 0;
        for (var line = 0; line < lines && at < text.Length; line++)
        {
            while (at < text.Length && char.IsWhiteSpace(text[at]))
            {
                at++;
            }

            var next = text.IndexOf('\n', at);
            at = next < 0 ? text.Length : next + 1;
        }

        return at;
    }

    /// <summary>
    /// With no place in its own paragraph, the one settlement of the last sentence of the paragraph before that names
    /// one ("Overnight the enemy attacked Kostiantynivka." / next paragraph: "Two groups were destroyed by drones.");
    /// a sentence naming several settlements leaves the event without a place.
    /// </summary>
    private static PlaceMention? PreviousParagraph(Document document, SentenceMentions mentions, int sentence)
    {
        if (StoryPlace.NamesDirection(document, sentence))
        {
            return null; // "На Придніпровському напрямку ...": a summary's section, not the story before it
        }

        var paragraph = document.Sentences[sentence].Paragraph;
        var start = sentence;
        while (start > 0 && document.Sentences[start - 1].Paragraph == paragraph)
        {
            start--;
        }

        // paragraphs that name no place at all ("Наші аеророзвідники помітили рух ...", a bullet "✅ МТ-ЛБ знищено
        // FPV-дроном") go on with the story before them: look back over up to three of them
        var skipped = 0;
        for (var s = start - 1; s >= 0; s--)
        {
            if (document.Sentences[s].Paragraph != document.Sentences[s + 1].Paragraph && s + 1 < start)
            {
                if (NamesAnyPlace(document, mentions, s + 1) || ++skipped > PlacelessParagraphs)
                {
                    return null;
                }
            }

            PlaceMention? only = null;
            foreach (var p in mentions.Places(s))
            {
                if (p.Role != PlaceRole.Location || p.IsAdminArea)
                {
                    continue;
                }

                if (only is not null && only.GeonameId != p.GeonameId)
                {
                    return null;
                }

                only = p;
            }

            if (only is not null)
            {
                return only;
            }
        }

        return null;
    }

    /// <summary>How many paragraphs without a place the story's place reaches back over.</summary>
    private const int PlacelessParagraphs = 3;

    /// <summary>Whether the paragraph that starts at sentence <paramref name="first"/> names a place (else the search goes on before it).</summary>
    private static bool NamesAnyPlace(Document document, SentenceMentions mentions, int first)
    {
        var paragraph = document.Sentences[first].Paragraph;
        for (var s = first; s < document.Sentences.Count && document.Sentences[s].Paragraph == paragraph; s++)
        {
            if (mentions.Places(s).Exists(p => p.Role is PlaceRole.Location or PlaceRole.Direction) || StoryPlace.NamesDirection(document, s))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The places of a sentence that can locate an event: not a unit's nickname (the regiment "Skelya"), and not a
    /// whole country when the sentence names a settlement or a region ("the Defence Forces of Ukraine" next to a village).
    /// </summary>
    private static List<PlaceMention> Candidates(Document document, ReadOnlySpan<Token> tokens, int sentence, SentenceMentions mentions, SentenceActors named, List<PlaceMention>?[] known) =>
        known[sentence] ??= Candidates(document, tokens, sentence, mentions.Places(sentence), mentions, named);

    private static List<PlaceMention> Candidates(Document document, ReadOnlySpan<Token> tokens, int sentence, List<PlaceMention> places, SentenceMentions mentions, SentenceActors named)
    {
        if (places.Count == 0)
        {
            return places;
        }

        var s = document.Sentences[sentence];
        var actors = named.Of(sentence);

        // "the Kharkiv operational group", "the Kherson regional administration": a place inside a body's name
        var kept = new List<PlaceMention>();
        foreach (var p in places)
        {
            if (!IsUnitNickname(document.Text, p.Span)
                && !actors.Exists(p.Span, static (a, span) => a.TokenCount > 1 && a.Span.Overlaps(span) && !(a.Span.Start == span.Start && a.Span.End == span.End)))
            {
                kept.Add(p);
            }
        }

        // "Moscow said the strike was a response ...": a capital that is the speaker is the government, not where it
        // happened ("the head of the Kostiantynivka city military administration" still names the town)
        var statements = mentions.Attributions(sentence);
        if (statements.Count > 0)
        {
            kept.RemoveAll(statements, static (p, statements) => statements.Exists(p.Span, static (a, span) => a.SpeakerSpan is { } speaker && span.Contains(speaker)));
        }

        var origins = LaunchOrigin.Find(kept, document.Text, tokens, s.Span);
        if (origins.Count > 0)
        {
            kept.RemoveAll(origins, static (p, origins) => origins.Contains(p)); // "launched drones from the directions of Kursk and Oryol": where it came from
        }

        if (kept.Exists(p => p.Role == PlaceRole.Location && !IsCountry(p)))
        {
            kept.RemoveAll(IsCountry);
        }

        // "Ukraine's air force said it shot down 87 drones", "struck energy facilities supplying Ukraine's
        // military-industrial complex": a country that owns the noun after it says whose, not where
        kept.RemoveAll(document.Text, static (p, text) => IsCountry(p) && Possessive(text, p.Span.End));

        // "Shevchenkove (Kharkiv Oblast, west of Kupiansk): a missile struck ...": the town a bearing is measured from
        // locates the settlement named before it, not the event
        if (kept.Count > 1)
        {
            List<PlaceMention>? references = null;
            foreach (var p in kept)
            {
                if (!p.IsAdminArea && ReferencePoint(document.Text, s.Span, p.Span)
                    && kept.Exists(p, static (q, p) => q.Span.End <= p.Span.Start && q.Role == PlaceRole.Location && !q.IsAdminArea && !IsCountry(q) && q.GeonameId != p.GeonameId))
                {
                    (references ??= []).Add(p);
                }
                else if (!p.IsAdminArea && NearReference(document.Text, kept, p) is not null)
                {
                    (references ??= []).Add(p); // "the village of Prymorske near Stepnohirsk": the town says where the village is
                }
            }

            if (references is not null)
            {
                kept.RemoveAll(references, static (p, references) => references.Contains(p));
            }
        }

        return kept;
    }

    /// <summary>Compass words before "of", "від", "от" ("west of", "на північний захід від", "к северо-западу от").</summary>
    private static readonly string[] Bearings =
    [
        "west", "east", "north", "south", "northwest", "northeast", "southwest", "southeast", "north-west", "north-east",
        "south-west", "south-east", "захід", "схід", "північ", "південь", "западу", "востоку", "северу", "югу",
        "северо-западу", "северо-востоку", "юго-западу", "юго-востоку",
    ];

    /// <summary>Comparatives that take the town in the genitive at once ("західніше Куп'янська", "западнее Купянска").</summary>
    private static readonly WordSet BearingComparatives = new(
    [
        "західніше", "східніше", "північніше", "південніше", "западнее", "восточнее", "севернее", "южнее",
    ]);

    /// <summary>Whether the place is the point a bearing is measured from: "west of Kupiansk", "на захід від Куп'янська",
    /// "к западу от Купянска", "западнее Купянска".</summary>
    private static bool ReferencePoint(string text, TextSpan sentence, TextSpan place)
    {
        var before = text.AsSpan(sentence.Start, Math.Max(0, place.Start - sentence.Start)).TrimEnd();
        var last = LastWord(before, out var rest);
        if (BearingComparatives.Contains(last))
        {
            return true;
        }

        if (!(last.Equals("of", StringComparison.OrdinalIgnoreCase) || last.Equals("від", StringComparison.OrdinalIgnoreCase)
            || last.Equals("от", StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        var bearing = LastWord(rest, out _);
        foreach (var b in Bearings)
        {
            if (bearing.Equals(b, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How far from a raion's middle a settlement of the next sentence may lie to be taken for one of its own.</summary>
    private const double RaionReachKm = 40;

    /// <summary>
    /// A raion named as the place of a happening and the one settlement of the next sentence of its paragraph, within
    /// the raion's reach ("Уночі росіяни атакували Шосткинський район ударними дронами. Один із них влучив у склад в
    /// Есмані"; "Drones attacked the Shostka district overnight. One hit a warehouse in Esman"): the settlement is where
    /// it happened. A town farther off ("The wounded were taken to Sumy") or two settlements leave the raion.
    /// </summary>
    private static PlaceMention? VillageOfTheRaion(Document document, ReadOnlySpan<Token> tokens, SentenceMentions mentions, SentenceActors named, int sentence, PlaceMention raion, List<PlaceMention>?[] known)
    {
        var next = sentence + 1;
        if (next >= document.Sentences.Count || document.Sentences[next].Paragraph != document.Sentences[sentence].Paragraph)
        {
            return null;
        }

        PlaceMention? found = null;
        foreach (var p in Candidates(document, tokens, next, mentions, named, known))
        {
            if (p.Role != PlaceRole.Location || p.IsAdminArea)
            {
                continue;
            }

            if (found is not null && found.GeonameId != p.GeonameId)
            {
                return null;
            }

            found = p;
        }

        return found is not null && Places.Resolution.Geo.DistanceKm(found.Lat, found.Lon, raion.Lat, raion.Lon) <= RaionReachKm ? found : null;
    }

    /// <summary>Words that place a settlement by a town after it: "near", "поблизу", "під", "под", "возле".</summary>
    private static readonly WordSet ByTownWords = new(
    [
        "near", "outside", "поблизу", "біля", "неподалік", "під", "вблизи", "возле", "около", "под",
    ]);

    /// <summary>The two-word forms: "неподалік від", "недалеко от", "рядом с".</summary>
    private static readonly WordSet NearBeforeFrom = new(["неподалік", "недалеко", "поблизу", "рядом"]);

    /// <summary>
    /// The settlement that a town right after it locates: "the village of Prymorske near Stepnohirsk", "у селі
    /// Приморське поблизу Степногірська", "в селе Приморское под Степногорском". Only a settlement that stands just
    /// before the near-word (a comma between at most) is so placed; "shelled Orikhiv and positions near Huliaipole" names
    /// two places. Returns that settlement, or null.
    /// </summary>
    private static PlaceMention? NearReference(string text, List<PlaceMention> kept, PlaceMention place)
    {
        var before = text.AsSpan(0, place.Span.Start).TrimEnd();
        var last = LastWord(before, out var rest);
        if (last.IsEmpty)
        {
            return null;
        }

        if (ByTownWords.Contains(last))
        {
            before = rest;
        }
        else if (last.Equals("від", StringComparison.OrdinalIgnoreCase) || last.Equals("от", StringComparison.OrdinalIgnoreCase)
            || last.Equals("с", StringComparison.OrdinalIgnoreCase))
        {
            var first = LastWord(rest, out var rest2);
            if (!NearBeforeFrom.Contains(first))
            {
                return null;
            }

            before = rest2;
        }
        else
        {
            return null;
        }

        before = before.TrimEnd().TrimEnd(',').TrimEnd();
        foreach (var q in kept)
        {
            if (q != place && q.Span.End == before.Length && q.Role == PlaceRole.Location && !q.IsAdminArea && !IsCountry(q) && q.GeonameId != place.GeonameId)
            {
                return q;
            }
        }

        return null;
    }

    /// <summary>The last word of <paramref name="span"/> (letters, apostrophes and hyphens) and what stands before it.</summary>
    private static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> span, out ReadOnlySpan<char> rest)
    {
        span = span.TrimEnd();
        var i = span.Length;
        while (i > 0 && (char.IsLetter(span[i - 1]) || span[i - 1] is '-' or '\'' or '\u2019'))
        {
            i--;
        }

        rest = span[..i];
        return span[i..];
    }

    /// <summary>An English possessive right after a name ("Ukraine's", "Russia’s").</summary>
    private static bool Possessive(string text, int end) =>
        end + 1 < text.Length && text[end] is '\'' or '\u2019' && text[end + 1] is 's' && (end + 2 == text.Length || !char.IsLetter(text[end + 2]));

    private static bool IsCountry(PlaceMention p) => p.FeatureCode is { } code && code.StartsWith("PCL", StringComparison.Ordinal);

    /// <summary>A quoted name right after a unit word: 'Regiment "Skelya"', 'бригада «Холодний Яр»'.</summary>
    private static bool IsUnitNickname(string text, TextSpan span)
    {
        var at = span.Start - 1;
        if (at < 0 || text[at] is not ('"' or '\u201C' or '\u00AB' or '\'' or '\u2018' or '\u201E'))
        {
            return false;
        }

        while (at > 0 && char.IsWhiteSpace(text[at - 1]) is var space && (space || text[at - 1] is '"' or '\u201C' or '\u00AB'))
        {
            at--;
        }

        var end = at;
        while (at > 0 && char.IsLetter(text[at - 1]))
        {
            at--;
        }

        return UnitWords.Contains(text.AsSpan(at, end - at));
    }

    private static readonly WordSet UnitWords = new(
    [
        "regiment", "brigade", "battalion", "corps", "division", "unit", "group", "detachment", "полк", "бригада", "батальйон",
        "батальон", "корпус", "дивізія", "дивизия", "загін", "отряд", "бригади", "полку", "бригады",
    ]);

    /// <summary>The event's location: the place, or for a city district the city with the district as detail
    /// (<see cref="Places.CitySections"/>), at the precision of the words around the place as written.</summary>
    public static EventLocation Locate(Document document, PlaceMention place)
    {
        var at = Places.CitySections.AsCity(place);
        return new()
        {
            Name = at.Name,
            GeonameId = at.GeonameId,
            Lat = at.Lat,
            Lon = at.Lon,
            Country = at.Country,
            Admin1 = at.Admin1,
            Precision = Precision(document, place),
            Detail = at.Detail,
        };
    }

    private static int Precision(Document document, PlaceMention place)
    {
        if (place.IsAdminArea)
        {
            return 3;
        }

        if (place.Detail is not null || place.Role == PlaceRole.Direction)
        {
            return 2;
        }

        // a "near" word among the three words before the place name
        var text = document.Text;
        var at = place.Span.Start;
        for (var words = 0; words < 3 && at > 0; words++)
        {
            var end = at;
            while (end > 0 && !char.IsLetter(text[end - 1]))
            {
                end--;
            }

            var start = end;
            while (start > 0 && char.IsLetter(text[start - 1]))
            {
                start--;
            }

            if (start == end)
            {
                break;
            }

            if (NearWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(start, end - start)))
            {
                return 2;
            }

            at = start;
        }

        return 1;
    }
}
