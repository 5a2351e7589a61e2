using Sitrep.Cli.Tests.Support;

namespace Sitrep.Cli.Tests.Evaluation;

/// <summary>
/// The places-by-id row for gold places GeoNames has no feature for (a city district, a river): matched by distance
/// within the document's <c>placeKm</c>, so a system that puts the district where it is is not charged a false
/// positive, while one that puts a river on a village 70 km away still is. Counts worked out by hand.
/// </summary>
public sealed class PlacesWithoutIdTests : IDisposable
{
    private const string Text = "A drone hit a house in the Kyivskyi district of Kharkiv overnight, and Russian troops tried to cross the Oskil further east.";

    // The district and the river have no GeoNames id; their points are the district's middle and the river at Kupiansk.
    private const string Gold = """
        [ { "document": { "published": "2025-11-03", "language": "en" },
            "tolerances": { "placeKm": 25 },
            "places": [
              { "text": "Kyivskyi district", "lat": 50.01, "lon": 36.29 },
              { "text": "Kharkiv", "geonameId": 706483, "lat": 49.98081, "lon": 36.25272 },
              { "text": "Oskil", "lat": 49.71, "lon": 37.62 }
            ] } ]
        """;

    // A peer giving the district a made-up id of its own 4 km from the gold point, and the river a village 70 km off.
    private const string Predictions = """
        [ { "places": [
              { "text": "Kyivskyi district", "geonameId": 900000301, "lat": 50.03, "lon": 36.33 },
              { "text": "Kharkiv", "geonameId": 706483, "lat": 49.98, "lon": 36.25 },
              { "text": "Oskil", "geonameId": 700001, "lat": 49.15, "lon": 37.10 }
            ] } ]
        """;

    private readonly TempDir _dir = new();

    public PlacesWithoutIdTests()
    {
        _dir.File("samples/d.txt", Text);
        _dir.File("gold/d.txt.gold.json", Gold);
        _dir.File("peer/d.txt.json", Predictions);
    }

    public void Dispose() => _dir.Dispose();

    private Task<CliRun.Outcome> Eval(params string[] extra) =>
        CliRun.InProcessAsync(["eval", "gold", "--gold", Path.Combine(_dir.Path, "gold"), "--samples", Path.Combine(_dir.Path, "samples"),
            "--predictions", Path.Combine(_dir.Path, "peer"), .. extra]);

    [Fact]
    public async Task PlacesId_DistrictWithoutGeoNamesId_FoundAtItsPlaceIsNoFalsePositive()
    {
        var result = await Eval();

        Assert.Equal(0, result.ExitCode);
        // Kharkiv by id, the district by distance (4 km); the river's village is 70 km off -> 2 of 3 both ways.
        Assert.Contains("places.id            |      3 |         3 |       2 |     66.7% |  66.7% |      66.7%", result.Out, StringComparison.Ordinal);
        Assert.Contains("places.km            |      3 |         3 |       2 |     66.7% |  66.7% |      66.7%", result.Out, StringComparison.Ordinal);
        Assert.Contains("places.found         |      3 |         3 |       3 |    100.0% | 100.0% |     100.0%", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlacesId_WrongPlaceFarFromAPlaceWithoutId_IsStillAMiss()
    {
        var result = await Eval("--misses", "10");

        Assert.Contains("d.txt#1 | places.id | \"Oskil\" no id (49.71, 37.62) | \"Oskil\" 700001 (49.15, 37.1) |", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("| places.id | \"Kyivskyi district\"", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PlacesId_PlaceWithoutIdOrPoint_MatchesOnlyAsFound()
    {
        // without a point nothing can be near it: found, but neither by id nor by distance
        _dir.File("gold/d.txt.gold.json", Gold.Replace("\"lat\": 50.01, \"lon\": 36.29", "\"note\": \"no point\"", StringComparison.Ordinal));

        var result = await Eval();

        Assert.Contains("places.id            |      3 |         3 |       1 |     33.3% |  33.3% |      33.3%", result.Out, StringComparison.Ordinal);
        Assert.Contains("places.found         |      3 |         3 |       3 |", result.Out, StringComparison.Ordinal);
    }
}
