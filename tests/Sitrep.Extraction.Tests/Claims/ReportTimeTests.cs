using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>A sentence of an own channel that names no time tells of the time the post or summary reports on.</summary>
public sealed class ReportTimeTests
{
    private static readonly DateOnly Published = new(2026, 3, 12);

    private static Document Run(Document doc) => Docs.Through(doc, new AttributionStage(), new ClaimsStage());

    [Fact]
    public void Process_OwnChannelSentenceWithoutTime_TakesTheReportsTime()
    {
        var doc = Docs.Text("Over the past day, 140 combat engagements took place. Our defenders repelled six attacks near Kupiansk.",
            outlet: "General Staff of the Armed Forces of Ukraine", published: Published);
        Docs.Time(doc, "Over the past day", Published.AddDays(-1), Published);
        Docs.Place(doc, "Kupiansk", 704508, "Kupiansk");

        var repelled = Run(doc).Claims.Single(c => c.Kind == ClaimKind.Repelled);

        Assert.Equal(Published.AddDays(-1), repelled.From);
        Assert.Equal(Published, repelled.To);
    }

    [Fact]
    public void Process_TallySinceTheInvasion_IsNotTheReportsTime()
    {
        var doc = Docs.Text("Since February 2022, the enemy has lost 900,000 soldiers. Our defenders repelled six attacks near Kupiansk.",
            outlet: "General Staff of the Armed Forces of Ukraine", published: Published);
        Docs.Time(doc, "Since February 2022", new DateOnly(2022, 2, 1), Published, TimePrecision.Month);
        Docs.Place(doc, "Kupiansk", 704508, "Kupiansk");

        var repelled = Run(doc).Claims.Single(c => c.Kind == ClaimKind.Repelled);

        Assert.Null(repelled.From);
    }

    [Fact]
    public void Process_AttributedControlClaimInANewsStory_StaysUndated()
    {
        var doc = Docs.Text("Fighting went on overnight around Kupiansk. The General Staff said its defenders still hold Kupiansk.",
            outlet: "Harbour News", published: Published);
        Docs.Time(doc, "overnight", Published.AddDays(-1), Published);
        Docs.Place(doc, "Kupiansk", 704508, "Kupiansk");
        Docs.Place(doc, "Kupiansk", 704508, "Kupiansk", occurrence: 1);

        var control = Run(Docs.Sorted(doc)).Claims.Single(c => c.Kind == ClaimKind.Control);

        Assert.Null(control.From);
    }
}
