using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>Where a claim is: the places of the sentence and the places it refers back to.</summary>
internal sealed partial class ClaimBuilder
{
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

        var kept = new List<PlaceMention>(places.Count);
        foreach (var p in places)
        {
            if (!MadeIn(p, first) && !PlaceAnaphor.IsDestination(_document.Text, p) && !NamesAFeature(p))
            {
                kept.Add(p);
            }
        }

        var names = ActorNames(first, limit);
        if (names.Count > 0)
        {
            kept.RemoveAll(names, static (p, names) => names.Exists(p.Span, static (n, span) => n.Span.Contains(span) && n.Span.Length > span.Length));
        }

        return kept;
    }

    /// <summary>
    /// "a draft that Kyiv said favoured Moscow", "Moscow and Kyiv agreed": a capital named with no place word before it
    /// stands for its government in a statement; "talks in Moscow" are in it.
    /// </summary>
    private bool BareCapital(PlaceMention place, int first)
    {
        if (place.FeatureCode is not "PPLC")
        {
            return false;
        }

        var at = TokenSearch.FirstAtOrAfter(_tokens, first, place.Span.Start);
        return at <= first || !(ClaimLexicon.PlacePrepositions.Contains(_document.Text, _tokens[at - 1]) || ClaimLexicon.NearWords.Contains(_document.Text, _tokens[at - 1]));
    }

    /// <summary>"GENEVA - Negotiators agreed ...", "KYIV, Nov 18 (Wire) -": the dateline says where the story was filed.</summary>
    private bool IsDateline(PlaceMention place)
    {
        var text = _document.Text;
        var start = place.Span.Start;
        if (start > 0 && text[start - 1] is not ('\n' or '\r'))
        {
            return false;
        }

        foreach (var c in place.Text)
        {
            if (char.IsLower(c))
            {
                return false;
            }
        }

        var rest = text.AsSpan(place.Span.End).TrimStart(' ');
        return rest.Length > 0 && rest[0] is '-' or '\u2013' or '\u2014' or ',' or '(';
    }

    /// <summary>
    /// "near the Serebrianka forest", "along the Dnipro River", "біля Кремінського лісу": a forest or river named after a
    /// settlement is not the settlement.
    /// </summary>
    private bool NamesAFeature(PlaceMention place)
    {
        var at = TokenSearch.FirstAtOrAfter(_tokens, 0, place.Span.End);
        return at >= 0 && ClaimLexicon.FeatureWords.Contains(_document.Text, _tokens[at]);
    }

    /// <summary>"over Russia", "над территорией России": the airspace of a country.</summary>
    private bool Over(PlaceMention place, int first)
    {
        var at = TokenSearch.FirstAtOrAfter(_tokens, first, place.Span.Start);
        return at > first && ClaimLexicon.OverWords.Contains(_document.Text, _tokens[at - 1]);
    }

    /// <summary>"две бронированные машины, в том числе одну производства США": the country that made it, not a place.</summary>
    private bool MadeIn(PlaceMention place, int first)
    {
        var at = TokenSearch.FirstAtOrAfter(_tokens, first, place.Span.Start);
        return at > first && ClaimLexicon.MakerWords.Contains(_document.Text, _tokens[at - 1]);
    }

    /// <summary>A region or country standing right before the verb as its subject ("Russia had again struck").</summary>
    private bool IsAgent(PlaceMention place, TextSpan trigger, int first, int limit)
    {
        if (!place.IsAdminArea || place.Span.End > trigger.Start)
        {
            return false;
        }

        var at = TokenSearch.FirstAtOrAfter(_tokens, first, limit - first, place.Span.Start);
        if (at > first && ClaimLexicon.PlacePrepositions.Contains(_document.Text, _tokens[at - 1]))
        {
            return false; // "над Белгородской областью сбиты 37 беспилотников": over the region, not by it
        }

        if (ForcesOf(at, first))
        {
            return true; // "Вооружённые силы Российской Федерации нанесли групповой удар ...": the country names the forces striking
        }

        var i = TokenSearch.FirstAtOrAfter(_tokens, first, limit - first, place.Span.End);
        for (; i >= 0 && i < _tokens.Length && _tokens[i].Start < trigger.Start; i++)
        {
            if (!ClaimLexicon.AgentGap.Contains(_document.Text, _tokens[i]))
            {
                return false;
            }
        }

        return i >= 0;
    }

    /// <summary>Words for a country's armed forces, in whose name a country stands in the genitive or after "of".</summary>
    private static readonly WordSet ForcesWords = new(
    [
        "forces", "army", "military", "troops", "силы", "сил", "силами", "сили", "армия", "армии", "армії", "армія",
        "войска", "войск", "войсками", "війська", "військ", "військами",
    ]);

    /// <summary>
    /// The place starting at token <paramref name="at"/> follows a word for armed forces ("Вооружённые силы Российской
    /// Федерации", "Збройні сили України", "the Armed Forces of Ukraine"): it is part of the forces' name.
    /// </summary>
    private bool ForcesOf(int at, int first)
    {
        var i = at - 1;
        while (i > first && _tokens[i].Text(_document.Text) is "of" or "the")
        {
            i--;
        }

        return i >= first && i < at && ForcesWords.Contains(_document.Text, _tokens[i]);
    }

    /// <summary>"the town", "the city", "this village": a settlement named before.</summary>
    private bool TownAnaphor(int first, int limit)
    {
        for (var i = first; i < limit; i++)
        {
            if ((IsWord(ClaimLexicon.TownWords, i) || SettlementPoint(i, first)) && (i == first || Determined(i) || BareCyrillicTown(i, limit)) && !NamedAfter(i, limit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Глава администрации также сообщил, что в Купянске продолжаются бои. Он признал, что ни одна из сторон не
    /// контролирует город": the town word of a sentence refers to the one settlement the sentence just before it (in the
    /// same paragraph) named, when the story has named that settlement at least twice by then, even if another town was
    /// named more often earlier. Null when that sentence names no settlement or several, or named it only once.
    /// </summary>
    private PlaceRef? TownOfSentenceBefore(int first)
    {
        var sentences = _document.Sentences;
        var s = -1;
        for (var k = 0; k < sentences.Count; k++)
        {
            if (first >= sentences[k].FirstToken && first < sentences[k].FirstToken + sentences[k].TokenCount)
            {
                s = k;
                break;
            }
        }

        if (s < 1 || sentences[s - 1].Paragraph != sentences[s].Paragraph)
        {
            return null;
        }

        var before = sentences[s - 1].Span;
        PlaceMention? town = null;
        foreach (var p in _document.Places)
        {
            if (p.Span.Start < before.Start || p.Span.End > before.End || p.Role != PlaceRole.Location || p.IsAdminArea
                || PlaceAnaphor.IsRoadEnd(_document.Text, p) || PlaceAnaphor.IsDestination(_document.Text, p))
            {
                continue;
            }

            if (town is not null && town.GeonameId != p.GeonameId)
            {
                return null; // two settlements: the sentence before names no one town
            }

            town = p;
        }

        if (town is null)
        {
            return null;
        }

        var named = 0;
        foreach (var p in _document.Places)
        {
            if (p.Span.End <= before.End && p.GeonameId == town.GeonameId && p.Role == PlaceRole.Location)
            {
                named++;
            }
        }

        return named >= 2 ? new PlaceRef(town.GeonameId, town.Name) : null;
    }

    /// <summary>"населённый пункт", "населений пункт" (a settlement, in any case): "пункт" only after its adjective, so "пункт управления" is none.</summary>
    private bool SettlementPoint(int i, int first)
    {
        var text = _document.Text;
        return i > first && _tokens[i].Chars(text) is "пункт" or "пункта" or "пункте" or "пункті" or "пункту"
            && (_tokens[i - 1].Chars(text).StartsWith("населен", StringComparison.OrdinalIgnoreCase)
                || _tokens[i - 1].Chars(text).StartsWith("населён", StringComparison.OrdinalIgnoreCase));
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
            if (IsWord(ClaimLexicon.VillageWords, i) && (i == first || Determined(i) || BareCyrillicTown(i, limit)) && !NamedAfter(i, limit))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the town of Shebekino", "the village of Torske": the town word names the settlement after it, no earlier one.</summary>
    private bool NamedAfter(int i, int limit) =>
        i + 2 < limit && _tokens[i + 1].Text(_document.Text) is "of" && _tokens[i + 2].Kind == TokenKind.Word
        && char.IsUpper(_document.Text[_tokens[i + 2].Start]);

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

    /// <summary>
    /// The place of an earlier claim of this sentence, else (for "the town") the town the sentence itself named before
    /// the town word, else the last settlement named before it.
    /// </summary>
    private PlaceRef? LatestPlace(List<Proposition> found, int before, bool city, bool village = false, int first = -1, int limit = -1)
    {
        if (found.FindLast(p => p.Claim.Place is not null) is { } recent)
        {
            return recent.Claim.Place;
        }

        if (city && first >= 0 && TownNamedBeforeTownWord(first, limit) is { } heading)
        {
            return heading; // "preparing an assault towards Huliaipole and could storm the town's eastern outskirts": Huliaipole
        }

        if (city && first >= 0 && TownOfSentenceBefore(first) is { } justTold)
        {
            return justTold; // "... в Купянске продолжаются бои. Он признал, что ни одна из сторон не контролирует город": Kupiansk
        }

        if (city)
        {
            // "moved into the city" after "on the approaches from Zvirove": the city is the settlement the story
            // names most, not the village named last
            return StoryPlace.MostNamedBefore(_document, before, originLoses: true) is { } seat ? new PlaceRef(seat.GeonameId, seat.Name) : null;
        }

        // "Uspenivka, north-east of Huliaipole ... the village's western side": a village is no administrative seat
        var places = _document.Places;
        for (var pass = village ? 0 : 1; pass < 2; pass++)
        {
            for (var i = places.Count - 1; i >= 0; i--)
            {
                var p = places[i];
                // "такі заяви Москви": a capital with no place word before it is its government, not a settlement told of
                if (p.Span.End <= before && p.Role == PlaceRole.Location && !p.IsAdminArea && !BareCapital(p, 0)
                    && (pass == 1 || p.FeatureCode is not { } code || !(code.StartsWith("PPLA", StringComparison.Ordinal) || code == "PPLC")))
                {
                    return new PlaceRef(p.GeonameId, p.Name);
                }
            }
        }

        return null;
    }

    /// <summary>
    /// The settlement the sentence names before its "the town" / "the city" (as a location or as where an assault is
    /// heading: "towards Huliaipole ... the town's eastern outskirts"), the last one before the town word; not one
    /// named as where something came from ("from Zvirove"), a region, or a capital standing for its government.
    /// </summary>
    private PlaceRef? TownNamedBeforeTownWord(int first, int limit)
    {
        var townWord = -1;
        for (var i = first; i < limit; i++)
        {
            if (IsWord(ClaimLexicon.CityWords, i) && (i == first || Determined(i) || BareCyrillicTown(i, limit)))
            {
                townWord = i;
                break;
            }
        }

        if (townWord <= first)
        {
            return null;
        }

        var start = _tokens[first].Start;
        var end = _tokens[townWord].Start;
        var places = _document.Places;
        for (var i = places.Count - 1; i >= 0; i--)
        {
            var p = places[i];
            if (p.Span.Start < start || p.Span.End > end)
            {
                continue;
            }

            if (p.Role is PlaceRole.Location or PlaceRole.Direction && !p.IsAdminArea && !BareCapital(p, first)
                && !StoryPlace.IsOrigin(_document.Text, p.Span.Start))
            {
                return new PlaceRef(p.GeonameId, p.Name);
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
        var at = TokenSearch.FirstAtOrAfter(_tokens, first, limit - first, place.Span.Start);
        if (at < 0)
        {
            return false;
        }

        for (var i = first + 1; i < limit; i++)
        {
            if (_tokens[i].Text(_document.Text) is "city" or "town" && Math.Abs(i - trigger) < Math.Abs(at - trigger)
                && Determined(i) && !NamedAfter(i, limit))
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
            if (IsWord(ClaimLexicon.CityWords, i) && (i == first || Determined(i) || BareCyrillicTown(i, limit)) && !NamedAfter(i, limit))
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
