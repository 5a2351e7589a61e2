using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// "The governor of the Bryansk region said drones had attacked a facility in the region": "the region" is the region
/// named last before it, also a region of Russia when its own sentence or the sentence before named it (here in the
/// speaker's title). A Russian region named further back, as where drones came from, is not taken.
/// </summary>
public sealed class ForeignRegionNamedJustBeforeTests
{
    private const long BryanskRegion = 571473;

    [Theory]
    [InlineData("The governor of the Bryansk region said drones had attacked an industrial facility in the region overnight.")]
    [InlineData("Губернатор Брянської області повідомив, що над областю вночі збито п'ять безпілотників.")]
    [InlineData("Губернатор Брянской области сообщил, что над областью ночью сбиты пять беспилотников.")]
    public void Process_RegionInTheSpeakersTitle_IsTheRegion(string text)
    {
        var claims = Docs.Processed(text, "2026-06-03", outlet: "Test Wire").Claims;

        Assert.Equal(BryanskRegion, Assert.Single(claims).Place?.GeonameId);
    }

    [Theory]
    [InlineData("Drones were launched from the Bryansk region, the Air Force said. The night was loud in Sumy. Trains ran late. The Sumy administration said debris fell across the region.")]
    public void Process_RegionOfRussiaNamedFurtherBack_NotTaken(string text)
    {
        // twin: a launch region three sentences back is not "the region"
        var doc = Docs.Processed(text, "2026-06-03", outlet: "Test Wire");

        Assert.DoesNotContain(doc.Claims, c => c.Place?.GeonameId == BryanskRegion && doc.Slice(c.Span).Contains("debris", StringComparison.Ordinal));
    }
}
