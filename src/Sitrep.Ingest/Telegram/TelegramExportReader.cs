using System.Text;
using System.Text.Json;
using Sitrep.Core.Documents;
using Sitrep.Core.Errors;
using Sitrep.Ingest.Dates;
using Sitrep.Ingest.Records;

namespace Sitrep.Ingest.Telegram;

/// <summary>
/// Reads a Telegram Desktop channel export (<c>result.json</c>): one document per message with text. Service messages and
/// messages without text (a photo alone) are skipped; a message that cannot be read gives a failed result at its line.
/// </summary>
internal static class TelegramExportReader
{
    public static IEnumerable<Result<(string Text, DocumentMetadata Metadata)>> Read(string content, string source, ReaderOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(content);
        var parsed = Parse(bytes, source, options);
        if (!parsed.IsSuccess)
        {
            yield return parsed.Error!;
            yield break;
        }

        var export = parsed.Value!;
        try
        {
            foreach (var (offset, message) in export.Messages)
            {
                var at = new SourceLocation(source, JsonLimits.LineAt(bytes, offset), offset);
                if (ReadMessage(message, export, source, at) is { } result)
                {
                    yield return result;
                }
            }
        }
        finally
        {
            export.Dispose();
        }
    }

    private static Result<(string, DocumentMetadata)>? ReadMessage(JsonElement m, TelegramExport export, string source, SourceLocation at)
    {
        if (m.ValueKind != JsonValueKind.Object)
        {
            return new SitrepError(ErrorCodes.Malformed, "a message must be a JSON object", at);
        }

        if (m.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String && type.GetString() != "message")
        {
            return null;
        }

        var text = m.TryGetProperty("text", out var t) ? TelegramText.Flatten(t) : "";
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var id = m.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.Number ? idValue.GetRawText() : null;
        var metadata = new DocumentMetadata
        {
            Outlet = export.Name,
            Author = Str(m, "author"),
            Medium = "telegram",
            Url = export.Username is not null && id is not null ? $"https://t.me/{export.Username}/{id}" : null,
            Origin = id is null ? at.ToString() : $"{source}#{id}",
        };
        if (DateText.ParseValue(Str(m, "date")) is { } date)
        {
            metadata = metadata with { Published = date, PublishedFrom = PublishedSource.Record };
        }

        return Result<(string, DocumentMetadata)>.Ok((text.Trim(), metadata));
    }

    private static Result<TelegramExport> Parse(byte[] bytes, string source, ReaderOptions options)
    {
        try
        {
            return TelegramExport.Parse(bytes, options.MaxDepth, source);
        }
        catch (JsonException e)
        {
            return JsonLimits.Classify(e, bytes, options.MaxDepth, new SourceLocation(source, (int?)(e.LineNumber + 1)));
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
