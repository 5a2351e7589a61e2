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
