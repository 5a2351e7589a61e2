using System.Text.Json;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Html;

/// <summary>What a page's JSON-LD blocks say about the article: headline, date, publisher, author, language.</summary>
internal sealed record JsonLd(string? Headline, DateOnly? Published, string? Publisher, string? Author, string? Language)
{
    private static readonly string[] ArticleTypes = ["Article", "NewsArticle", "ReportageNews", "BlogPosting", "LiveBlogPosting", "AnalysisNewsArticle", "WebPage"];

    /// <summary>Reads every block; malformed JSON or too-deep nesting in a block is ignored (the page is still read).</summary>
    public static JsonLd Read(IEnumerable<string> blocks, int maxDepth)
    {
        var items = new List<JsonElement>();
        var docs = new List<JsonDocument>();
        try
        {
            foreach (var block in blocks)
            {
                try
                {
                    var doc = JsonDocument.Parse(block, new JsonDocumentOptions { MaxDepth = maxDepth, AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                    docs.Add(doc);
                    Collect(doc.RootElement, items, 0);
                }
                catch (JsonException)
                {
                    // a broken block says nothing
                }
            }

            var best = items.OrderBy(Rank).FirstOrDefault(i => Str(i, "datePublished") is not null || Str(i, "headline") is not null);
            if (best.ValueKind != JsonValueKind.Object)
            {
                return new JsonLd(null, null, items.Select(i => Name(i, "publisher")).FirstOrDefault(n => n is not null), null, null);
            }

            return new JsonLd(
                Str(best, "headline"),
                DateText.ParseValue(Str(best, "datePublished")),
                Name(best, "publisher") ?? items.Select(i => Name(i, "publisher")).FirstOrDefault(n => n is not null),
                Name(best, "author"),
                Str(best, "inLanguage"));
        }
        finally
        {
            docs.ForEach(d => d.Dispose());
        }
    }

    private static void Collect(JsonElement e, List<JsonElement> items, int level)
    {
        if (level > 4)
        {
            return;
        }

        if (e.ValueKind == JsonValueKind.Array)
        {
            foreach (var x in e.EnumerateArray())
            {
                Collect(x, items, level + 1);
            }
        }
        else if (e.ValueKind == JsonValueKind.Object)
        {
            items.Add(e);
            if (e.TryGetProperty("@graph", out var graph))
            {
                Collect(graph, items, level + 1);
            }

            if (e.TryGetProperty("mainEntity", out var main))
            {
                Collect(main, items, level + 1);
            }
        }
    }

    private static int Rank(JsonElement e)
    {
        var types = e.TryGetProperty("@type", out var t)
            ? t.ValueKind == JsonValueKind.Array ? t.EnumerateArray().Select(x => x.ToString()).ToArray() : [t.ToString()]
            : [];
        var index = ArticleTypes.Select((name, i) => types.Contains(name, StringComparer.OrdinalIgnoreCase) ? i : int.MaxValue).Min();
        return index;
    }

    private static string? Str(JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) ? Text(v) : null;

    private static string? Text(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => v.GetString(),
        JsonValueKind.Array => v.EnumerateArray().Select(Text).FirstOrDefault(s => s is not null),
        JsonValueKind.Object => v.TryGetProperty("@value", out var value) ? Text(value) : null,
        _ => null,
    };

    /// <summary>A person or organisation: a string, an object with a name, or an array of them (names joined).</summary>
    private static string? Name(JsonElement e, string property)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(property, out var v))
        {
            return null;
        }

        IEnumerable<JsonElement> values = v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [v];
        var names = values
            .Select(x => x.ValueKind == JsonValueKind.String ? x.GetString() : x.ValueKind == JsonValueKind.Object ? Str(x, "name") : null)
            .Where(n => !string.IsNullOrWhiteSpace(n) && !n.StartsWith("http", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return names.Count == 0 ? null : string.Join(", ", names);
    }
}
