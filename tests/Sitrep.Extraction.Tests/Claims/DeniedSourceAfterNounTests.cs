using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A denial that names whose claim it denies after the claim noun ("опроверг заявления российских пропагандистов о том,
/// что Степногорск окружён", "спростував заяви російських пропагандистів про те, що ...", "denied claims by Russian
/// bloggers that ...") records that claim too, asserted by the side named. A denial naming no source records none.
/// </summary>
public sealed class DeniedSourceAfterNounTests
{
    [Theory]
    [InlineData("Речник угруповання Роман Ткаченко спростував заяви російських пропагандистів про те, що Степногірськ нібито оточений.", "Степногірськ")]
    [InlineData("Представитель группировки Роман Ткаченко опроверг заявления российских пропагандистов о том, что Степногорск якобы окружён.", "Степногорск")]
    [InlineData("The group's spokesman Roman Tkachenko denied claims by Russian bloggers that Stepnohirsk had been encircled.", "Stepnohirsk")]
    public void Process_SourceAfterTheClaimNoun_TheDeniedClaimIsRecorded(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Test Post");
        Docs.Place(doc, town, 692248, "Stepnohirsk");

        var claims = Docs.ClaimsOf(doc);

        Assert.Contains(claims, c => c.Kind == ClaimKind.Encirclement && c.Stance == Stance.Denies);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Encirclement && c.Stance == Stance.Asserts && c.Side == "RU");
    }

    [Fact]
    public void Process_NoSourceNamed_OnlyTheDenial()
    {
        // twin: the claim denied names no one
        var doc = Docs.Text("Речник угруповання Роман Ткаченко спростував інформацію про те, що Степногірськ нібито оточений.", outlet: "Test Post");
        Docs.Place(doc, "Степногірськ", 692248, "Stepnohirsk");

        var claims = Docs.ClaimsOf(doc);

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Encirclement && c.Stance == Stance.Asserts);
    }
}
