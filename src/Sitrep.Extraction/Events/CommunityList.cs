using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>
/// Communities listed by their adjectives under one community word ("Під обстрілами були Краснопільська, Миропільська
/// та Великописарівська громади"): each is the place of a happening of the sentence, as the villages of a list are.
/// The places stage reads each adjective as its seat (docs/places.md, "Direction adjectives"); the claims' list reader
/// drops such adjectives, so the events read the run here.
/// </summary>
internal static class CommunityList
{
    private static readonly string[] Joins = ["та", "і", "й", "и", "and", "а також"];

    /// <summary>The places of the run of community adjectives that holds <paramref name="place"/>, in text order, or null when
    /// the place stands in no such run of two or more.</summary>
    public static List<PlaceMention>? Around(PlaceMention place, List<PlaceMention> places, string text, TextSpan sentence)
    {
        var at = places.IndexOf(place);
        if (at < 0)
        {
            return null;
        }

        var first = at;
        while (first > 0 && Joined(text, places[first - 1], places[first]))
        {
            first--;
        }

        var last = at;
        while (last + 1 < places.Count && Joined(text, places[last], places[last + 1]))
        {
            last++;
        }

        if (last == first || !BeforeCommunityWord(text, places[last].Span.End, sentence.End))
        {
            return null;
        }

        var run = new List<PlaceMention>(last - first + 1);
        for (var i = first; i <= last; i++)
        {
            if (places[i].Role == PlaceRole.Location && !run.Exists(places[i].GeonameId, static (p, id) => p.GeonameId == id))
            {
                run.Add(places[i]);
            }
        }

        return run.Count > 1 ? run : null;
    }

    /// <summary>Whether only a comma or a list's conjunction stands between two places.</summary>
    private static bool Joined(string text, PlaceMention a, PlaceMention b)
    {
        if (b.Span.Start < a.Span.End)
        {
            return false;
        }

        var between = text.AsSpan(a.Span.End, b.Span.Start - a.Span.End).Trim();
        if (between.IsEmpty || between is ",")
        {
            return true;
        }

        if (between[0] == ',')
        {
            between = between[1..].TrimStart();
        }

        foreach (var j in Joins)
        {
            if (between.Equals(j, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool BeforeCommunityWord(string text, int from, int end)
    {
        var rest = text.AsSpan(from, Math.Max(0, end - from)).TrimStart();
        var word = 0;
        while (word < rest.Length && char.IsLetter(rest[word]))
        {
            word++;
        }

        foreach (var w in Claims.PlaceList.CommunityWords)
        {
            if (rest[..word].Equals(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
