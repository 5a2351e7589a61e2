using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Sitrep.Core.Contract;

namespace Sitrep.Web.Reader;

/// <summary>Renders <c>GET /documents/{id}</c>: one document's text with its evidence highlighted, a legend and the extraction.</summary>
internal static class ReaderPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly (HighlightKind Kind, string Label)[] Legend =
    [
        (HighlightKind.Place, "place"),
        (HighlightKind.Time, "time"),
        (HighlightKind.Quantity, "quantity"),
        (HighlightKind.Attribution, "attribution (who said it)"),
        (HighlightKind.Claim, "claim"),
        (HighlightKind.Event, "event evidence"),
    ];

    public static string Render(ExtractOutput output)
    {
        var d = output.Document;
        var sb = new StringBuilder(d.Text.Length * 3 + 4096);
        var title = d.Title ?? d.Outlet ?? d.Id;
        sb.Append("<!doctype html>\n<html lang=\"").Append(E(d.Language)).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(E(title)).Append(" · Sitrep</title>\n")
          .Append("<link rel=\"icon\" href=\"/favicon.svg\" type=\"image/svg+xml\">\n<link rel=\"stylesheet\" href=\"/reader.css\">\n</head>\n<body>\n")
          .Append("<header><a href=\"/\">← Sitrep map</a></header>\n<main>\n")
          .Append("<h1>").Append(E(title)).Append("</h1>\n");
        AppendMeta(sb, d);
        AppendLegend(sb, output);
        sb.Append("<article id=\"text\" class=\"doc-text\">");
        AppendText(sb, d.Text, Highlighter.Collect(output));
        sb.Append("</article>\n");
        ReaderSections.AppendEvents(sb, output);
        ReaderSections.AppendClaims(sb, output);
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    public static string NotFound(string id) =>
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Not found · Sitrep</title>"
        + "<link rel=\"stylesheet\" href=\"/reader.css\"></head><body><header><a href=\"/\">← Sitrep map</a></header>"
        + $"<main><h1>Unknown document</h1><p>No document with id <code>{E(id)}</code> is stored.</p></main></body></html>\n";

    internal static string E(string? text) => text is null ? "" : Html.Encode(text);

    private static void AppendMeta(StringBuilder sb, DocumentDto d)
    {
        sb.Append("<dl class=\"meta\">");
        Item(sb, "outlet", E(d.Outlet));
        Item(sb, "published", E(d.Published) + (d.PublishedFrom is null ? "" : $" <small>(from {E(d.PublishedFrom)})</small>"));
        Item(sb, "language", E(d.Language));
        Item(sb, "medium", E(d.Medium));
        if (d.Url is { } url && Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            Item(sb, "url", $"<a href=\"{E(url)}\" rel=\"noopener noreferrer\">{E(url)}</a>");
        }

        Item(sb, "id", $"<code>{E(d.Id)}</code> · <a href=\"/api/documents/{E(Uri.EscapeDataString(d.Id))}\">JSON</a>");
        sb.Append("</dl>\n");
    }

    private static void Item(StringBuilder sb, string name, string html)
    {
        if (html.Length > 0)
        {
            sb.Append("<dt>").Append(name).Append("</dt><dd>").Append(html).Append("</dd>");
        }
    }

    private static void AppendLegend(StringBuilder sb, ExtractOutput output)
    {
        int[] counts = [output.Places.Count, output.Times.Count, output.Quantities.Count, output.Attributions.Count, output.Claims.Count, output.Events.Count];
        sb.Append("<ul class=\"legend\" aria-label=\"legend\">");
        foreach (var (kind, label) in Legend)
        {
            sb.Append("<li><span class=\"hl ").Append(CssClass(kind)).Append("\">").Append(E(label)).Append("</span> ")
              .Append(counts[(int)kind]).Append("</li>");
        }

        sb.Append("</ul>\n");
    }

    private static void AppendText(StringBuilder sb, string text, List<Highlight> highlights)
    {
        foreach (var segment in Highlighter.Segments(text.Length, highlights))
        {
            var run = E(text[segment.Start..segment.End]);
            if (segment.Covering.Count == 0)
            {
                sb.Append(run);
                continue;
            }

            var kinds = segment.Covering.Select(h => h.Kind).Distinct().Order().Select(CssClass);
            var tip = string.Join("\n", segment.Covering.Select(h => h.Label).Distinct());
            sb.Append("<span class=\"hl ").Append(string.Join(' ', kinds)).Append("\" title=\"").Append(E(tip)).Append("\">")
              .Append(run).Append("</span>");
        }
    }

    internal static string CssClass(HighlightKind kind) => "hl-" + kind.ToString().ToLowerInvariant();
}
