using Sitrep.Core.Documents;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>One fight told across sentences at a town and a village next to it is one event; separate reports stay apart.</summary>
public sealed class NearbyMergeTests
{
    private static List<string> Places(string text, string published = "2025-11-20") =>
        Docs.Processed(text, published).Events.Where(e => e.Subtype == "armed_clash").Select(e => e.Location?.Name ?? "-").ToList();

    [Fact]
    public void Process_FightAtTownThenVillageNextToIt_OneClash()
    {
        var text = "Russian assault groups stormed the southern districts of Pokrovsk on Wednesday, the Ukrainian corps defending the city said.\n\n"
            + "The corps said its soldiers had killed 21 attackers and destroyed an armoured vehicle on the approaches from Zvirove on Wednesday.";

        Assert.Single(Places(text));
    }

    [Fact]
    public void Process_FightsInTownsFarApart_TwoClashes()
    {
        var text = "Russian assault groups stormed the southern districts of Pokrovsk on Wednesday, the Ukrainian corps said.\n\n"
            + "Ukrainian troops also repelled an attack near Kupiansk on Wednesday, the General Staff said.";

        Assert.Equal(2, Places(text).Count);
    }

    [Fact]
    public void Process_SummaryDirectionsWithCloseVillages_KeptApart()
    {
        var text = "In the Kupiansk direction, Ukrainian defenders repelled three attacks near Kupiansk on Wednesday.\n\n"
            + "In the Lyman direction, the enemy attacked twice near Petropavlivka on Wednesday.";

        Assert.Equal(2, Places(text).Count);
    }

    [Fact]
    public void Process_StrikeOnCityThenHitInItsDistrict_OneStrike()
    {
        var text = "Overnight, the enemy attacked Kharkiv with attack drones, the regional governor said on Sunday. "
            + "A drone hit a twelve-storey block in the Saltivskyi district, starting a fire on the upper floors.";
        var doc = new Document(text, new DocumentMetadata { Outlet = "Test Wire", Published = new DateOnly(2025, 11, 23) });
        var strikes = SitrepPipeline.Default.Process(doc).Events.Where(e => e.Subtype == "air_drone_strike").ToList();

        Assert.Single(strikes);
    }
}
