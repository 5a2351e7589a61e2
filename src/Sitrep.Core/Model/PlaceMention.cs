using Sitrep.Core.Text;

namespace Sitrep.Core.Model;

/// <summary>A place named in the text, resolved to a gazetteer entry.</summary>
public sealed record PlaceMention
{
    public required TextSpan Span { get; init; }

    public required string Text { get; init; }

    public required long GeonameId { get; init; }

    public required string Name { get; init; }

    /// <summary>ISO 3166-1 alpha-2.</summary>
    public required string Country { get; init; }

    public string? Admin1 { get; init; }

    public required double Lat { get; init; }

    public required double Lon { get; init; }

    /// <summary>GeoNames feature code (PPL, PPLA, ADM1, ADM2, PCLI ...).</summary>
    public string? FeatureCode { get; init; }

    /// <summary>Sub-place qualifier such as "north", "outskirts", "city centre".</summary>
    public string? Detail { get; init; }

    /// <summary>How the mention is used: location, direction, origin, unit-name, metonymy.</summary>
    public PlaceRole Role { get; init; } = PlaceRole.Location;

    public double Confidence { get; init; } = 1.0;

    public bool IsAdminArea => FeatureCode is not null && (FeatureCode.StartsWith("ADM", StringComparison.Ordinal) || FeatureCode.StartsWith("PCL", StringComparison.Ordinal));
}
