using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A local office with no side of its own speaking of a place in Russia ("the regional governor", "местные власти") is
/// Russia's authority; a national body speaking of a place in Russia keeps no side.
/// </summary>
public sealed class LocalOfficeSideTests
{
    private const long Belgorod = 578072;

    [Theory]
    [InlineData("Drones struck a fuel depot in Belgorod overnight, the regional governor said.", "Belgorod")]
    [InlineData("Drones struck a fuel depot in Belgorod overnight, local officials said.", "Belgorod")]
    [InlineData("Ночью беспилотники атаковали нефтебазу в Белгороде, сообщил губернатор.", "Белгороде")]
    public void Process_LocalOfficeSpeakingOfAPlaceInRussia_IsRussian(string text, string name)
    {
        var doc = Docs.Text(text, outlet: "Border Wire");
        Docs.Place(doc, name, Belgorod, "Belgorod", country: "RU");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal("RU", claim.Side);
    }

    [Fact]
    public void Process_NationalBodySpeakingOfAPlaceInRussia_KeepsNoSide()
    {
        var doc = Docs.Text("Drones struck a fuel depot in Belgorod overnight, the general staff said.", outlet: "Border Wire");
        Docs.Place(doc, "Belgorod", Belgorod, "Belgorod", country: "RU");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Null(claim.Side);
    }

    [Theory]
    [InlineData("По данным оперативного штаба региона, за сутки по Белгороду было выпущено более 30 боеприпасов.", "Белгороду", "RU")]
    [InlineData("За даними оперативного штабу району, за добу по Харкову випустили понад 30 снарядів.", "Харкову", "UA")]
    public void Process_StaffOfTheRegion_IsTheAuthorityOfThePlaceItSpeaksOf(string text, string name, string side)
    {
        var doc = Docs.Text(text, outlet: "Border Wire");
        Docs.Place(doc, name, side == "RU" ? Belgorod : 706483, side == "RU" ? "Belgorod" : "Kharkiv", country: side);

        Assert.All(Docs.ClaimsOf(doc), c => Assert.Equal(side, c.Side));
        Assert.NotEmpty(Docs.ClaimsOf(doc));
    }

    [Theory]
    [InlineData("По данным оперативного штаба региона, за сутки по Белгороду было выпущено более 30 боеприпасов.", "Белгороду")]
    [InlineData("За даними обласної військової адміністрації, за добу по Харкову було випущено понад 30 снарядів.", "Харкову")]
    public void Process_RoundsFiredAtAPlace_IsAStrike(string text, string name)
    {
        var doc = Docs.Text(text, outlet: "Border Wire");
        Docs.Place(doc, name, 706483, "Kharkiv");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == Sitrep.Core.Model.ClaimKind.Strike);
    }
}
