using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// Where a statement of kind other is not: a capital standing for its government ("a plan that Kyiv said favoured
/// Moscow"), the dateline the story was filed from ("GENEVA - ...") and a forest named after a town ("the Kreminna forest").
/// </summary>
public sealed class StatementPlaceTests
{
    private const long Moscow = 524901;
    private const long Kyiv = 703448;
    private const long Vienna = 2761369;

    [Theory]
    [InlineData("The mediators dropped a clause that Kyiv had said favoured Moscow, officials from both delegations said on Friday.")]
    [InlineData("Посредники убрали пункт, который, по словам Киева, был выгоден Москве, сообщили дипломаты.")]
    public void Process_CapitalStandingForItsGovernment_IsNoPlaceOfAStatement(string text)
    {
        var doc = Docs.Text(text, outlet: "Danube Ledger");
        var moscow = text.Contains("Moscow", StringComparison.Ordinal) ? "Moscow" : "Москве";
        Docs.Place(doc, moscow, Moscow, "Moscow", country: "RU", featureCode: "PPLC");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(ClaimKind.Other, claim.Kind);
        Assert.Null(claim.Place);
    }

    [Fact]
    public void Process_StatementAboutTalksInTheCapital_IsThere()
    {
        var doc = Docs.Text("The next round of talks will be held in Moscow in January, officials from both delegations said on Friday.", outlet: "Danube Ledger");
        Docs.Place(doc, "Moscow", Moscow, "Moscow", country: "RU", featureCode: "PPLC");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(Moscow, claim.Place?.GeonameId);
    }

    [Fact]
    public void Process_DatelineOfAStatement_IsNoPlaceOfIt()
    {
        var doc = Docs.Text("VIENNA - Negotiators agreed on a timetable for prisoner exchanges, officials from both delegations said on Monday.", outlet: "Danube Ledger");
        Docs.Place(doc, "VIENNA", Vienna, "Vienna", country: "AT", featureCode: "PPLC");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Null(claim.Place);
    }

    [Fact]
    public void Process_DatelineOfAStrike_StaysItsPlace()
    {
        var doc = Docs.Text("KYIV - Russian drones hit two apartment blocks overnight, the city military administration said.", outlet: "Danube Ledger");
        Docs.Place(doc, "KYIV", Kyiv, "Kyiv", featureCode: "PPLC");

        var strike = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);

        Assert.Equal(Kyiv, strike.Place?.GeonameId);
    }

    [Theory]
    [InlineData("Our paratroopers repelled another assault near the Kreminna forest overnight, the brigade said.", "Kreminna")]
    [InlineData("Десантники зупинили ще один штурм біля Кремінського лісу, повідомила бригада.", "Кремінського")]
    public void Process_ForestNamedAfterATown_IsNotTheTown(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Danube Ledger");
        Docs.Place(doc, town, 704147, "Kreminna", featureCode: "PPLA3");

        var repelled = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Repelled);

        Assert.Null(repelled.Place);
    }
}
