using Sitrep.Core.Documents;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// "claiming that a Ukrainian air defence missile had fallen on the station": a weapon that fell on something struck it,
/// a strike claim. Debris of a weapon brought down ("debris fell on a roof", "обломки упали на крышу") strikes nothing.
/// </summary>
public sealed class FallenWeaponTests
{
    private static Document Run(string text) =>
        SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata { Outlet = "Test Herald", Published = new DateOnly(2026, 4, 2) }));

    [Theory]
    [InlineData("The governor said a Ukrainian missile had fallen on the bus station in Kherson.")]
    [InlineData("Губернатор заявив, що українська ракета впала на автовокзал у Херсоні.")]
    [InlineData("Губернатор заявил, что украинская ракета упала на автовокзал в Херсоне.")]
    public void Process_WeaponFellOnATarget_IsAStrike(string text)
    {
        Assert.Contains(Run(text).Claims, c => c.Kind == ClaimKind.Strike);
    }

    [Theory]
    [InlineData("The governor said two drones were shot down over Kherson, and debris fell on the roof of a warehouse.")]
    [InlineData("Губернатор заявив, що над Херсоном збили два дрони, уламки впали на дах складу.")]
    [InlineData("Губернатор заявил, что над Херсоном сбили два беспилотника, обломки упали на крышу склада.")]
    public void Process_DebrisFell_IsNoStrike(string text)
    {
        Assert.DoesNotContain(Run(text).Claims, c => c.Kind == ClaimKind.Strike);
    }
}
