using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// "В Генштабе ВСУ информацию о потере Родинского опровергли": a village named after a common noun is that noun's
/// object, never the speaker, and a place lost ("о потере", "про втрату") is a place taken, so the body denies its
/// capture. A surname that is also a village's name still speaks when it opens its clause.
/// </summary>
public sealed class LostVillageDeniedTests
{
    [Theory]
    [InlineData("В Генштабе ВСУ информацию о потере Родинского опровергли.", "Родинского")]
    [InlineData("У Генштабі ЗСУ інформацію про втрату Родинського спростували.", "Родинського")]
    public void Process_LossOfAVillageDenied_TheBodyDeniesItsCapture(string text, string village)
    {
        var doc = Docs.Text(text, outlet: "Test Wire");
        Docs.Place(doc, village, 695581, "Rodynske");

        var claims = Docs.ClaimsOf(doc);

        var denial = Assert.Single(claims, c => c.Kind == ClaimKind.Capture);
        Assert.Equal(Stance.Denies, denial.Stance);
        Assert.Equal(695581, denial.Place?.GeonameId);
        Assert.Equal("UA", denial.Side);
        Assert.DoesNotContain(claims, c => c.Claimant.Contains("Родинськ", StringComparison.Ordinal) || c.Claimant.Contains("Родинск", StringComparison.Ordinal));
    }

    [Fact]
    public void Process_SurnameThatIsAVillageOpensTheClause_StillSpeaks()
    {
        // twin: "Мельник" is also a village's name, but it opens the sentence as its subject
        var doc = Docs.Text("Командир батальйону Олександр Мельник розповів про бої. Мельник додав, що росіяни обстріляли Сіверськ.", outlet: "Test Post");
        Docs.Place(doc, "Мельник", 700001, "Melnyk", occurrence: 1);
        Docs.Place(doc, "Сіверськ", 694403, "Siversk");

        var claims = Docs.ClaimsOf(doc);

        Assert.Contains(claims, c => c.Kind == ClaimKind.Strike && c.Claimant.Contains("Мельник", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Командир розповів: «Вчора росіяни вдарили керованими бомбами по Сіверську».", "Сіверську")]
    [InlineData("За словами командира, росіяни вдарили ракетою по Сіверську.", "Сіверську")]
    public void Process_StruckColloquially_IsAStrike(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Test Post");
        Docs.Place(doc, town, 694403, "Siversk");

        var claims = Docs.ClaimsOf(doc);

        Assert.Contains(claims, c => c.Kind == ClaimKind.Strike && c.Place?.GeonameId == 694403);
    }

    [Fact]
    public void Process_LossesOfMen_AreNoCapture()
    {
        // twin: losses of men, not of a place, are casualties
        var doc = Docs.Text("За словами командира, ворог зазнав втрат: 40 окупантів ліквідовано біля Сіверська.", outlet: "Test Post");
        Docs.Place(doc, "Сіверська", 694403, "Siversk");

        var claims = Docs.ClaimsOf(doc);

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Capture);
    }
}
