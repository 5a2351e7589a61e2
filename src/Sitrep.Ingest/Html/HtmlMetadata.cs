using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Html;

/// <summary>Metadata read from the page head and markup before the main text is extracted (extraction changes the tree).</summary>
internal sealed record HtmlMetadata
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
        "publish-date", "publish_date", "publication_date", "date", "dc.date", "dc.date.issued", "dcterms.created",
        "dcterms.date", "sailthru.date", "parsely-pub-date", "article.published", "article_date_original",
    ];

    public string? Title { get; init; }
    public string? SiteName { get; init; }
    public string? Author { get; init; }
    public string? Language { get; init; }
    public string? CanonicalUrl { get; init; }
    public DateOnly? MetaDate { get; init; }
    public DateOnly? TimeTagDate { get; init; }

    /// <summary>The year of the page's modification date, a hint for a dateline that gives none.</summary>
    public int? ModifiedYear { get; init; }

    public required JsonLd JsonLd { get; init; }

    public static HtmlMetadata Read(IHtmlDocument doc, int maxDepth)
    {
        var meta = doc.QuerySelectorAll("meta").ToList();
        var blocks = doc.QuerySelectorAll("script[type]")
            .Where(s => s.GetAttribute("type")!.Trim().Equals("application/ld+json", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.TextContent);
        var author = Meta(meta, "author");
        if (author is null && Meta(meta, "article:author") is { } a && !a.StartsWith("http", StringComparison.OrdinalIgnoreCase))
        {
            author = a;
        }

        return new HtmlMetadata
        {
            Title = Meta(meta, "og:title") ?? Meta(meta, "twitter:title"),
            SiteName = Meta(meta, "og:site_name") ?? Meta(meta, "application-name"),
            Author = author,
            Language = NonEmpty(doc.DocumentElement.GetAttribute("lang")) ?? NonEmpty(HttpEquiv(meta, "content-language")) ?? Meta(meta, "og:locale"),
            CanonicalUrl = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(meta, "og:url"),
            MetaDate = FindMetaDate(doc, meta),
            TimeTagDate = FindTimeTag(doc),
            ModifiedYear = (DateText.ParseValue(Meta(meta, "article:modified_time")) ?? DateText.ParseValue(Meta(meta, "og:updated_time")))?.Year,
            JsonLd = JsonLd.Read(blocks, maxDepth),
        };
    }

    private static string? Meta(List<IElement> meta, string key)
    {
        foreach (var m in meta)
        {
            var name = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop");
            if (name is not null && name.Trim().Equals(key, StringComparison.OrdinalIgnoreCase)
                && m.GetAttribute("content") is { } content && !string.IsNullOrWhiteSpace(content))
            {
                return content.Trim();
            }
        }

        return null;
    }

    private static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    private static string? HttpEquiv(List<IElement> meta, string key) =>
        meta.FirstOrDefault(m => string.Equals(m.GetAttribute("http-equiv"), key, StringComparison.OrdinalIgnoreCase))?.GetAttribute("content");

    private static DateOnly? FindMetaDate(IHtmlDocument doc, List<IElement> meta)
    {
        foreach (var key in DateMetaNames)
        {
            if (DateText.ParseValue(Meta(meta, key)) is { } date)
            {
                return date;
            }
        }

        var itemprop = doc.QuerySelector("[itemprop=datePublished]");
        return DateText.ParseValue(itemprop?.GetAttribute("content") ?? itemprop?.GetAttribute("datetime"));
    }

    /// <summary>The publication &lt;time&gt;: one marked as such (pubdate, class "publish"), else the first in the article.</summary>
    private static DateOnly? FindTimeTag(IHtmlDocument doc)
    {
        var times = doc.QuerySelectorAll("time").ToList();
        var marked = times.FirstOrDefault(t => t.HasAttribute("pubdate")
            || (t.GetAttribute("class") ?? "").Contains("publish", StringComparison.OrdinalIgnoreCase));
        var scope = doc.QuerySelector("article") ?? doc.QuerySelector("main");
        var chosen = marked ?? scope?.QuerySelector("time") ?? times.FirstOrDefault();
        if (chosen is null)
        {
            return null;
        }

        return DateText.ParseValue(chosen.GetAttribute("datetime")) ?? DateText.ParseValue(chosen.TextContent);
    }
}
