using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Actors;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>Speakers read from the story around the phrase: the body of the story's place, a body named shortly before or elsewhere in the document.</summary>
internal sealed partial class SpeakerResolver
{
    private const int NamedReach = 60;

    /// <summary>
    /// "the city military administration", "the regional governor" with no place of their own: the body of the city
    /// or region the story is at (its first settlement in Ukraine), "Kherson city military administration" or the
    /// registry's "Zaporizhzhia Regional Military Administration"; "the police" in a story in Ukraine is the National
    /// Police. Needs the places stage to have run (it runs first in the pipeline); without places, null.
    /// </summary>
    private ResolvedSpeaker? StoryBody(string name, SpeakerType type, TextSpan span)
    {
        if (name.Equals("police", StringComparison.OrdinalIgnoreCase))
        {
            // "the police said" in a story in Ukraine: the National Police, not the last government speaker
            return _places.Any(p => p.Role == PlaceRole.Location && p.Country == "UA") && _lexicon.Registry.FindByName("National Police of Ukraine") is { } police
                ? new ResolvedSpeaker(police.Name, police.Type, _lexicon.Registry.SideOf(police), span, police)
                : null;
        }

        var level = LocalBodyLevel(name);
        if (level == 0)
        {
            return null;
        }

        var city = level == 1;

        // the nearest place in Ukraine the statement names before the phrase, in its paragraph ("a Kyiv think tank" in
        // the paragraph before does not make "the city military administration" Kyiv's), else the story's first
        // settlement there
        var window = Tokens.Length == 0 ? 0 : Tokens[Math.Max(0, TokenAt(span.Start) - NamedReach)].Start;
        window = Math.Max(window, span.Start > 0 ? _text.LastIndexOf('\n', span.Start - 1) + 1 : 0);
        PlaceMention? near = null;
        PlaceMention? story = null;
        foreach (var p in _places)
        {
            if (p.Role != PlaceRole.Location || p.Country != "UA" || (city && p.IsAdminArea))
            {
                continue;
            }

            if (p.Span.End <= span.Start && p.Span.Start >= window && (near is null || p.Span.Start > near.Span.Start))
            {
                near = p;
            }

            if (!p.IsAdminArea && (story is null || p.Span.Start < story.Span.Start))
            {
                story = p;
            }
        }

        story = near ?? story;
        story = story is null ? null : Places.CitySections.AsCity(story); // a district's body is its city's
        var where = city ? story?.Name : RegionName(story?.Admin1 ?? story?.Name);
        if (where is null)
        {
            return null;
        }

        var body = where + (city ? " city military administration" : " regional military administration");
        var person = type == SpeakerType.Person || name.EndsWith("governor", StringComparison.OrdinalIgnoreCase);
        return _lexicon.Registry.FindByName(body) is { } actor
            ? new ResolvedSpeaker(actor.Name, person ? SpeakerType.Person : actor.Type, _lexicon.Registry.SideOf(actor), span, actor)
            : new ResolvedSpeaker(body, person ? SpeakerType.Person : SpeakerType.Government, "UA", span, null);
    }

    private static readonly string[] CityBodies = ["city military administration", "city administration", "міська військова адміністрація", "мва"];
    private static readonly string[] RegionBodies =
    [
        "regional military administration", "regional governor", "regional administration", "ова", "ода", "обласна військова адміністрація",
    ];

    /// <summary>
    /// 1 for a city's body named without its city ("the city military administration", "the city's military
    /// administration", "the city administration", "МВА"), 2 for a region's ("the regional governor", "ОВА"), else 0.
    /// </summary>
    internal static int LocalBodyLevel(string name)
    {
        var words = name.Replace("\u2019s ", " ", StringComparison.Ordinal).Replace("'s ", " ", StringComparison.Ordinal).Trim();
        return IsAny(words, CityBodies) ? 1 : IsAny(words, RegionBodies) ? 2 : 0;
    }

    private static bool IsAny(string words, string[] bodies)
    {
        foreach (var body in bodies)
        {
            if (words.Equals(body, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private int TokenAt(int offset)
    {
        int lo = 0, hi = Tokens.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi) >> 1;
            if (Tokens[mid].End <= offset)
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

    private static string? RegionName(string? admin1)
    {
        if (admin1 is null)
        {
            return null;
        }

        foreach (var suffix in (string[])[" Oblast", " City"])
        {
            if (admin1.EndsWith(suffix, StringComparison.Ordinal))
            {
                return admin1[..^suffix.Length];
            }
        }

        return admin1.Contains(' ', StringComparison.Ordinal) ? null : admin1; // "Kyiv": the capital's own region
    }

    /// <summary>
    /// "General Staff confirms strike on Russian refinery" in a headline, "Ukraine's General Staff reported ..."
    /// further down: a short capitalised name is the one registry body of the document whose name contains it, when
    /// there is exactly one.
    /// </summary>
    private ResolvedSpeaker? NamedElsewhere(string name, TextSpan phrase)
    {
        if (name.Length < 6)
        {
            return null;
        }

        Actor? only = null;
        foreach (var m in _named.All)
        {
            if (m.Value.IsOutlet || m.Value.Name.Length <= name.Length || !m.Value.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (only is not null && only != m.Value)
            {
                return null;
            }

            only = m.Value;
        }

        return only is null ? null : new ResolvedSpeaker(only.Name, only.Type, _lexicon.Registry.SideOf(only), phrase, only);
    }

    /// <summary>
    /// "The Security Service of Ukraine (SBU) has detained a man ..., the service said": the registry body named
    /// shortly before whose name has the head noun, even when it spoke in no earlier statement.
    /// </summary>
    private ResolvedSpeaker? NamedJustBefore(string head, int start, TextSpan phrase, SpeakerType? headType = null)
    {
        if (head.Length < 4)
        {
            return null;
        }

        // an inflected head ("института", "угруповання") is found by its stem in the words that named the body
        var stem = HeadStem(head);
        PhraseMatch<Actor>? last = null;
        foreach (var m in _named.In(Math.Max(0, start - NamedReach), start))
        {
            if ((!m.Value.IsOutlet || headType is SpeakerType.Media) && m.Value.Type != SpeakerType.Person && m.EndToken <= start
                && (m.Value.Name.Contains(head, StringComparison.OrdinalIgnoreCase)
                    || (stem.Length >= 5 && m.Span.Slice(_text).Contains(stem, StringComparison.OrdinalIgnoreCase))))
            {
                last = m;
            }
        }

        // the span stays the words of the phrase ("the service"): the body named before is also an actor of its sentence
        return last is { } b ? new ResolvedSpeaker(b.Value.Name, b.Value.Type, _lexicon.Registry.SideOf(b.Value), phrase, b.Value) : null;
    }
}
