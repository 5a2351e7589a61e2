using System.Text.Json.Serialization;

namespace Sitrep.Core.Contract;

/// <summary>The JSON shape of <c>sitrep extract</c> (contract v1). Every span-bearing item also carries its <c>text</c>.</summary>
public sealed class ExtractOutput
{
    public required DocumentDto Document { get; init; }

    public required List<PlaceDto> Places { get; init; }

    public required List<TimeDto> Times { get; init; }

    public required List<QuantityDto> Quantities { get; init; }

    public required List<AttributionDto> Attributions { get; init; }

    public required List<ClaimDto> Claims { get; init; }

    public required List<EventDto> Events { get; init; }
}

public sealed class DocumentDto
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Outlet { get; init; }

    public string? Author { get; init; }

    public string? Published { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? PublishedFrom { get; init; }

    public required string Language { get; init; }

    public string? Medium { get; init; }

    public required string Text { get; init; }
}

public sealed class PlaceDto
{
    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required long GeonameId { get; init; }

    public required string Name { get; init; }

    public required string Country { get; init; }

    public string? Admin1 { get; init; }

    public required double Lat { get; init; }

    public required double Lon { get; init; }

    public string? FeatureCode { get; init; }

    public string? Detail { get; init; }

    public required string Role { get; init; }

    public required double Confidence { get; init; }
}

public sealed class TimeDto
{
    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? From { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? To { get; init; }

    public required string Precision { get; init; }

    public bool Relative { get; init; }
}

public sealed class QuantityDto
{
    public required string Text { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public double? Value { get; init; }

    public double? Low { get; init; }

    public double? High { get; init; }

    public required bool Approximate { get; init; }

    public required string Unit { get; init; }

    public string? Subject { get; init; }

    public string? Side { get; init; }

    public string? Note { get; init; }
}

public sealed class AttributionDto
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Text { get; init; }

    public required string Speaker { get; init; }

    public required string SpeakerType { get; init; }

    public string? Side { get; init; }

    public string? Medium { get; init; }

    public required List<string> Via { get; init; }

    public required string Verb { get; init; }

    public string? Hedge { get; init; }
}

public sealed class ClaimDto
{
    public required string Id { get; init; }

    public required string Claimant { get; init; }

    public string? Side { get; init; }

    public required string Kind { get; init; }

    public PlaceRefDto? Place { get; init; }

    public string? Extent { get; init; }

    public required string Stance { get; init; }

    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Text { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public required double Confidence { get; init; }

    public string? Hedge { get; init; }

    public required List<string> Contradicts { get; init; }

    /// <summary>The stored document the claim was read from (filled by the store).</summary>
    public string? DocumentId { get; init; }

    /// <summary>The outlet of that document (filled by the store).</summary>
    public string? Outlet { get; init; }

    /// <summary>That document's publication date (filled by the store).</summary>
    public string? Published { get; init; }
}

public sealed class PlaceRefDto
{
    public required long GeonameId { get; init; }

    public required string Name { get; init; }
}

public sealed class EventDto
{
    public required string Id { get; init; }

    public required string Type { get; init; }

    public required string Subtype { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? From { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public string? To { get; init; }

    public string? TimePrecision { get; init; }

    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public LocationDto? Location { get; init; }

    public required List<ActorDto> Actors { get; init; }

    public required List<QuantityDto> Quantities { get; init; }

    public string? Outcome { get; init; }

    public required List<SourceDto> Sources { get; init; }

    public required List<EvidenceDto> Evidence { get; init; }

    public required double Confidence { get; init; }

    public string? DateNote { get; init; }

    public string? Trigger { get; init; }

    /// <summary>Ids of the stored documents that report this event (filled by the store; empty in <c>extract</c>).</summary>
    public List<string>? Documents { get; init; }
}

public sealed class LocationDto
{
    public required string Name { get; init; }

    public required long GeonameId { get; init; }

    public required double Lat { get; init; }

    public required double Lon { get; init; }

    public required string Country { get; init; }

    public string? Admin1 { get; init; }

    public required int Precision { get; init; }

    public string? Detail { get; init; }
}

public sealed class ActorDto
{
    public required string Name { get; init; }

    public string? Side { get; init; }

    public required string Role { get; init; }
}

public sealed class SourceDto
{
    public required string Name { get; init; }

    public string? Medium { get; init; }

    public required List<string> Via { get; init; }

    /// <summary>The date the source published its report, when known (filled by the store).</summary>
    public string? Published { get; init; }

    public string? DocumentId { get; init; }
}

public sealed class EvidenceDto
{
    public required int Start { get; init; }

    public required int End { get; init; }

    public required string Text { get; init; }

    /// <summary>The document the span belongs to (filled by the store; absent in <c>extract</c>).</summary>
    public string? DocumentId { get; init; }
}
