using System.Text.Json;
using System.Text.Json.Serialization;

namespace Sitrep.Cli.Evaluation.Gold;

/// <summary>Source-generated JSON for gold and predictions files (camelCase, unknown keys such as <c>note</c> ignored).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(List<EvalDocumentDto>))]
[JsonSerializable(typeof(Dictionary<string, Dictionary<string, double>>))]
internal sealed partial class EvalJsonContext : JsonSerializerContext;
