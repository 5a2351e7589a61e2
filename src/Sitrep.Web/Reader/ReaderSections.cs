using System.Globalization;
using System.Text;
using Sitrep.Core.Contract;
using static Sitrep.Web.Reader.ReaderPage;

namespace Sitrep.Web.Reader;

/// <summary>The tables under the reader page's text: the document's events and claims.</summary>
internal static class ReaderSections
{
    public static void AppendEvents(StringBuilder sb, ExtractOutput output)
    {
        sb.Append("<section id=\"events\"><h2>Events (").Append(output.Events.Count).Append(")</h2>");
        if (output.Events.Count == 0)
        {
            sb.Append("<p class=\"none\">No event was read from this document.</p></section>\n");
            return;
        }

        sb.Append("<table><thead><tr><th>type</th><th>date</th><th>location</th><th>sources</th><th>confidence</th></tr></thead><tbody>");
        foreach (var e in output.Events)
        {
            var date = e.From is null ? "?" : e.From == e.To || e.To is null ? e.From : $"{e.From} – {e.To}";
            var sources = string.Join("; ", e.Sources.Select(s => s.Via.Count == 0 ? s.Name : $"{s.Name} via {string.Join(" → ", s.Via)}"));
            sb.Append("<tr><td><span class=\"type type-").Append(E(e.Type)).Append("\">").Append(E(e.Type)).Append("</span><br><small>")
              .Append(E(e.Subtype)).Append("</small></td><td>").Append(E(date)).Append("</td><td>")
              .Append(e.Location is { } l ? $"<a href=\"/?place={E(Uri.EscapeDataString(l.Name))}\">{E(l.Name)}</a>" : "—").Append("</td><td>").Append(E(sources)).Append("</td><td>")
              .Append(e.Confidence.ToString("0.00", CultureInfo.InvariantCulture)).Append("</td></tr>");
        }

        sb.Append("</tbody></table></section>\n");
    }

    public static void AppendClaims(StringBuilder sb, ExtractOutput output)
    {
        sb.Append("<section id=\"claims\"><h2>Claims (").Append(output.Claims.Count).Append(")</h2>");
        if (output.Claims.Count == 0)
        {
            sb.Append("<p class=\"none\">No claim was read from this document.</p></section>\n");
            return;
        }

        sb.Append("<table><thead><tr><th>claimant</th><th>side</th><th>stance</th><th>kind</th><th>place</th><th>text</th></tr></thead><tbody>");
        foreach (var c in output.Claims)
        {
            sb.Append("<tr><td>").Append(E(c.Claimant)).Append("</td><td>").Append(E(c.Side ?? "—")).Append("</td><td class=\"stance-")
              .Append(E(c.Stance)).Append("\">").Append(E(c.Stance)).Append("</td><td>").Append(E(c.Kind)).Append("</td><td>")
              .Append(E(c.Place?.Name ?? "—")).Append(c.Extent is null ? "" : $" <small>({E(c.Extent)})</small>").Append("</td><td>")
              .Append(E(c.Text)).Append("</td></tr>");
        }

        sb.Append("</tbody></table></section>\n");
    }
}
