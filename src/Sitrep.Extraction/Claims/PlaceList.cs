using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// A list of settlements named together: "у районах Торське, Ямпіль, Середнє та Дробишеве", "near Kupiansk,
/// Petropavlivka and towards Kucherivka", "Новоселівка, Рай-Олександрівка Донецької області; Покровське ...". A
/// summary that lists villages reports the same thing at each of them, so claims and events are made per village.
/// </summary>
internal static class PlaceList
{
    /// <summary>Words that may stand between two settlements of one list.</summary>
    private static readonly WordSet Glue = new(
    [
        "and", "or", "towards", "toward", "near", "in", "also", "as", "well", "та", "і", "й", "а", "також", "в", "у", "бік",
        "біля", "поблизу", "напрямку", "районі", "районах", "району", "населених", "пунктів", "зокрема", "и", "или",
        "в", "сторону", "направлении", "районе", "районах", "населенных", "пунктов", "области", "області", "region",
        "oblast", "raion", "district", "together", "with", "neighbouring", "neighboring", "nearby",
    ]);

    /// <summary>Words before a settlement that make it a goal of the list, not a front-line direction: "towards Kurylivka".</summary>
    private static readonly WordSet Towards = new(["towards", "toward", "of", "бік", "сторону", "направлении"]);

    /// <summary>
    /// The settlements of the list that <paramref name="place"/> belongs to, in text order (just the place itself
    /// when it stands alone). Regions inside the list ("Донецької області") qualify its members and are skipped.
    /// </summary>
    public static List<PlaceMention> Around(PlaceMention place, List<PlaceMention> places, string text, ReadOnlySpan<Token> tokens, TextSpan within) =>
        Around(place, places, text, tokens, within, out _);

    /// <summary>
    /// The settlements of the list, and how many names of it the gazetteer does not know (<paramref name="unknown"/>:
    /// "поблизу Плещіївки, Іванопілля, Русиного Яру та Степанівки" has one, a claim with no place of its own). With
    /// <paramref name="regions"/>, a region is listed with the regions named with it under one plural region word
    /// ("in the Poltava and Chernihiv regions": a claim each); without, a region stands alone.
    /// </summary>
    public static List<PlaceMention> Around(PlaceMention place, List<PlaceMention> places, string text, ReadOnlySpan<Token> tokens, TextSpan within, out int unknown, bool regions = false)
    {
        unknown = 0;
        if (regions && place.IsAdminArea && place.Role == PlaceRole.Location)
        {
            return Regions(place, places, text, tokens, within);
        }

        var members = new List<PlaceMention> { place };
        if (place.IsAdminArea || place.Role != PlaceRole.Location)
        {
            return members;
        }

        // "which Russia calls Dimitrov": who gives the other name is no settlement of the list
        var ordered = new List<PlaceMention>();
        foreach (var p in places)
        {
            if (within.Contains(p.Span) && (p == place || !NamesOther(p, text, tokens)))
            {
                ordered.Add(p);
            }
        }

        ordered.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var at = ordered.IndexOf(place);
        for (var i = at - 1; i >= 0; i--)
        {
            if (!Joined(ordered, i, i + 1, text, tokens, ref unknown))
            {
                break;
            }

            if (IsMember(ordered[i], text, tokens))
            {
                members.Insert(0, ordered[i]);
            }
        }

        for (var i = at + 1; i < ordered.Count; i++)
        {
            if (!Joined(ordered, i - 1, i, text, tokens, ref unknown))
            {
                break;
            }

            if (IsMember(ordered[i], text, tokens))
            {
                members.Add(ordered[i]);
            }
        }

        // "in the Pokrovsk and Huliaipole directions": a list of directions names no places of fighting
        if (members.Count > 1 && FollowedByDirection(members[^1], text))
        {
            unknown = 0;
            return [place];
        }

        // "Нікополь, Марганецька, Покровська та Червоногригорівська громади": communities named by their adjective are
        // areas around a town, not settlements of the list
        if (members.Count > 1 && FollowedByCommunity(members[^1], text))
        {
            members.RemoveAll(place, static (m, place) => m != place && IsAdjective(m.Text));
        }

        // one settlement named twice is one place (a place alone is its own list: no set and copy for it), and so are a
        // city and its district named together ("Kherson's Korabelnyi district": the district, told finer)
        if (members.Count > 1 && members.Exists(static m => m.FeatureCode == "PPLX"))
        {
            RemoveCitiesOfDistricts(members);
        }

        return members.Count == 1 ? members : members.DistinctBy(m => m.GeonameId).ToList();
    }

    /// <summary>
    /// Removes each member other than a district whose city is a district of the list. The check reads the list while
    /// the removal compacts it, in the same order of reads and writes as <c>List.RemoveAll</c> with a lambda did.
    /// </summary>
    private static void RemoveCitiesOfDistricts(List<PlaceMention> members)
    {
        members.RemoveAll(members, static (c, members) => c.FeatureCode != "PPLX" && members.Exists(c.GeonameId, static (d, id) => d.FeatureCode == "PPLX" && Places.CitySections.AsCity(d).GeonameId == id));
    }

    private static readonly string[] PluralRegionWords = ["regions", "oblasts", "provinces", "областях", "областей", "областями", "областям"];

    /// <summary>
    /// "damage to energy facilities in the Poltava and Chernihiv regions", "у Харківській та Сумській областях": regions
    /// named together under one plural region word are a list of their own (one claim each); a region alone is itself.
    /// </summary>
    private static List<PlaceMention> Regions(PlaceMention place, List<PlaceMention> places, string text, ReadOnlySpan<Token> tokens, TextSpan within)
    {
        var ordered = new List<PlaceMention>();
        foreach (var p in places)
        {
            if (within.Contains(p.Span) && p.IsAdminArea && p.Role == PlaceRole.Location)
            {
                ordered.Add(p);
            }
        }

        ordered.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var at = ordered.IndexOf(place);
        var unknown = 0;
        var from = at;
        while (from > 0 && Joined(ordered, from - 1, from, text, tokens, ref unknown) && unknown == 0)
        {
            from--;
        }

        var to = at;
        while (to + 1 < ordered.Count && Joined(ordered, to, to + 1, text, tokens, ref unknown) && unknown == 0)
        {
            to++;
        }

        var last = ordered[to];
        var plural = EndsWithAny(last.Text, PluralRegionWords)
            || StartsWithAny(text.AsSpan(last.Span.End, Math.Min(16, text.Length - last.Span.End)).TrimStart(), PluralRegionWords);
        return to > from && unknown == 0 && plural ? ordered.GetRange(from, to - from + 1).DistinctBy(m => m.GeonameId).ToList() : [place];
    }

    private static bool EndsWithAny(string name, string[] words) =>
        Array.Exists(words, w => name.EndsWith(w, StringComparison.OrdinalIgnoreCase));

    private static bool StartsWithAny(ReadOnlySpan<char> rest, string[] words)
    {
        foreach (var word in words)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] DirectionWords = ["direction", "directions", "axis", "axes", "напрямку", "напрямках", "напрямків", "направлении", "направлениях", "направлений"];

    /// <summary>The plural community words a list of community adjectives stands before ("Краснопільська та Миропільська
    /// громади"); the events stage's <see cref="Events.CommunityList"/> reads the same words.</summary>
    internal static readonly string[] CommunityWords = ["громади", "громад", "громадах", "громадам", "громады", "общины", "общин", "hromadas", "communities"];

    private static readonly string[] AdjectiveEndings = ["ська", "цька", "зька", "ская", "цкая", "зская", "ські", "цькі"];

    private static bool FollowedByCommunity(PlaceMention last, string text)
    {
        var rest = text.AsSpan(last.Span.End, Math.Min(16, text.Length - last.Span.End)).TrimStart();
        foreach (var word in CommunityWords)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAdjective(string name)
    {
        foreach (var ending in AdjectiveEndings)
        {
            if (name.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool FollowedByDirection(PlaceMention last, string text)
    {
        var rest = text.AsSpan(last.Span.End, Math.Min(16, text.Length - last.Span.End)).TrimStart();
        foreach (var word in DirectionWords)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A settlement of the list: a location, or a goal the fighting went towards ("and towards Kurylivka", "and in the
    /// direction of Siversk"), which the places stage reads as a direction.
    /// </summary>
    private static bool IsMember(PlaceMention p, string text, ReadOnlySpan<Token> tokens)
    {
        if (p.IsAdminArea)
        {
            return false;
        }

        if (p.Role == PlaceRole.Location)
        {
            return true;
        }

        var at = FirstTokenAt(tokens, p.Span.Start);
        return p.Role == PlaceRole.Direction && at > 0 && Towards.Contains(text, tokens[at - 1]) && !FollowedByDirection(p, text);
    }

    /// <summary>"in the direction of": three words that stand between two settlements of a list like "towards".</summary>
    private static int DirectionOf(ReadOnlySpan<Token> tokens, int i, string text) =>
        i + 3 < tokens.Length && tokens[i].Text(text) is "in" && tokens[i + 1].Text(text) is "the" && tokens[i + 2].Text(text) is "direction"
        && tokens[i + 3].Text(text) is "of" ? 3 : 0;

    private static readonly WordSet NamingVerbs = new(["calls", "call", "called", "names", "name", "называет", "называют", "називає", "називають"]);

    /// <summary>
    /// ", which Russia calls Dimitrov,", ", которую в России называют ...": a clause giving another name of the settlement
    /// before it; the number of tokens to step over up to the naming verb (the name after it is the same settlement).
    /// </summary>
    private static int OtherName(ReadOnlySpan<Token> tokens, int i, string text)
    {
        if (tokens[i].Text(text) is not ("which" or "що" or "який" or "яке" or "которую" or "который" or "которое"))
        {
            return 0;
        }

        for (var j = i + 1; j < Math.Min(tokens.Length, i + 5); j++)
        {
            if (NamingVerbs.Contains(text, tokens[j]))
            {
                return j - i;
            }
        }

        return 0;
    }

    /// <summary>The place stands between "which" and a naming verb: it names, it is not named.</summary>
    private static bool NamesOther(PlaceMention p, string text, ReadOnlySpan<Token> tokens)
    {
        var at = FirstTokenAt(tokens, p.Span.Start);
        for (var i = at - 1; i >= Math.Max(0, at - 3); i--)
        {
            if (OtherName(tokens, i, text) is var skip and > 0 && i + skip > at)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Only list punctuation and glue words stand between two neighbouring place mentions.</summary>
    private static bool Joined(List<PlaceMention> ordered, int left, int right, string text, ReadOnlySpan<Token> tokens, ref int unknown)
    {
        var from = ordered[left].Span.End;
        var to = ordered[right].Span.Start;
        if (to <= from)
        {
            return to == from;
        }

        var names = 0;
        var run = 0;
        var i = FirstTokenAt(tokens, from);
        for (; i < tokens.Length && tokens[i].Start < to; i++)
        {
            var skip = DirectionOf(tokens, i, text);
            skip = skip > 0 ? skip : OtherName(tokens, i, text);
            if (skip > 0)
            {
                i += skip; // "and in the direction of Siversk", "Myrnohrad, which Russia calls Dimitrov, together with ..."
                run = 0;
                continue;
            }

            var t = tokens[i];
            var ok = t.Kind == TokenKind.Punctuation ? IsListPunctuation(text[t.Start]) : Glue.Contains(text, t) && !OpensClause(tokens, i, text);
            if (!ok && t.Kind == TokenKind.Word && char.IsUpper(text[t.Start]) && run < 2)
            {
                // a settlement the gazetteer does not know, between two it knows ("..., Русиного Яру та Степанівки")
                names += run == 0 ? 1 : 0;
                run++;
                continue;
            }

            if (!ok)
            {
                return false;
            }

            run = 0;
        }

        unknown += names;
        return true;
    }

    /// <summary>
    /// ", а поблизу Мирнограда ...", ", а под Покровском ...": "а" after a comma opens a clause of its own (", а також"
    /// goes on with the list).
    /// </summary>
    private static bool OpensClause(ReadOnlySpan<Token> tokens, int i, string text) =>
        tokens[i].Text(text) is "а" or "А" && i > 0 && tokens[i - 1].Kind == TokenKind.Punctuation && text[tokens[i - 1].Start] == ','
        && !(i + 1 < tokens.Length && tokens[i + 1].Text(text) is "також" or "также");

    private static bool IsListPunctuation(char c) => c is ',' or ';' or '–' or '—' or '-';

    private static int FirstTokenAt(ReadOnlySpan<Token> tokens, int offset)
    {
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
