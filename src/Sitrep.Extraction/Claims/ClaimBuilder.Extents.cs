using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Claims.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Claims;

/// <summary>How much of a place a control, capture or encirclement claim is about: "full", "northern part", "outskirts".</summary>
internal sealed partial class ClaimBuilder
{
    /// <summary>The extent words of the sentence ("full", "northern part", "outskirts"), outside actor names.</summary>
    private List<(TextSpan Span, string Value)> Extents(int first, int limit)
    {
        var extents = new List<(TextSpan, string)>();
        foreach (var m in _lexicon.Extents.FindAll(_document.Text, _tokens, first, limit))
        {
            if (!ActorNames(first, limit).Exists(m.Span, static (n, span) => n.Span.Overlaps(span)))
            {
                extents.Add((m.Span, m.Value)); // the "Centre" group of forces is not the centre of a town
            }
        }

        return extents;
    }

    /// <summary>
    /// The extent that belongs to this trigger: the nearest one. "Russian groups pushed into the southern districts,
    /// but Ukrainian forces still hold ... the northern outskirts": what is held is the north.
    /// </summary>
    private static string? NearestExtent(List<(TextSpan Span, string Value)> extents, TextSpan trigger)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var (span, value) in extents)
        {
            var distance = span.Start >= trigger.End ? span.Start - trigger.End : Math.Max(0, trigger.Start - span.End);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (value, distance);
            }
        }

        return best;
    }

    private static string? DetailExtent(PlaceMention? place) => place?.Detail?.ToLowerInvariant() switch
    {
        null => null,
        var d when d.Contains("north", StringComparison.Ordinal) => "north",
        var d when d.Contains("south", StringComparison.Ordinal) => "south",
        var d when d.Contains("east", StringComparison.Ordinal) => "east",
        var d when d.Contains("west", StringComparison.Ordinal) => "west",
        var d when d.Contains("cent", StringComparison.Ordinal) => "centre",
        var d when d.Contains("outskirts", StringComparison.Ordinal) => "outskirts",
        _ => null,
    };
}
