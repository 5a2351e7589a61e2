using System.Xml;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Sitrep.Core.Documents;
using Sitrep.Core.Errors;
using Sitrep.Ingest.Dates;
using Sitrep.Ingest.Html;
using Sitrep.Ingest.Text;

namespace Sitrep.Ingest.Feeds;

/// <summary>Reads RSS 2.0 (and RDF 1.0) and Atom feeds: one document per item, dates kept as written in their offset.</summary>
internal static class FeedReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static IEnumerable<Result<(string Text, DocumentMetadata Metadata)>> Read(string xml, string source, ReaderOptions options)
    {
        var parsed = Parse(xml, source, options);
        if (!parsed.IsSuccess)
        {
            yield return parsed.Error!;
            yield break;
        }

        var root = parsed.Value!.Root!;
        var isAtom = root.Name == Atom + "feed";
        var channel = isAtom ? root : root.Element("channel") ?? root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        var outlet = Value(channel?.Elements().FirstOrDefault(e => e.Name.LocalName == "title"));
        var language = Value(channel?.Element("language")) ?? (string?)root.Attribute(XNamespace.Xml + "lang");
        var items = isAtom
            ? root.Elements(Atom + "entry")
            : root.Descendants().Where(e => e.Name.LocalName == "item");
        var index = 0;
        foreach (var item in items)
        {
            index++;
            yield return ReadItem(item, isAtom, source, index, outlet, language);
        }

        if (index == 0)
        {
            yield return new SitrepError(ErrorCodes.Malformed, "feed has no items", new SourceLocation(source));
        }
    }

    private static Result<XDocument> Parse(string xml, string source, ReaderOptions options)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Ignore,
            XmlResolver = null,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            var doc = XDocument.Load(reader, LoadOptions.SetLineInfo);
            if (doc.Root is null)
            {
                return new SitrepError(ErrorCodes.Malformed, "feed has no root element", new SourceLocation(source));
            }

            if (Depth(doc.Root) > options.MaxDepth)
            {
                return new SitrepError(ErrorCodes.LimitExceeded, $"feed nesting deeper than {options.MaxDepth}", new SourceLocation(source));
            }

            return Result<XDocument>.Ok(doc);
        }
        catch (XmlException e)
        {
            return new SitrepError(ErrorCodes.Malformed, $"not a well-formed feed: {e.Message}", new SourceLocation(source, e.LineNumber));
        }
    }

    private static Result<(string, DocumentMetadata)> ReadItem(XElement item, bool isAtom, string source, int index, string? outlet, string? language)
    {
        var line = ((IXmlLineInfo)item).HasLineInfo() ? ((IXmlLineInfo)item).LineNumber : (int?)null;
        string? Child(XName name) => Value(item.Element(name));
        string? Local(string name) => Value(item.Elements().FirstOrDefault(e => e.Name.LocalName == name));

        var title = isAtom ? Child(Atom + "title") : Local("title");
        var link = isAtom ? AtomLink(item) : Local("link") ?? PermalinkGuid(item);
        var body = isAtom
            ? Child(Atom + "content") ?? Child(Atom + "summary")
            : Child(Content + "encoded") ?? Local("description");
        var dateText = isAtom
            ? Child(Atom + "published") ?? Child(Atom + "updated")
            : Local("pubDate") ?? Child(Dc + "date");
        var author = isAtom
            ? Value(item.Element(Atom + "author")?.Element(Atom + "name"))
            : Child(Dc + "creator") ?? Local("author");

        var text = body is null ? "" : HtmlToText(body);
        if (text.Length == 0)
        {
            return new SitrepError(ErrorCodes.MissingField, $"feed item {index} has no text", new SourceLocation(source, line));
        }

        var metadata = new DocumentMetadata
        {
            Title = title is null ? null : HtmlToText(title),
            Url = link,
            Outlet = outlet,
            Author = author,
            Medium = MediumOf.Url(link) ?? "feed",
            DeclaredLanguage = language,
            Origin = $"{source}#{index}",
        };
        metadata = DateText.ParseValue(dateText) is { } date
            ? metadata with { Published = date, PublishedFrom = PublishedSource.Feed }
            : PlainTextReader.WithDate(metadata, text, null);
        return Result<(string, DocumentMetadata)>.Ok((text, metadata));
    }

    private static string? AtomLink(XElement entry)
    {
        var links = entry.Elements(Atom + "link").ToList();
        var link = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        return (string?)link?.Attribute("href");
    }

    private static string? PermalinkGuid(XElement item)
    {
        var guid = item.Element("guid");
        return guid is not null && (string?)guid.Attribute("isPermaLink") != "false" && Value(guid) is { } g && g.StartsWith("http", StringComparison.Ordinal) ? g : null;
    }

    /// <summary>Feed bodies are HTML (escaped or CDATA): paragraphs of their text, separated by blank lines.</summary>
    private static string HtmlToText(string html)
    {
        if (!html.Contains('<') && !html.Contains('&'))
        {
            return html.Trim();
        }

        using var doc = new HtmlParser().ParseDocument("<body>" + html + "</body>");
        return string.Join("\n\n", HtmlParagraphs.From(doc.Body!));
    }

    private static string? Value(XElement? e) => e is null || string.IsNullOrWhiteSpace(e.Value) ? null : e.Value.Trim();

    private static int Depth(XElement root)
    {
        var max = 0;
        var stack = new Stack<(XElement, int)>();
        stack.Push((root, 1));
        while (stack.Count > 0)
        {
            var (e, d) = stack.Pop();
            max = Math.Max(max, d);
            foreach (var c in e.Elements())
            {
                stack.Push((c, d + 1));
            }
        }

        return max;
    }
}
