using System.Text;
using System.Text.Json;

namespace Sitrep.Ingest.Telegram;

/// <summary>A message's <c>text</c>: a string, or an array of strings and entities <c>{type, text}</c> shown in order.</summary>
internal static class TelegramText
{
    public static string Flatten(JsonElement text)
    {
        if (text.ValueKind == JsonValueKind.String)
        {
            return text.GetString() ?? "";
        }

        if (text.ValueKind != JsonValueKind.Array)
        {
            return "";
        }

        var sb = new StringBuilder();
        foreach (var part in text.EnumerateArray())
        {
            if (part.ValueKind == JsonValueKind.String)
            {
                sb.Append(part.GetString());
            }
            else if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var t) && t.ValueKind == JsonValueKind.String)
            {
                sb.Append(t.GetString());
            }
        }

        return sb.ToString();
    }
}
