namespace Sitrep.Cli.Evaluation;

/// <summary>The place Sitrep chose for a UCDP event.</summary>
/// <param name="Text">The words in the headline that named it.</param>
public sealed record ChosenPlace(string Name, string Text, double Lat, double Lon, string? FeatureCode);

/// <summary>One UCDP row scored: the place Sitrep chose (or none) and its distance from the coders' point.</summary>
/// <param name="Named">Whether the headlines name the coders' place (see <see cref="PlacesEvaluation.NamesPlace"/>).</param>
public sealed record PlaceOutcome(UcdpRow Row, ChosenPlace? Ours, double? DistanceKm, bool Named)
{
    public bool Hit => DistanceKm is { } d && d <= PlacesEvaluation.HitKm;
}
