using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// Lists of places that give one claim each: a goal after "in the direction of", a settlement given another name in a
/// relative clause, and regions named together under one plural region word.
/// </summary>
public sealed class ListedPlaceTests
{
    [Fact]
    public void Process_ListEndingInTheDirectionOfATown_TakesThatTownToo()
    {
        var doc = Docs.Text("In the Kramatorsk direction, the enemy attacked six times near Bilohorivka, Hryhorivka and in the direction of Siversk.",
            outlet: "General Staff of the Armed Forces of Ukraine");
        Docs.Place(doc, "Kramatorsk", 704508, "Kramatorsk", role: PlaceRole.Direction);
        Docs.Place(doc, "Bilohorivka", 712451, "Bilohorivka");
        Docs.Place(doc, "Hryhorivka", 707292, "Hryhorivka");
        Docs.Place(doc, "Siversk", 694403, "Siversk", role: PlaceRole.Direction);

        var claims = Docs.ClaimsOf(doc);

        Assert.Equal([712451L, 707292L, 694403L], claims.Select(c => c.Place!.GeonameId));
    }

    [Fact]
    public void Process_TownGivenAnotherNameThenANeighbour_IsOneListOfTwoTowns()
    {
        var doc = Docs.Text("Russian troops have surrounded Toretsk, which Moscow calls Dzerzhinsk, together with neighbouring Niu-York, the Russian Defence Ministry said.",
            outlet: "Baltic Wire");
        Docs.Place(doc, "Toretsk", 709161, "Toretsk");
        Docs.Place(doc, "Moscow", 524901, "Moscow", country: "RU", featureCode: "PPLC", role: PlaceRole.Metonymy);
        Docs.Place(doc, "Dzerzhinsk", 709161, "Toretsk");
        Docs.Place(doc, "Niu-York", 700655, "Niu-York");

        var claims = Docs.ClaimsOf(doc).FindAll(c => c.Kind == ClaimKind.Encirclement);

        Assert.Equal([709161L, 700655L], claims.Select(c => c.Place!.GeonameId));
    }

    [Theory]
    [InlineData("Substations in the Sumy and Kharkiv regions were damaged in the night attack, the energy ministry said.", "Sumy", "Kharkiv regions")]
    [InlineData("Уночі пошкоджено підстанції у Сумській та Харківській областях, повідомило Міненерго.", "Сумській", "Харківській")]
    public void Process_RegionsUnderOnePluralRegionWord_GiveOneClaimEach(string text, string first, string second)
    {
        var doc = Docs.Text(text, outlet: "Energy Desk");
        Docs.Place(doc, first, 692196, "Sumy Oblast", featureCode: "ADM1");
        Docs.Place(doc, second, 706482, "Kharkiv Oblast", featureCode: "ADM1");

        var strikes = Docs.ClaimsOf(doc).FindAll(c => c.Kind == ClaimKind.Strike);

        Assert.Equal([692196L, 706482L], strikes.Select(c => c.Place!.GeonameId));
    }

    [Fact]
    public void Process_TwoRegionsWithNoPluralRegionWord_StayOneClaim()
    {
        var doc = Docs.Text("Substations in the Sumy region and Kharkiv were damaged in the night attack, the energy ministry said.", outlet: "Energy Desk");
        Docs.Place(doc, "Sumy region", 692196, "Sumy Oblast", featureCode: "ADM1");
        Docs.Place(doc, "Kharkiv", 706482, "Kharkiv Oblast", featureCode: "ADM1");

        Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);
    }
}
