namespace Sitrep.Cli.Evaluation.Gold;

/// <summary>
/// One document of a gold file or of a predictions file: the shape of <c>sitrep extract</c> output with every
/// field optional, plus the gold-only <c>tolerances</c> and <c>occurrence</c>. A list that is absent was not
/// annotated (gold) or not attempted (predictions); a list that is present, even empty, is complete.
/// </summary>
public sealed class EvalDocumentDto
{
    public EvalDocumentInfoDto? Document { get; init; }

    public EvalTolerancesDto? Tolerances { get; init; }

    public List<EvalPlaceDto>? Places { get; init; }

    public List<EvalTimeDto>? Times { get; init; }

    public List<EvalQuantityDto>? Quantities { get; init; }

    public List<EvalAttributionDto>? Attributions { get; init; }

    public List<EvalClaimDto>? Claims { get; init; }

    public List<EvalEventDto>? Events { get; init; }
}

public sealed class EvalDocumentInfoDto
{
    public string? Published { get; init; }

    public string? Language { get; init; }

    public string? Text { get; init; }
}

public sealed class EvalTolerancesDto
{
    public double? PlaceKm { get; init; }

    public int? DateDays { get; init; }

    public double? QuantityRelative { get; init; }
}

/// <summary>Where an item is: <c>text</c> and its <c>occurrence</c> (1-based), or <c>start</c>/<c>end</c>.</summary>
public abstract class EvalSpanDto
{
    public string? Text { get; init; }

    public int? Occurrence { get; init; }

    public int? Start { get; init; }

    public int? End { get; init; }
}

public sealed class EvalPlaceDto : EvalSpanDto
{
    public long? GeonameId { get; init; }

    public string? Name { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public string? Role { get; init; }
}

public sealed class EvalTimeDto : EvalSpanDto
{
    public string? From { get; init; }

    public string? To { get; init; }
}

public sealed class EvalQuantityDto : EvalSpanDto
{
    public double? Value { get; init; }

    public double? Low { get; init; }

    public double? High { get; init; }

    public string? Unit { get; init; }
}

public sealed class EvalAttributionDto : EvalSpanDto
{
    public string? Speaker { get; init; }

    /// <summary>"anonymous" in gold: any anonymous speaker of the prediction is the right one.</summary>
    public string? SpeakerType { get; init; }

    public List<string>? Via { get; init; }
}

public sealed class EvalPlaceRefDto
{
    public long? GeonameId { get; init; }

    public string? Name { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }
}

public sealed class EvalClaimDto
{
    public string? Claimant { get; init; }

    public string? Side { get; init; }

    public string? Kind { get; init; }

    public string? Stance { get; init; }

    public EvalPlaceRefDto? Place { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }
}

public sealed class EvalEventDto
{
    public string? Type { get; init; }

    public string? Subtype { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public EvalPlaceRefDto? Location { get; init; }
}
