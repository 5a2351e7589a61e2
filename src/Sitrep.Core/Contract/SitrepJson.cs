using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Core.Contract;

/// <summary>Source-generated JSON for the contract types (fast start-up, no reflection).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ExtractOutput))]
[JsonSerializable(typeof(List<ExtractOutput>))]
[JsonSerializable(typeof(List<EventDto>))]
[JsonSerializable(typeof(List<ClaimDto>))]
[JsonSerializable(typeof(EventDto))]
[JsonSerializable(typeof(ClaimDto))]
public sealed partial class SitrepJsonContext : JsonSerializerContext;

public static class SitrepJson
{
    /// <summary>Indented output, non-ASCII (Cyrillic) written as is.</summary>
    public static JsonSerializerOptions Indented { get; } = new(SitrepJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
    };

    /// <summary>One object per line (JSON Lines, storage).</summary>
    public static JsonSerializerOptions Compact { get; } = new(SitrepJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    };

    public static string Serialize<T>(T value, bool indented = true) =>
        JsonSerializer.Serialize(value, indented ? Indented : Compact);

    public static T? Deserialize<T>(string json) => JsonSerializer.Deserialize<T>(json, Compact);
}
