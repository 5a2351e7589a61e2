using System.Globalization;
using Sitrep.Core.Documents;
using Sitrep.Extraction.Places;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// Every district of city-districts.tsv is compiled: found in a text it is the district (PPLX), while a claim located
/// in it is at its city and an event at its city with the district as detail, so reports naming the city and reports
/// naming the district are about one place.
/// </summary>
public sealed class CitySectionTests
{
    private const long Kyiv = 703448;
    private const long Kherson = 706448;
    private const long Odesa = 698740;

    private static string DistrictsFile()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return Path.Combine(dir.FullName, "data", "gazetteer", "city-districts.tsv");
            }
        }

        throw new DirectoryNotFoundException("repository root not found");
    }

    private static Document Run(string text, string outlet = "Harbour News") =>
        SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata { Outlet = outlet, Published = new DateOnly(2025, 12, 14) }));

    [Fact]
    public void CityOf_EveryDistrictOfTheFile_IsCompiledAndBelongsToItsCity()
    {
        var rows = File.ReadLines(DistrictsFile()).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t')).ToList();

        Assert.Equal(53, rows.Count); // none left out of the build
        foreach (var row in rows)
        {
            var id = long.Parse(row[0], CultureInfo.InvariantCulture);
            Assert.Equal("PPLX", Gazetteer.Default.ById(id)?.FeatureCode);
            Assert.Equal(long.Parse(row[1], CultureInfo.InvariantCulture), Gazetteer.Default.CityOf(id)?.GeonameId);
        }
    }

    [Theory]
    [InlineData("A drone hit a house in the Holosiivskyi district overnight, Kyiv's military administration said.", "Holosiivskyi district")]
    [InlineData("Уламки збитого дрона впали на дах будинку в Дарницькому районі Києва.", "Дарницькому районі")]
    [InlineData("Обломки беспилотника упали на жилой дом в Подольском районе Киева.", "Подольском районе")]
    public void Process_DistrictNamed_IsTheDistrictPlace(string text, string surface)
    {
        var place = Assert.Single(Run(text).Places, p => p.Text == surface);

        Assert.Equal("PPLX", place.FeatureCode);
        Assert.True(place.GeonameId > 900_000_000); // the district's own id, not Kyiv's
        Assert.Equal(Kyiv, Gazetteer.Default.CityOf(place.GeonameId)?.GeonameId);
    }

    [Fact]
    public void Process_StrikeInDistrict_EventAtTheCityWithTheDistrictAsDetail()
    {
        var d = Run("A Russian drone hit an apartment block in the Solomianskyi district of Kyiv overnight, injuring four people, the city's military administration said.");

        var strike = Assert.Single(d.Events, e => e.Type == "explosions_remote_violence");
        Assert.Equal(Kyiv, strike.Location?.GeonameId);
        Assert.Equal("Solomianskyi District", strike.Location?.Detail);
        Assert.Contains(d.Places, p => p.Text == "Solomianskyi district" && p.FeatureCode == "PPLX");
    }

    [Fact]
    public void Process_ClaimInDistrict_IsAtTheCity()
    {
        var d = Run("Russian drones struck port infrastructure in Odesa's Peresypskyi district overnight, the regional military administration said.");

        Assert.NotEmpty(d.Claims);
        Assert.All(d.Claims.Where(c => c.Place is not null), c => Assert.Equal(Odesa, c.Place!.GeonameId));
    }

    [Fact]
    public void Process_CityAndItsDistrictInOnePhrase_OneStrike()
    {
        var d = Run("A Russian FPV drone struck a municipal bus in Kherson's Korabelnyi district on Thursday afternoon, wounding the driver, the city military administration said.", "South Line");

        var strike = Assert.Single(d.Events, e => e.Type == "explosions_remote_violence");
        Assert.Equal(Kherson, strike.Location?.GeonameId);
    }

    [Fact]
    public void Process_CityBodyInStoryOpeningWithDistrict_IsTheCitysBody()
    {
        var d = Run("Two people were injured when debris fell in the Darnytskyi district overnight, the city military administration said.");

        Assert.Contains(d.Attributions, a => a.Speaker == "Kyiv City Military Administration");
        Assert.DoesNotContain(d.Attributions, a => a.Speaker.Contains("District", StringComparison.Ordinal));
    }
}
