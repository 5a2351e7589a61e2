using System.Text;
using System.Text.Unicode;
using System.Text.Json;
using Sitrep.Core.Documents;
using Sitrep.Core.Errors;
using Sitrep.Ingest.Dates;
using Sitrep.Ingest.Sources;

namespace Sitrep.Ingest.Records;

/// <summary>
/// Reads JSON Lines records <c>{id, url, outlet, published, title, text, lang?, author?, medium?}</c>, one document per
/// line. A bad line (malformed, too deep, or longer than <see cref="ReaderOptions.MaxLineBytes"/>) gives a failed
/// result naming file:line and reading goes on. Files are streamed by <see cref="JsonLinesStream"/>.
/// </summary>
internal static class JsonLinesReader
{
    public static IEnumerable<Result<(string Text, DocumentMetadata Metadata)>> Read(string content, string source, ReaderOptions options)
    {
        var lineNumber = 0;
        foreach (var line in content.ReplaceLineEndings("\n").Split('\n'))
        {
            lineNumber++;
            var bytes = Encoding.UTF8.GetBytes(line);
            if (bytes.Length > options.MaxLineBytes)
            {
                yield return new SitrepError(ErrorCodes.LimitExceeded, $"line longer than {options.MaxLineBytes} bytes, skipped", new SourceLocation(source, lineNumber));
            }
            else if (ReadLine(bytes, source, lineNumber, options) is { } result)
            {
                yield return result;
            }
        }
    }

    /// <summary>One line of UTF-8 bytes (a trailing CR is allowed); null for a blank line. Bytes that are not UTF-8 are
    /// decoded as the whole-file reader would (windows-1251 or windows-1252 by their shape).</summary>
    public static Result<(string, DocumentMetadata)>? ReadLine(ReadOnlyMemory<byte> line, string source, int lineNumber, ReaderOptions options)
    {
        if (IsBlank(line.Span))
        {
            return null;
        }

        if (!Utf8.IsValid(line.Span))
        {
            line = Encoding.UTF8.GetBytes(TextDecoding.Decode(line.Span));
        }

        var at = new SourceLocation(source, lineNumber);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(line, new JsonDocumentOptions { MaxDepth = options.MaxDepth });
        }
        catch (JsonException e)
        {
            return JsonLimits.Classify(e, line.Span, options.MaxDepth, at);
        }

        using (doc)
        {
            return ReadRecord(doc.RootElement, at);
        }
    }

    private static bool IsBlank(ReadOnlySpan<byte> line)
    {
        foreach (var b in line)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\f' or (byte)'\v'))
            {
                return false;
            }
        }

        return true;
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
