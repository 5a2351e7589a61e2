using Sitrep.Core.Documents;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// A republished story says once, in its lead, how it reached the outlet: "Caspian Daily reports, citing Meridian
/// Wire, which cited Ukraine's 7th Rapid Response Corps, that ...". Every later statement of the speaker the chain
/// ends with ("the corps said") came the same way, and "the agency" the story mentions is the cited outlet.
/// </summary>
internal static class LeadChain
{
    private const int LeadParagraphs = 2;

    public static void Apply(Document document, List<Core.Model.Attribution> attributions)
    {
        Republished(document, attributions);
        Core.Model.Attribution? lead = null;
        foreach (var a in attributions)
        {
            if (a.Via.Count >= 2 && InLead(document, a))
            {
                lead = a;
                break;
            }
        }

        if (lead is null)
        {
            return;
        }

        var publisher = lead.Via[0];
        var cited = lead.Via.Skip(1).ToList();
        for (var i = 0; i < attributions.Count; i++)
        {
            var a = attributions[i];
            if (ReferenceEquals(a, lead) || a.Span.Start < lead.Span.Start)
            {
                continue;
            }

            if (string.Equals(a.Speaker, lead.Speaker, StringComparison.OrdinalIgnoreCase)
                && (a.Via.Count == 0 || (a.Via.Count == 1 && a.Via[0] == publisher)))
            {
                attributions[i] = a with { Via = lead.Via };
            }
            else if (a.Via.Count >= 2 && a.Via[0] == publisher && a.Via.Skip(1).All(IsGenericAgency))
            {
                // "a Ukrainian military source told the agency": the agency cited last before it, else the lead's
                attributions[i] = a with { Via = [publisher, .. CitedBefore(attributions, i, publisher) ?? cited] };
            }
        }
    }

    /// <summary>How a story republished from another outlet says so in a line of its own above the text.</summary>
    private static readonly string[] RepublishedOpeners =
    [
        "Republished from ", "Republished with permission from ", "Originally published by ", "Originally published in ",
        "Передруковано з ", "Передрук з ", "Перепечатано из ", "Перепечатка из ",
    ];

    private const int HeaderLines = 4;

    /// <summary>
    /// "Republished from Meridian Wire" above a story: every statement the republishing outlet carries came through the
    /// outlet it republished, so that outlet follows it in the chain (Frontline Digest &lt; Meridian Wire &lt; the ministry).
    /// A story with no such line, or one naming its own outlet, keeps its chains.
    /// </summary>
    private static void Republished(Document document, List<Core.Model.Attribution> attributions)
    {
        if (RepublishedFrom(document.Text) is not { } source
            || string.Equals(source, document.Metadata.Outlet, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        for (var i = 0; i < attributions.Count; i++)
        {
            var via = attributions[i].Via;
            if (via.Count >= 1 && !string.Equals(via[0], source, StringComparison.OrdinalIgnoreCase)
                && (via.Count == 1 || !string.Equals(via[1], source, StringComparison.OrdinalIgnoreCase)))
            {
                attributions[i] = attributions[i] with { Via = [via[0], source, .. via.Skip(1)] };
            }
        }
    }

    /// <summary>The outlet a line among the first of the text says the story was republished from, or null.</summary>
    internal static string? RepublishedFrom(string text)
    {
        var start = 0;
        for (var line = 0; line < HeaderLines && start < text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var words = text.AsSpan(start, end - start).Trim();
            foreach (var opener in RepublishedOpeners)
            {
                if (words.StartsWith(opener, StringComparison.OrdinalIgnoreCase))
                {
                    var name = words[opener.Length..].Trim().Trim("«»\"“”.:").Trim();
                    return name.Length is > 1 and <= 60 ? name.ToString() : null;
                }
            }

            start = end + 1;
        }

        return null;
    }

    /// <summary>The outlets the nearest statement before <paramref name="index"/> cites by name ("Interfax-Ukraine,
    /// citing a spokesperson ..., reported" before "the spokesperson told the agency"), or null.</summary>
    private static List<string>? CitedBefore(List<Core.Model.Attribution> attributions, int index, string publisher)
    {
        Core.Model.Attribution? nearest = null;
        foreach (var b in attributions)
        {
            if (b.Span.Start < attributions[index].Span.Start && b.Via.Count >= 2 && b.Via[0] == publisher
                && !b.Via.Skip(1).Any(IsGenericAgency) && (nearest is null || b.Span.Start > nearest.Span.Start))
            {
                nearest = b;
            }
        }

        return nearest?.Via.Skip(1).ToList();
    }

    private static bool IsGenericAgency(string outlet) =>
        outlet.Equals("agency", StringComparison.OrdinalIgnoreCase) || outlet.Equals("the agency", StringComparison.OrdinalIgnoreCase);

    private static bool InLead(Document document, Core.Model.Attribution a)
    {
        var firstParagraph = document.Sentences.Count > 0 ? document.Sentences[0].Paragraph : 0;
        foreach (var sentence in document.Sentences)
        {
            if (sentence.Span.Contains(a.Span.Start) || sentence.Span.Start == a.Span.Start)
            {
                return sentence.Paragraph - firstParagraph < LeadParagraphs;
            }
        }

        return false;
    }
}
