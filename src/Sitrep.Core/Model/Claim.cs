using Sitrep.Core.Text;

namespace Sitrep.Core.Model;

/// <summary>A proposition put forward (or denied) by a claimant.</summary>
public sealed record Claim
{
    public required string Id { get; init; }

    public required string Claimant { get; init; }

    public string? Side { get; init; }

    public required ClaimKind Kind { get; init; }

    public PlaceRef? Place { get; init; }

    /// <summary>full, partial, north, south, east, west, centre, outskirts.</summary>
    public string? Extent { get; init; }

    public required Stance Stance { get; init; }

    public required TextSpan Span { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public double Confidence { get; init; } = 1.0;

    public string? Hedge { get; init; }

    /// <summary>Ids of claims in the same document that this claim contradicts.</summary>
    public List<string> Contradicts { get; init; } = [];
}

public sealed record PlaceRef(long GeonameId, string Name);
