using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>A web page's link and tag lines are not part of the report; a region's name before a campaign or its
/// land is the region.</summary>
public sealed class PageChromeTests
{
    [Theory]
    [InlineData("Drones hit a warehouse in Sumy overnight, the city council said.\nRelated: Odesa port hit again as grain talks stall", "Sumy")]
    [InlineData("Drones hit a warehouse in Sumy overnight, the city council said.\nTags: Sumy region, Okhtyrka, energy", "Sumy")]
    [InlineData("Уночі дрон влучив у склад у Сумах.\nЧитайте також: у Харкові пролунали вибухи", "Сумах")]
    [InlineData("Ночью дрон атаковал склад в Курске.\nМетки: Курская область, Рыльск", "Курске")]
    public void Process_LinkOrTagLine_GivesNoPlace(string text, string only)
    {
        var d = PlacesRun.Run(text);

        Assert.Equal([only], d.Places.Select(p => p.Text));
    }

    [Theory]
    [InlineData("", 394, true)]
    [InlineData("", 395, false)]
    [InlineData("Drones hit Sumy overnight.\n", 394, true)]
    [InlineData("Drones hit Sumy overnight.\n", 395, false)]
    [InlineData("Drones hit Sumy overnight.\n\n", 10, true)]
    public void OnChromeLine_LabelWithinFourHundredCharacters_IsChrome(string before, int filler, bool chrome)
    {
        // a tag line is read as chrome up to 400 characters from its label; farther on it is taken for text
        var text = before + "Tags: " + new string('x', filler) + "Sumy";

        Assert.Equal(chrome, Sitrep.Extraction.Places.Mentions.NotPlaces.OnChromeLine(text, text.Length - 4));
    }

    [Fact]
    public void Process_CityBeforeOffensive_StaysTheCity()
    {
        // an offensive may be aimed at the city itself; only a counteroffensive is read as the region's campaign
        var m = PlacesRun.Run("Shelling marked the start of the Kharkiv offensive in late February.", new DateOnly(2022, 3, 1)).Mention("Kharkiv");

        Assert.Equal("Kharkiv", m.Name);
    }

    [Fact]
    public void Process_LabelInsideASentence_DoesNotHideTheLine()
    {
        // "related:" in running text is no page label; only a line that opens with one is chrome.
        var d = PlacesRun.Run("Officials said the blasts were related: a depot near Kramatorsk burned for hours.");

        Assert.Equal("Kramatorsk", d.Mention("Kramatorsk").Name);
    }

    [Theory]
    [InlineData("The town was retaken in the Kharkiv counteroffensive of September 2022.", "Kharkiv", "Kharkiv Oblast", PlaceRole.Name)]
    [InlineData("Troops who fought in the Kherson counter-offensive were moved east.", "Kherson", "Kherson Oblast", PlaceRole.Name)]
    [InlineData("Mud slowed the columns across the Zaporizhzhia steppe.", "Zaporizhzhia", "Zaporizhzhia Oblast", PlaceRole.Location)]
    public void Process_RegionalCapitalBeforeCampaignOrSteppe_IsTheRegion(string text, string surface, string region, PlaceRole role)
    {
        var m = PlacesRun.Run(text, new DateOnly(2025, 11, 20)).Mention(surface);

        Assert.Equal(region, m.Name);
        Assert.Equal(role, m.Role);
    }
}
