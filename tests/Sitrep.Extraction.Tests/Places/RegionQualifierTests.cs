using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Places;

public sealed class RegionQualifierTests
{
    [Theory]
    [InlineData("Bombs fell on Dobropillia in Zaporizhzhia region.", "Dobropillia", 705924L)]
    [InlineData("Bombs fell on Dobropillia near Kramatorsk.", "Dobropillia", 709900L)]
    [InlineData("Troops took Hryshyne in the Donetsk People's Republic, Moscow claimed.", "Hryshyne", 708060L)]
    [InlineData("Troops took Hryshyne in the Zaporizhzhia region, Moscow claimed.", "Hryshyne", 708064L)]
    [InlineData("A counterattack near Hryshyne in the DPR failed, the ministry said.", "Hryshyne", 708060L)]
    [InlineData("One soldier was killed by a sniper at Hryshyne, Donetsk Obl.", "Hryshyne", 708060L)]
    public void Process_RegionNamedAfterVillage_PicksTheNamesakeThere(string text, string surface, long geonameId)
    {
        Assert.Equal(geonameId, PlacesRun.Run(text).Mention(surface).GeonameId);
    }

    [Theory]
    [InlineData("Strikes hit Huliaipole, Zaliznychne and Dobropillia in Zaporizhzhia region.", "Dobropillia", "Zaporizhzhia Oblast")]
    [InlineData("Ударів зазнали Новоселівка, Рай-Олександрівка Донецької області.", "Новоселівка", "Donetsk Oblast")]
    [InlineData("Ударів зазнали Новоселівка, Рай-Олександрівка Запорізької області.", "Новоселівка", "Zaporizhzhia Oblast")]
    public void Process_RegionAfterList_QualifiesEveryListedPlace(string text, string surface, string admin1)
    {
        Assert.Equal(admin1, PlacesRun.Run(text).Mention(surface).Admin1);
    }

    [Fact]
    public void Process_SameNameLaterInDocument_KeepsTheQualifiedRegion()
    {
        var d = PlacesRun.Run("Bombs hit Dobropillia in Zaporizhzhia region. Later, 24 attacks were recorded near Dobropillia and Huliaipole.");
        Assert.All(d.Places.Where(p => p.Text == "Dobropillia"), p => Assert.Equal(705924L, p.GeonameId));
    }
}
