namespace Sitrep.Extraction.Tests.Places;

/// <summary>Features the populated-place sources lack, added by hand in major-places.tsv (a hill of the 2014 battles).</summary>
public sealed class HandAddedFeatureTests
{
    [Theory]
    [InlineData("Paratroopers retook the Saur-Mogila height after two days of fighting.", "Saur-Mogila")]
    [InlineData("Shelling brought down the obelisk on Savur-Mohyla on Thursday.", "Savur-Mohyla")]
    [InlineData("Бої за Савур-Могилу тривали кілька тижнів.", "Савур-Могилу")]
    public void Process_HillOfThe2014Battles_IsFound(string text, string surface)
    {
        var place = PlacesRun.Run(text).Mention(surface);
        Assert.Equal("Savur-Mohyla", place.Name);
        Assert.Equal("HLL", place.FeatureCode);
        Assert.Equal("Donetsk Oblast", place.Admin1);
    }

    [Fact]
    public void Process_PersonNamedMohyla_IsNotTheHill()
    {
        // The trap the other way: the hill's second word alone is a surname (Petro Mohyla), not the hill.
        Assert.DoesNotContain(PlacesRun.Run("The academy named after Petro Mohyla opened a new hall.").Places, p => p.Name == "Savur-Mohyla");
    }
}
