using Sitrep.Core.Documents;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// "The ministry said its troops had taken Siversk. It said Ukraine had lost 1,200 servicemen in the town. The corps
/// rejected the claim.": a bare denial answers the claim about the ground the paragraph before made, not a figure told
/// after it. With no such claim, it answers the latest.
/// </summary>
public sealed class BareDenialGroundTests
{
    private static Document Run(string text) =>
        SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata { Outlet = "Test Explainer", Published = new DateOnly(2026, 4, 16) }));

    [Theory]
    [InlineData("Russia's Defence Ministry said its troops had taken full control of Siversk. It said Ukraine had lost 1,200 servicemen in the town.\n\nUkraine's 3rd Army Corps rejected the claim.")]
    [InlineData("Міністерство оборони Росії заявило, що його війська захопили Сіверськ. Міністерство заявило, що Україна втратила в місті 1200 військових.\n\nУ 3-му армійському корпусі це спростували.")]
    [InlineData("Министерство обороны России заявило, что его войска взяли Северск. Министерство заявило, что Украина потеряла в городе 1200 военнослужащих.\n\nВ 3-м армейском корпусе это опровергли.")]
    public void Process_BareDenialAfterGroundAndLosses_DeniesTheGround(string text)
    {
        var denial = Assert.Single(Run(text).Claims, c => c.Stance == Stance.Denies);

        Assert.Equal(ClaimKind.Capture, denial.Kind);
    }

    [Theory]
    [InlineData("Russia's Defence Ministry said Ukraine had lost 1,200 servicemen in Siversk.\n\nUkraine's 3rd Army Corps rejected the claim.")]
    [InlineData("Министерство обороны России заявило, что Украина потеряла в Северске 1200 военнослужащих.\n\nВ 3-м армейском корпусе это опровергли.")]
    public void Process_BareDenialAfterLossesAlone_DeniesTheLosses(string text)
    {
        var denial = Assert.Single(Run(text).Claims, c => c.Stance == Stance.Denies);

        Assert.Equal(ClaimKind.Casualties, denial.Kind);
    }
}
