using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>"the region's governor said": the governor of the region named before, the registry's or named so.</summary>
public sealed class RegionOwnHeadTests
{
    [Theory]
    [InlineData("Belgorod region", 578071, "Belgorod Oblast", "Governor of Belgorod region")]
    [InlineData("Bryansk region", 571473, "Bryansk Oblast", "Governor of Bryansk region")]
    public void Process_RegionsGovernor_IsTheGovernorOfTheRegionNamedBefore(string words, long id, string name, string governor)
    {
        var doc = Docs.Text($"In Russia's {words}, Ukrainian drones hit an electrical substation, the region's governor said on Telegram.", outlet: "Test Wire");
        Docs.Place(doc, words, id, name, "RU", "ADM1");

        Docs.Through(doc, new Sitrep.Extraction.Attribution.AttributionStage());
        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(governor, statement.Speaker);
        Assert.Equal("RU", statement.Side);
    }

    [Fact]
    public void Process_RegionsGovernorWithNoRegionNamed_IsNoRegionsGovernor()
    {
        var doc = Docs.Text("Ukrainian drones hit an electrical substation overnight, the region's governor said on Telegram.", outlet: "Test Wire");

        Docs.Through(doc, new Sitrep.Extraction.Attribution.AttributionStage());
        Assert.DoesNotContain(doc.Attributions, a => a.Speaker.StartsWith("Governor of", StringComparison.Ordinal));
    }
}
