using Sitrep.Extraction.Places.Resolution;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>The latitude bound that lets nearest-point searches skip far points never exceeds the distance itself.</summary>
public sealed class GeoBoundTests
{
    [Theory]
    [InlineData(48.0159, 37.8028, 48.0159, 37.8028)] // the same point
    [InlineData(48.0159, 37.8028, 48.0159, 39.0)] // due east: the bound is 0
    [InlineData(48.0159, 37.8028, 50.45, 37.8028)] // due north: the bound is the distance, less a hair
    [InlineData(-90, 0, 90, 0)] // pole to pole
    [InlineData(47.0971, 37.5434, 47.0971000001, 37.5434)]
    public void AtLeastKm_PairOfPoints_NotAboveTheDistance(double lat1, double lon1, double lat2, double lon2)
    {
        Assert.True(Geo.AtLeastKm(lat1, lat2) <= Geo.DistanceKm(lat1, lon1, lat2, lon2));
        Assert.True(Geo.AtLeastKm(lat2, lat1) <= Geo.DistanceKm(lat2, lon2, lat1, lon1));
    }

    [Fact]
    public void AtLeastKm_RandomPairs_NotAboveTheDistance()
    {
        var random = new Random(20261126);
        for (var i = 0; i < 200_000; i++)
        {
            // half the pairs on the front (a few km to a few hundred), half anywhere on earth
            var near = i % 2 == 0;
            var lat1 = near ? 46 + (random.NextDouble() * 5) : (random.NextDouble() * 180) - 90;
            var lon1 = near ? 33 + (random.NextDouble() * 8) : (random.NextDouble() * 360) - 180;
            var lat2 = near ? lat1 + ((random.NextDouble() - 0.5) * 0.2) : (random.NextDouble() * 180) - 90;
            var lon2 = near ? lon1 + ((random.NextDouble() - 0.5) * 0.2) : (random.NextDouble() * 360) - 180;
            var bound = Geo.AtLeastKm(lat1, lat2);
            var distance = Geo.DistanceKm(lat1, lon1, lat2, lon2);
            Assert.True(bound <= distance, $"({lat1}, {lon1}) to ({lat2}, {lon2}): bound {bound} above {distance}");
        }
    }
}
