using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Sitrep.Core.Documents;
using Sitrep.Core.Errors;
using Sitrep.Ingest.Dates;
using Sitrep.Ingest.Text;

namespace Sitrep.Ingest.Html;

/// <summary>
/// Reads an article page: main text through SmartReader (AngleSharp paragraphs when it finds none), and metadata from
/// JSON-LD, meta tags, &lt;time&gt; and the text, in that order of trust.
/// </summary>
internal static class HtmlReader
{
    public static Result<(string Text, DocumentMetadata Metadata)> Read(string html, string source, string? url, ReaderOptions options)
    {
        var parser = new HtmlParser();
        using var doc = parser.ParseDocument(html);
        if (Depth(doc.DocumentElement) > options.MaxDepth)
        {
            return new SitrepError(ErrorCodes.LimitExceeded, $"HTML nesting deeper than {options.MaxDepth}", new SourceLocation(source));
        }

        var meta = HtmlMetadata.Read(doc, options.MaxDepth);
        var fallback = FallbackParagraphs(doc);
        var h1 = doc.QuerySelector("h1")?.TextContent;
        var docTitle = doc.Title;
        var timeTexts = doc.QuerySelectorAll("time").Select(t => HtmlParagraphs.Normalize(t.TextContent)).Where(t => t.Length > 0).ToList();
        var yearHint = meta.ModifiedYear ?? DateText.CopyrightYear(doc.Body?.TextContent ?? "");
        var (mainParagraphs, article) = MainText(doc, url ?? meta.CanonicalUrl);

        var paragraphs = mainParagraphs.Count > 0 ? mainParagraphs : fallback;
        var outlet = meta.SiteName ?? meta.JsonLd.Publisher ?? article?.SiteName;
        var title = StripOutlet(meta.JsonLd.Headline ?? meta.Title ?? article?.Title ?? h1 ?? docTitle, outlet);
        var (kept, textDate) = Body(paragraphs, title, timeTexts);
        var text = string.Join("\n\n", kept);
        var metadata = new DocumentMetadata
        {
            Title = title,
            Url = url ?? Absolute(meta.CanonicalUrl),
            Outlet = outlet,
            Author = meta.JsonLd.Author ?? meta.Author ?? Byline(article?.Byline) ?? Byline(article?.Author),
            Medium = MediumOf.Url(url ?? meta.CanonicalUrl) ?? "website",
            DeclaredLanguage = meta.Language ?? meta.JsonLd.Language,
        };
        metadata = Dated(metadata, meta, text, textDate, yearHint);
        return Result<(string, DocumentMetadata)>.Ok((text, metadata));
    }

    /// <summary>
    /// The story paragraphs: without chrome, without the headline repeated as the first paragraph (the title is
    /// metadata, as in feeds and records), and without date lines and short lines around a &lt;time&gt; (bylines).
    /// </summary>
    private static (List<string> Kept, DateOnly? TextDate) Body(List<string> paragraphs, string? title, List<string> timeTexts)
    {
        DateOnly? textDate = null;
        var kept = new List<string>();
        foreach (var p in paragraphs)
        {
            if (MetadataLines.DateLine(p, out _) is { } d)
            {
                textDate ??= d;
                continue;
            }

            if (MetadataLines.Author(p) is not null)
            {
                continue;
            }

            var isTitle = kept.Count == 0 && title is not null && p.Equals(title, StringComparison.OrdinalIgnoreCase);
            var isByline = p.Length < 120 && timeTexts.Exists(t => p.Contains(t, StringComparison.Ordinal));
            if (!isTitle && !isByline && !ChromeLines.IsChrome(p))
            {
                kept.Add(p);
            }
        }

        return (kept, textDate);
    }

    private static DocumentMetadata Dated(DocumentMetadata metadata, HtmlMetadata meta, string text, DateOnly? textDate, int? yearHint)
    {
        if (meta.JsonLd.Published is { } ld)
        {
            return metadata with { Published = ld, PublishedFrom = PublishedSource.JsonLd };
        }

        if (meta.MetaDate is { } m)
        {
            return metadata with { Published = m, PublishedFrom = PublishedSource.HtmlMeta };
        }

        if (meta.TimeTagDate is { } t)
        {
            return metadata with { Published = t, PublishedFrom = PublishedSource.TimeTag };
        }

        return PlainTextReader.WithDate(metadata, text, textDate, yearHint);
    }

    private static (List<string> Paragraphs, SmartReader.Article? Article) MainText(IHtmlDocument doc, string? url)
    {
        try
        {
            var reader = new SmartReader.Reader(Absolute(url) ?? "https://localhost/", doc);
            var article = reader.GetArticle();
            if (!article.IsReadable || string.IsNullOrWhiteSpace(article.Content))
            {
                return ([], article);
            }

            using var content = new HtmlParser().ParseDocument(article.Content);
            return (HtmlParagraphs.From(content.Body ?? content.DocumentElement), article);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ([], null);
        }
    }

    private static List<string> FallbackParagraphs(IHtmlDocument doc)
    {
        var root = doc.QuerySelector("article") ?? doc.QuerySelector("main") ?? doc.Body ?? doc.DocumentElement;
        return HtmlParagraphs.From(root);
    }

    private static string? StripOutlet(string? title, string? outlet)
    {
        if (title is null)
        {
            return null;
        }

        title = HtmlParagraphs.Normalize(title);
        if (outlet is not null)
        {
            foreach (var sep in new[] { " | ", " - ", " – ", " — ", " :: " })
            {
                if (title.EndsWith(sep + outlet, StringComparison.OrdinalIgnoreCase))
                {
                    return title[..^(sep.Length + outlet.Length)];
                }
            }
        }

        return title;
    }

    /// <summary>A byline cut down to the names: "By Taras Yatsenko · Dec 8, 2025, 19:42" -> "Taras Yatsenko".</summary>
    internal static string? Byline(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return null;
        }

        var name = HtmlParagraphs.Normalize(byline);
        var cut = name.IndexOfAny(['·', '|', '•', '\n']);
        if (cut >= 0)
        {
            name = name[..cut];
        }

        if (DateText.Find(name) is { } date)
        {
            name = name[..date.Index];
        }

        foreach (var prefix in new[] { "By ", "by ", "Автор:", "Авторка:", "Автор ", "Author:" })
        {
            if (name.StartsWith(prefix, StringComparison.Ordinal))
            {
                name = name[prefix.Length..];
            }
        }

        name = name.Trim(' ', ',', '-', '–', '—', ':');
        return name.Length is >= 3 and <= 100 ? name : null;
    }

    private static string? Absolute(string? url) =>
        url is not null && Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? url : null;

    private static int Depth(IElement root)
    {
        var max = 0;
        var stack = new Stack<(IElement, int)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (e, d) = stack.Pop();
            max = Math.Max(max, d);
            foreach (var child in e.Children)
            {
                stack.Push((child, d + 1));
            }
        }

        return max;
    }
}
