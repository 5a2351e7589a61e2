using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// Two clauses of one sentence about two settlements ("liberated Hryshyne and continued clearing Myrnohrad"): the
/// capture of the first does not swallow the report of the second, which is a claim of kind other at its settlement.
/// </summary>
public sealed class SecondClauseTests
{
    private const long Hryshyne = 708060;
    private const long Myrnohrad = 710035;

    [Theory]
    [InlineData("Units of the Centre group of forces liberated the village of Hryshyne and continued clearing Myrnohrad of Ukrainian units.", "Hryshyne", "Myrnohrad")]
    [InlineData("Подразделения группировки войск «Центр» освободили населенный пункт Гришино и продолжили зачистку Димитрова.", "Гришино", "Димитрова")]
    [InlineData("Російські війська захопили Гришине, а поблизу Мирнограда ворог атакував наші позиції.", "Гришине", "Мирнограда")]
    public void Process_CaptureAndAReportInTheNextClause_GiveTwoClaims(string text, string hryshyne, string myrnohrad)
    {
        var doc = Docs.Text(text, outlet: text.StartsWith("Рос", StringComparison.Ordinal) ? "General Staff of the Armed Forces of Ukraine" : "Ministry of Defence of the Russian Federation");
        Docs.Place(doc, hryshyne, Hryshyne, "Hryshyne");
        Docs.Place(doc, myrnohrad, Myrnohrad, "Myrnohrad");

        var claims = Docs.ClaimsOf(doc);

        Assert.Equal(Hryshyne, Assert.Single(claims, c => c.Kind == ClaimKind.Capture).Place?.GeonameId);
        Assert.Equal(Myrnohrad, Assert.Single(claims, c => c.Kind == ClaimKind.Other).Place?.GeonameId);
    }

    [Theory]
    [InlineData("Units of the Centre group of forces continued clearing Myrnohrad and liberated the village of Hryshyne.")]
    [InlineData("Units of the Centre group of forces liberated the village of Hryshyne after assaults on its outskirts.")]
    public void Process_ReportBeforeTheCaptureOrWithoutASettlementOfItsOwn_GivesOnlyTheCapture(string text)
    {
        var doc = Docs.Text(text, outlet: "Ministry of Defence of the Russian Federation");
        Docs.Place(doc, "Hryshyne", Hryshyne, "Hryshyne");
        if (text.Contains("Myrnohrad", StringComparison.Ordinal))
        {
            Docs.Place(doc, "Myrnohrad", Myrnohrad, "Myrnohrad");
        }

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(ClaimKind.Capture, claim.Kind);
    }
}
