using Sitrep.Extraction.Places;
using Sitrep.Extraction.Places.Resolution;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>The nearness to the front, kept per place and stretch of dates, equals the computation over every town of the date.</summary>
public sealed class FrontNearnessCacheTests
{
    [Fact]
    public void Nearness_RandomPlacesAndDates_EqualsThePlainComputation()
    {
        var random = new Random(20261126);
        var first = new DateOnly(2013, 6, 1).DayNumber;
        var last = new DateOnly(2026, 12, 31).DayNumber;
        var places = new List<GazetteerPlace>();
        for (var i = 0; i < 300; i++)
        {
            // villages over eastern and southern Ukraine, some on the same spot
            var lat = Math.Round(46 + (random.NextDouble() * 5), 5);
            var lon = Math.Round(33 + (random.NextDouble() * 8), 5);
            places.Add(new GazetteerPlace(i, $"Place {i}", "UA", "05", "Donetsk Oblast", lat, lon, "PPL", 500));
        }

        for (var i = 0; i < 20_000; i++)
        {
            var place = places[random.Next(places.Count)];
            var date = DateOnly.FromDayNumber(random.Next(first, last + 1));
            var expected = date < new DateOnly(2014, 4, 12) ? 0 : FrontLine.Compute(place.Lat, place.Lon, date);
            Assert.Equal(expected, FrontLine.Nearness(place, date));
        }
    }

    [Theory]
    [InlineData("2014-04-11", "2014-04-12")] // before and on the seizure of Sloviansk
    [InlineData("2022-02-23", "2022-02-24")] // the eve and the day of the invasion
    [InlineData("2024-02-16", "2024-02-17")] // the day before and of the fall of Avdiivka
    public void Stretch_DayBeforeAndDayOfABoundary_Differ(string before, string on)
    {
        Assert.NotEqual(FrontLine.Stretch(DateOnly.Parse(before, System.Globalization.CultureInfo.InvariantCulture)),
            FrontLine.Stretch(DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Nearness_PlaceAbroadOrNoDate_IsZero()
    {
        var moscow = new GazetteerPlace(524901, "Moscow", "RU", "48", "Moscow", 55.75, 37.62, "PPLC", 10_000_000);
        var bakhmut = new GazetteerPlace(709161, "Bakhmut", "UA", "05", "Donetsk Oblast", 48.59, 38.0, "PPLA2", 70_000);
        Assert.Equal(0, FrontLine.Nearness(moscow, new DateOnly(2023, 5, 1)));
        Assert.Equal(0, FrontLine.Nearness(bakhmut, null));
        Assert.True(FrontLine.Nearness(bakhmut, new DateOnly(2023, 5, 1)) > 0.9);
    }
}
