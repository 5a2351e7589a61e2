using Sitrep.Core.Text;

namespace Sitrep.Core.Model;

/// <summary>A count or measure in the text. Hedges are kept as ranges: "around 30" is value 30, approximate; "up to 1,500" is high 1500.</summary>
public sealed record QuantityMention
{
    public required TextSpan Span { get; init; }

    public required string Text { get; init; }

    public double? Value { get; init; }

    public double? Low { get; init; }

    public double? High { get; init; }

    public bool Approximate { get; init; }

    /// <summary>One of <see cref="Units"/>.</summary>
    public required string Unit { get; init; }

    /// <summary>Whose: "Russian soldiers", "civilians".</summary>
    public string? Subject { get; init; }

    /// <summary>ISO alpha-2 of the belligerent the counted things belong to.</summary>
    public string? Side { get; init; }

    /// <summary>Comparison or trend said about the number ("the largest such attack so far").</summary>
    public string? Note { get; init; }
}
