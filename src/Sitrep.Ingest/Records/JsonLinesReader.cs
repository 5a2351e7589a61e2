using System.Text;
using System.Text.Json;
using Sitrep.Core.Documents;
using Sitrep.Core.Errors;
using Sitrep.Ingest.Dates;

namespace Sitrep.Ingest.Records;

/// <summary>
/// Reads JSON Lines records <c>{id, url, outlet, published, title, text, lang?, author?, medium?}</c>, one document per
/// line. A bad line gives a failed result naming file:line and reading goes on.
/// </summary>
internal static class JsonLinesReader
{
    public static IEnumerable<Result<(string Text, DocumentMetadata Metadata)>> Read(string content, string source, ReaderOptions options)
    {
        var lineNumber = 0;
        foreach (var line in content.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(line))
            {
                yield return ReadLine(line, new SourceLocation(source, lineNumber), options);
            }
        }
    }

    private static Result<(string, DocumentMetadata)> ReadLine(string line, SourceLocation at, ReaderOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(line);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = options.MaxDepth });
        }
        catch (JsonException e)
        {
            return JsonLimits.Classify(e, bytes, options.MaxDepth, at);
        }

        using (doc)
        {
            return ReadRecord(doc.RootElement, at);
        }
    }

    /// <summary>One record object (a JSON line, or an element of a JSON array of records).</summary>
    public static Result<(string, DocumentMetadata)> ReadRecord(JsonElement r, SourceLocation at)
    {
        if (r.ValueKind != JsonValueKind.Object)
        {
            return new SitrepError(ErrorCodes.Malformed, "a record must be a JSON object", at);
        }

        var text = Str(r, "text");
        if (string.IsNullOrWhiteSpace(text))
        {
            return new SitrepError(ErrorCodes.MissingField, "record has no \"text\"", at);
        }

        var url = Str(r, "url");
        var metadata = new DocumentMetadata
        {
            Title = Str(r, "title"),
            Url = url,
            Outlet = Str(r, "outlet"),
            Author = Str(r, "author"),
            Medium = Str(r, "medium") ?? MediumOf.Url(url),
            DeclaredLanguage = Str(r, "lang") ?? Str(r, "language"),
            Origin = at.ToString(),
        };
        if (DateText.ParseValue(Str(r, "published")) is { } date)
        {
            metadata = metadata with { Published = date, PublishedFrom = PublishedSource.Record };
        }

        return Result<(string, DocumentMetadata)>.Ok((text, metadata));
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) ? v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Number => v.GetRawText(),
            _ => null,
        } : null;
}
