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
}
