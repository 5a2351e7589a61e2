using Sitrep.Core.Documents;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>A fire or an aftermath "eliminated" ("рятувальники ліквідували пожежу") is firefighting: no clash, no one killed.</summary>
public sealed class FirefightingTests
{
    [Theory]
    [InlineData("Крім того, у Херсоні рятувальники ліквідували пожежу на складі, повідомили в ДСНС.")]
    [InlineData("Кроме того, в Херсоне спасатели ликвидировали пожар на складе, сообщили в МЧС.")]
    [InlineData("In Kherson, rescuers also eliminated a fire at a warehouse, the emergency service said.")]
    public void Process_FirePutOut_IsNoEventAndNoLosses(string text)
    {
        var doc = SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata { Outlet = "South Desk", Published = new DateOnly(2025, 12, 10) }));

        Assert.DoesNotContain(doc.Events, e => e.Subtype is "armed_clash");
        Assert.DoesNotContain(doc.Claims, c => c.Kind == ClaimKind.Casualties);
    }
}
