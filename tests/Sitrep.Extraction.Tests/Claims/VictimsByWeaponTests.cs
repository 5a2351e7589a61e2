using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// Civilians wounded or killed "by" a weapon are the victims of a strike, which the strike claim holds: "two civilians
/// were wounded by a glide bomb in Lyman" is a strike, not a casualties claim.
/// </summary>
public sealed class VictimsByWeaponTests
{
    [Theory]
    [InlineData("The head of the regional military administration wrote on Telegram that two civilians were wounded by a glide bomb in Borova.")]
    [InlineData("A woman was killed by a Russian drone in Borova on Tuesday morning, the regional governor said.")]
    [InlineData("Three residents were injured by shelling in Borova, the city council said.")]
    public void Process_CiviliansHurtByAWeapon_IsAStrike(string text)
    {
        var doc = Docs.Text(text, outlet: "Kharkiv Courier", published: new DateOnly(2026, 2, 12));
        Docs.Place(doc, "Borova", 712345, "Borova");

        var claims = Docs.ClaimsOf(doc);

        Assert.Contains(claims, c => c.Kind == ClaimKind.Strike);
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Casualties);
    }

    [Fact]
    public void Process_SoldiersKilledWithNoWeaponAgent_StayCasualties()
    {
        var doc = Docs.Text("Forty Russian soldiers were killed near Borova, the 3rd Army Corps said.", outlet: "Kharkiv Courier", published: new DateOnly(2026, 2, 12));
        Docs.Place(doc, "Borova", 712345, "Borova");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);
    }
}
