using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// Forces entering a settlement from one side ("entered Huliaipole from the east", "зайшли в Куп'янськ з півночі",
/// "вошли в Курахово с юга") claim control of that side; the other side entering is an infiltration reported.
/// </summary>
public sealed class EntryFromSideTests
{
    private const long Town = 707898;

    [Theory]
    [InlineData("Russian milbloggers claimed that the 57th Motor Rifle Brigade had entered Huliaipole from the east.", "Huliaipole", "east")]
    [InlineData("Наші штурмовики зайшли в Гуляйполе з півночі, повідомив командир батальйону.", "Гуляйполе", "north")]
    [InlineData("По словам Пушилина, подразделения вошли в Гуляйполе с юга.", "Гуляйполе", "south")]
    [InlineData("Our assault units entered Huliaipole from the south-west overnight, the brigade said.", "Huliaipole", "partial")]
    public void Process_EnteringFromASide_ClaimsControlOfThatSide(string text, string name, string extent)
    {
        var doc = Docs.Text(text, outlet: "Steppe Herald");
        Docs.Place(doc, name, Town, "Huliaipole");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(ClaimKind.Control, claim.Kind);
        Assert.Equal(extent, claim.Extent);
        Assert.Equal(Town, claim.Place?.GeonameId);
        Assert.Equal(Stance.Asserts, claim.Stance);
    }

    [Theory]
    [InlineData("Russian sabotage groups entered Huliaipole from the south, the Ukrainian Southern Defence Forces said.")]
    [InlineData("Російські диверсійні групи зайшли в Гуляйполе з півдня, повідомили Сили оборони півдня України.")]
    public void Process_OtherSideEntering_IsAReportOfKindOther(string text)
    {
        var doc = Docs.Text(text, outlet: "Steppe Herald");
        Docs.Place(doc, text.Contains("Huliaipole", StringComparison.Ordinal) ? "Huliaipole" : "Гуляйполе", Town, "Huliaipole");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal("UA", claim.Side);
        Assert.Equal(ClaimKind.Other, claim.Kind);
    }

    [Theory]
    [InlineData("Reporters entered Huliaipole with an evacuation convoy, the regional administration said.")]
    [InlineData("The brigade entered Huliaipole; shelling from the east continued all night, the corps said.")]
    public void Process_EnteringWithNoSideNamed_IsNoControl(string text)
    {
        var doc = Docs.Text(text, outlet: "Steppe Herald");
        Docs.Place(doc, "Huliaipole", Town, "Huliaipole");

        Assert.DoesNotContain(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Control);
    }
}
