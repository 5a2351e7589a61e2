using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>Every denial verb of the three languages makes its claim a denial: "заперечила", "заперечують", "отрицают".</summary>
public sealed class DenialVerbTests
{
    [Theory]
    [InlineData("Москва заперечила удари по цивільних об'єктах у Херсоні.")]
    [InlineData("У Міноборони Росії заперечують удари по житлових будинках Херсона.")]
    [InlineData("В Кремле отрицают удары по жилым домам в Херсоне.")]
    [InlineData("Минобороны России отрицает удары по жилым кварталам Херсона.")]
    public void Process_DenialVerb_DeniesTheStrike(string text)
    {
        var doc = Docs.Text(text, outlet: "Dnipro Courier");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(ClaimKind.Strike, claim.Kind);
        Assert.Equal(Stance.Denies, claim.Stance);
    }
}
