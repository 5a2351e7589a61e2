using System.Text.Json;
using Sitrep.Core.Errors;

namespace Sitrep.Ingest.Telegram;

/// <summary>The channel fields of an export and its messages, each with the byte offset where it starts.</summary>
internal sealed class TelegramExport : IDisposable
{
    private readonly List<JsonDocument> _documents = [];

    public string? Name { get; private set; }

    /// <summary>The channel's public username, when the export carries one (<c>username</c>, or a t.me <c>link</c>).</summary>
    public string? Username { get; private set; }

    public List<(long Offset, JsonElement Message)> Messages { get; } = [];

    /// <summary>Reads the top-level object in one pass; throws <see cref="JsonException"/> for bad JSON.</summary>
    public static Result<TelegramExport> Parse(byte[] bytes, int maxDepth, string source)
    {
        var export = new TelegramExport();
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = maxDepth, CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            return new SitrepError(ErrorCodes.Malformed, "a Telegram export must be a JSON object", new SourceLocation(source));
        }

        var sawMessages = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "name" when reader.TokenType == JsonTokenType.String:
                    export.Name = reader.GetString();
                    break;
                case "username" when reader.TokenType == JsonTokenType.String:
                    export.Username = reader.GetString()?.TrimStart('@');
                    break;
                case "link" when reader.TokenType == JsonTokenType.String:
                    export.Username ??= UsernameFromLink(reader.GetString());
                    break;
                case "messages" when reader.TokenType == JsonTokenType.StartArray:
                    sawMessages = true;
                    while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    {
                        var offset = reader.TokenStartIndex;
                        var doc = JsonDocument.ParseValue(ref reader);
                        export._documents.Add(doc);
                        export.Messages.Add((offset, doc.RootElement));
                    }

                    break;
                default:
                    reader.Skip();
                    break;
            }
        }

        return sawMessages
            ? Result<TelegramExport>.Ok(export)
            : new SitrepError(ErrorCodes.MissingField, "Telegram export has no \"messages\" array", new SourceLocation(source));
    }

    public void Dispose() => _documents.ForEach(d => d.Dispose());

    private static string? UsernameFromLink(string? link)
    {
        if (link is null || !Uri.TryCreate(link, UriKind.Absolute, out var uri) || uri.Host is not ("t.me" or "telegram.me"))
        {
            return null;
        }

        var path = uri.AbsolutePath.Trim('/');
        return path.Length > 0 && !path.Contains('/') ? path : null;
    }
}
