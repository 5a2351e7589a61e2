using Sitrep.Extraction.Places;

namespace Sitrep.Extraction.Tests.Places;

public sealed class Admin1OfTests
{
    [Fact]
    public void Admin1Of_EveryPlace_TheFirstRegionOfItsCountryAndCode()
    {
        var gazetteer = Gazetteer.Default;
        var regions = new Dictionary<(string, string), int>();
        for (var i = 0; i < gazetteer.Count; i++)
        {
            if (gazetteer[i] is { FeatureCode: "ADM1", Admin1Code: { } code } region)
            {
                regions.TryAdd((region.Country, code), i);
            }
        }

        var mismatches = 0;
        var regionsFound = 0;
        for (var i = 0; i < gazetteer.Count; i += 7)
        {
            var place = gazetteer[i];
            var expected = place.Admin1Code is { } code && regions.TryGetValue((place.Country, code), out var r) ? r : -1;
            var actual = gazetteer.Admin1Of(place);
            mismatches += actual == expected ? 0 : 1;
            regionsFound += actual >= 0 ? 1 : 0;
        }

        Assert.Equal(0, mismatches);
        Assert.True(regionsFound > 1000, $"only {regionsFound} places with a region");
    }
}
