namespace Sitrep.Cli.Evaluation.Ucdp;

/// <summary>One UCDP event scored on place, date and deaths.</summary>
/// <param name="Place">Exactly what <c>sitrep eval places</c> computes for the row.</param>
/// <param name="From">Our first dated event's interval, read with the earliest source date as publication date.</param>
/// <param name="DateFromText">Whether that date was read from the headline (no date note), not defaulted.</param>
/// <param name="Killed">Our first killed count as low..high (a value gives value..value), if any.</param>
public sealed record UcdpOutcome(
    UcdpEvent Event,
    PlaceOutcome Place,
    DateOnly? From,
    DateOnly? To,
    bool DateFromText,
    (double Low, double High)? Killed,
    string? KilledText)
{
    public bool HasDate => From is not null && To is not null;

    /// <summary>Our interval overlaps the coders' date_start..date_end.</summary>
    public bool DateHit => HasDate && From <= Event.Facts.DateEnd && Event.Row.DateStart <= To;

    /// <summary>The coders report deaths (best &gt; 0).</summary>
    public bool HasDeaths => Event.Facts.Best > 0;

    /// <summary>Our killed count lies within (a range: overlaps) the coders' low..high.</summary>
    public bool DeathsHit => Killed is { } k && HasDeaths && k.Low <= Event.Facts.DeathRange.High && Event.Facts.DeathRange.Low <= k.High;
}
