using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Events;

/// <summary>
/// The last member of a summary's list given as a heading: "repelled nine attacks near Kupiansk, Petropavlivka and
/// towards Kurylivka", "attacked near Novoselivka, Yampil and in the direction of Siversk", "и в сторону Кучеровки".
/// The attacks went towards that settlement: it is a place of the fighting like the others of the list, though the
/// place stage reads it as a heading.
/// </summary>
internal static class ListTail
{
    /// <summary>Words that may stand between the list and its heading member.</summary>
    private static readonly WordSet Glue = new(
    [
        "and", "also", "towards", "toward", "in", "the", "direction", "of", "та", "і", "й", "також", "в", "у", "бік", "напрямку",
        "и", "также", "сторону", "направлении",
    ]);

    /// <summary>Words of which one must stand there: the heading itself.</summary>
    private static readonly WordSet Heading = new(["towards", "toward", "direction", "бік", "напрямку", "сторону", "направлении"]);

    /// <summary>Words after a name that make it a front's direction ("in the Lyman direction"), not a heading to a place.</summary>
    private static readonly WordSet DirectionNouns = new(["direction", "directions", "axis", "напрямку", "напрямках", "направлении", "направлениях"]);

    /// <summary>Words that join the members of a list.</summary>
    private static readonly WordSet Joins = new(["and", "or", "та", "і", "й", "и", "или"]);

    private const int UnknownNameTokens = 3;

    /// <summary>
    /// The settlement after a name the gazetteer does not know, inside the same list: "поблизу Плещіївки, Іванопілля,
    /// Русиного Яру та Степанівки" goes on to Степанівки though "Русиного Яру" is no known place. Only capitalised
    /// words (at most three) and list punctuation or "and" stand between.
    /// </summary>
    public static PlaceMention? AcrossUnknown(PlaceMention last, List<PlaceMention> places, string text, ReadOnlySpan<Token> tokens, int first, int limit)
    {
        var within = new TextSpan(tokens[first].Start, tokens[limit - 1].End);
        PlaceMention? next = null;
        foreach (var p in places)
        {
            if (within.Contains(p.Span) && p.Span.Start >= last.Span.End && (next is null || p.Span.Start < next.Span.Start))
            {
                next = p;
            }
        }

        if (next is null || next.Role != PlaceRole.Location || next.IsAdminArea)
        {
            return null;
        }

        var names = 0;
        var comma = false;
        var joined = false;
        for (var i = first; i < limit && tokens[i].Start < next.Span.Start; i++)
        {
            var t = tokens[i];
            if (t.Start < last.Span.End)
            {
                continue;
            }

            if (t.Kind == TokenKind.Punctuation)
            {
                if (text[t.Start] == ',')
                {
                    comma = true;
                    continue;
                }

                if (text[t.Start] is '-' or '\'' or '’' && names > 0)
                {
                    continue;
                }

                return null;
            }

            if (Joins.Contains(text, t))
            {
                joined = true;
                continue;
            }

            if (!char.IsUpper(text[t.Start]) || ++names > UnknownNameTokens || joined)
            {
                return null; // a name after the join word would be the list's last member, not a gap
            }
        }

        return names > 0 && comma && joined ? next : null;
    }

    /// <summary>The heading settlement that closes the list ending at <paramref name="last"/>, if there is one.</summary>
    public static PlaceMention? After(PlaceMention last, List<PlaceMention> places, string text, ReadOnlySpan<Token> tokens, int first, int limit)
    {
        var within = new TextSpan(tokens[first].Start, tokens[limit - 1].End);
        PlaceMention? next = null;
        foreach (var p in places)
        {
            if (within.Contains(p.Span) && p.Span.Start >= last.Span.End && (next is null || p.Span.Start < next.Span.Start))
            {
                next = p;
            }
        }

        if (next is null || next.Role != PlaceRole.Direction || next.IsAdminArea)
        {
            return null;
        }

        var heading = false;
        for (var i = first; i < limit; i++)
        {
            var t = tokens[i];
            if (t.Start < last.Span.End)
            {
                continue;
            }

            if (t.Start >= next.Span.Start)
            {
                if (t.Start >= next.Span.End)
                {
                    // "... and in the Huliaipole direction": a direction of the front, not a village
                    return DirectionNouns.Contains(text, t) ? null : heading ? next : null;
                }

                continue;
            }

            if (t.Kind == TokenKind.Punctuation ? text[t.Start] != ',' : !Glue.Contains(text, t))
            {
                return null;
            }

            heading |= Heading.Contains(text, t);
        }

        return heading ? next : null;
    }
}
