using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// "The General Staff reported 30 attacks in the Kupiansk direction", "troops massed on the Pokrovsk-Myrnohrad
/// axis": a statement that names no place of its own but one front-line direction is at the direction's town (the
/// first town of an axis named after two). A list of directions ("in the Pokrovsk and Huliaipole directions") names
/// no place, nor does a goal ("from the direction of Zatyshshia", "towards Siversk").
/// </summary>
internal static class DirectionPlace
{
    private static readonly string[] Words = ["direction", "axis", "sector", "напрямку", "напрямі", "напрямок", "направлении", "направление"];

    /// <summary>The town of the one direction named inside <paramref name="span"/>, or null.</summary>
    public static PlaceRef? Find(List<PlaceMention> places, string text, TextSpan span)
    {
        PlaceMention? found = null;
        foreach (var p in places)
        {
            if (p.Role != PlaceRole.Direction || p.IsAdminArea || !span.Contains(p.Span)
                || (p.Span.Start > 0 && text[p.Span.Start - 1] is '-' or '–') || !NamesDirection(text, p.Span.End))
            {
                continue; // the second town of "the Pokrovsk-Myrnohrad axis" belongs to the first
            }

            if (OpensSection(text, span, p))
            {
                return null; // "In the Prydniprovske direction, the enemy ...": a summary's section, told by what follows
            }

            if (found is not null && found.GeonameId != p.GeonameId)
            {
                return null; // two directions: no one place
            }

            found ??= p;
        }

        return found is null ? null : new PlaceRef(found.GeonameId, found.Name);
    }

    /// <summary>
    /// "In the Kupiansk direction, ...", "На Лиманському напрямку ворог ...": the direction opens the sentence (within
    /// its first four words) as the heading of a summary's section.
    /// </summary>
    private static bool OpensSection(string text, TextSpan span, PlaceMention p)
    {
        var before = text.AsSpan(span.Start, p.Span.Start - span.Start).Trim();
        var words = 0;
        foreach (var c in before)
        {
            words += c == ' ' ? 1 : 0;
        }

        return before.Length == 0 || (words < 4 && before.IndexOfAny(",;:.") < 0);
    }

    /// <summary>Whether a singular direction word follows the name, over further names of the axis ("-Myrnohrad").</summary>
    private static bool NamesDirection(string text, int end)
    {
        var i = end;
        while (i < text.Length && text[i] is '-' or '–')
        {
            i++;
            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '\'' or '\u2019'))
            {
                i++;
            }
        }

        if (i >= text.Length || text[i] != ' ')
        {
            return false;
        }

        var rest = text.AsSpan(i + 1);
        foreach (var word in Words)
        {
            if (rest.StartsWith(word, StringComparison.OrdinalIgnoreCase) && (rest.Length == word.Length || !char.IsLetter(rest[word.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
