using System.Text.Json.Serialization;
using Sitrep.Web.Documents;

namespace Sitrep.Web;

/// <summary>Source-generated JSON for the web API's own types (the contract types use SitrepJsonContext).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IngestRequest))]
[JsonSerializable(typeof(DocumentListItem))]
[JsonSerializable(typeof(IReadOnlyList<DocumentListItem>))]
[JsonSerializable(typeof(IReadOnlyList<Sitrep.Core.Contract.EventDto>))]
[JsonSerializable(typeof(IReadOnlyList<Sitrep.Core.Contract.ClaimDto>))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
