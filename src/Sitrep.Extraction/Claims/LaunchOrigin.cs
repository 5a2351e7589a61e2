using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// Places a weapon was launched from: "launched drones from the directions of Kursk, Oryol and Millerovo",
/// "з напрямку Брянська", "со стороны Сумской области". They are where the attack came from, not where it hit, so
/// they neither locate an event nor give a claim its place.
/// </summary>
internal static class LaunchOrigin
{
    private static readonly string[] Markers =
    [
        "from the directions of", "from the direction of", "from the area of", "from the areas of", "from the region of",
        "з напрямку", "з напрямків", "з району", "з районів", "з боку", "із району", "со стороны", "с направления",
        "с направлений", "из района", "из районов",
    ];

    private static readonly string[] LaunchWords = ["launched", "launch", "fired", "запустив", "запустили", "випустив", "випустили", "запустил", "запустили", "выпустил", "выпустили"];

    /// <summary>The places of a sentence that are launch origins, with the other settlements listed together with them (callers only read the list).</summary>
    public static List<PlaceMention> Find(List<PlaceMention> places, string text, ReadOnlySpan<Token> tokens, TextSpan sentence)
    {
        if (places.Count == 0)
        {
            return NoPlaces;
        }

        List<PlaceMention>? origins = null;

        bool? launched = null; // read only when a bare "from" needs it
        foreach (var place in places)
        {
            if ((origins is not null && origins.Contains(place)) || !sentence.Contains(place.Span))
            {
                continue;
            }

            var before = text.AsSpan(sentence.Start, place.Span.Start - sentence.Start).TrimEnd();
            var marked = EndsWithMarker(before)
                || ((EndsWithWord(before, "from") || EndsWithWord(before, "з") || EndsWithWord(before, "із") || EndsWithWord(before, "из"))
                    && (launched ??= Launched(text.AsSpan(sentence.Start, sentence.Length))));
            if (marked)
            {
                origins ??= [];
                origins.AddRange(PlaceList.Around(place, places, text, tokens, sentence));
                if (!origins.Contains(place))
                {
                    origins.Add(place);
                }
            }
        }

        // "from Hvardiiske in occupied Crimea": the region that locates a launch site is part of the origin (a site the
        // places stage already read as an origin counts too)
        // (no origin and no site read as one: nothing to qualify, and the caller only reads the empty list)
        List<PlaceMention>? sites = origins is null ? null : new List<PlaceMention>(origins);
        foreach (var p in places)
        {
            if (p.Role == PlaceRole.Origin && (origins is null || !origins.Contains(p)))
            {
                (sites ??= []).Add(p);
            }
        }

        if (sites is null)
        {
            return NoPlaces;
        }

        origins ??= [];
        foreach (var place in places)
        {
            if (!origins.Contains(place) && place.Role != PlaceRole.Origin && QualifiedBySite(sites, place, text))
            {
                origins.Add(place);
            }
        }

        return origins;
    }

    /// <summary>An empty result the callers only read.</summary>
    private static readonly List<PlaceMention> NoPlaces = [];

    private static bool QualifiedBySite(List<PlaceMention> sites, PlaceMention place, string text)
    {
        foreach (var o in sites)
        {
            if (o.Span.End <= place.Span.Start
                && (IsQualifier(text, o.Span.End, place.Span.Start) || (place.IsAdminArea && EndsWithQualifier(text, o.Span.End, place.Span.Start))))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] Qualifiers = ["in", "in occupied", "in the occupied", "в", "у", "на", "в окупованому", "в окупованій", "в оккупированном", "в оккупированной", "в окупованому", "у окупованому", "в окупованому"];

    private static bool IsQualifier(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from).Trim();
        foreach (var q in Qualifiers)
        {
            if (between.Equals(q, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Millerovo and Primorsko-Akhtarsk in Russia": a region or country after the last launch site of the list, a
    /// name the gazetteer may lack between them, with no comma.
    /// </summary>
    private static bool EndsWithQualifier(string text, int from, int to)
    {
        var between = text.AsSpan(from, to - from).Trim();
        if (between.Length > 40 || between.IndexOfAny(',', ';', '.') >= 0)
        {
            return false;
        }

        foreach (var q in Qualifiers)
        {
            if (between.EndsWith(q, StringComparison.OrdinalIgnoreCase) && between.Length > q.Length && char.IsWhiteSpace(between[between.Length - q.Length - 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithMarker(ReadOnlySpan<char> before)
    {
        foreach (var m in Markers)
        {
            if (before.EndsWith(m, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool Launched(ReadOnlySpan<char> body)
    {
        foreach (var w in LaunchWords)
        {
            if (ContainsWord(body, w))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsWithWord(ReadOnlySpan<char> before, string word) =>
        before.EndsWith(word, StringComparison.OrdinalIgnoreCase)
        && (before.Length == word.Length || !char.IsLetter(before[before.Length - word.Length - 1]));

    private static bool ContainsWord(ReadOnlySpan<char> body, string word)
    {
        var at = body.IndexOf(word, StringComparison.OrdinalIgnoreCase);
        return at >= 0 && (at == 0 || !char.IsLetter(body[at - 1]))
            && (at + word.Length == body.Length || !char.IsLetter(body[at + word.Length]));
    }
}
