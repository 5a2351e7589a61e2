using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>One republished wire story, end to end through attribution, claims and events.</summary>
public sealed class WireStoryTests
{
    private const string Story =
        "Moscow claims Kupiansk; Kyiv says its troops still hold the north\n\n" +
        "Baltic Ledger reports, citing AFP, that Russia's Defence Ministry said on Tuesday its West group of forces had taken full control of Kupiansk.\n\n" +
        "Ukraine's General Staff denied the claim. The northern part of Kupiansk remains under Ukrainian control, the 7th Rapid Response Corps said on Telegram, adding that 11 assaults were repelled near the town.\n\n" +
        "The claims could not be independently verified.\n\n" +
        "Russian forces first captured Kupiansk in February 2022 before Ukraine retook it that September.";

    private static Document Analyse()
    {
        var doc = Docs.Text(Story, outlet: "Caspian Wire", published: new DateOnly(2025, 11, 20));
        var count = (Story.Length - Story.Replace("Kupiansk", "", StringComparison.Ordinal).Length) / "Kupiansk".Length;
        for (var k = 0; k < count; k++)
        {
            Docs.Place(doc, "Kupiansk", 704508, "Kupiansk", occurrence: k);
        }

        Docs.Time(doc, "on Tuesday", new DateOnly(2025, 11, 18), new DateOnly(2025, 11, 18));
        Docs.Time(doc, "in February 2022", new DateOnly(2022, 2, 1), new DateOnly(2022, 2, 28), TimePrecision.Month);
        Docs.Quantity(doc, "11 assaults", 11, Units.Attacks);
        Docs.Sorted(doc);
        new AttributionStage().Process(doc, CancellationToken.None);
        new ClaimsStage().Process(doc, CancellationToken.None);
        new EventsStage().Process(doc, CancellationToken.None);
        return doc;
    }

    [Fact]
    public void Attributions_RelayChainAndSpeakers()
    {
        var doc = Analyse();

        var ministry = doc.Attributions.Single(a => a.Speaker == "Ministry of Defence of the Russian Federation");
        Assert.Equal(["Caspian Wire", "Baltic Ledger", "AFP"], ministry.Via);
        // "..., the corps said on Telegram, adding that 11 assaults were repelled": two statements on one channel
        var corps = doc.Attributions.Where(a => a.Speaker == "7th Rapid Response Corps").ToList();
        Assert.Equal(2, corps.Count);
        Assert.All(corps, c => Assert.Equal("telegram", c.Medium));
        Assert.Equal("could not be independently verified", corps[^1].Hedge);
    }

    [Fact]
    public void Claims_RussianFullControlContradictsUkrainianNorthAndDenial()
    {
        var claims = Analyse().Claims;

        var russian = claims.First(c => c.Side == "RU" && c.Extent == "full" && c.Kind == ClaimKind.Capture);
        Assert.Equal(new DateOnly(2025, 11, 18), russian.From);
        // the headline's "hold the north" is the north of the town its other clause names
        Assert.Equal(704508, claims.First(c => c.Side == "UA" && c.Extent == "north").Place?.GeonameId);
        var north = claims.Single(c => c.Claimant == "7th Rapid Response Corps" && c.Extent == "north");
        var denial = claims.Single(c => c.Side == "UA" && c.Stance == Stance.Denies);
        Assert.Contains(north.Id, russian.Contradicts);
        Assert.Contains(denial.Id, russian.Contradicts);
        Assert.Contains(russian.Id, north.Contradicts);
    }

    [Fact]
    public void Events_ContestedCaptureAndRepelledAssaults_NoBackgroundEvent()
    {
        var events = Analyse().Events;

        // Moscow's capture is denied by the General Staff: a contested claim, not a change of hands
        Assert.DoesNotContain(events, e => e.Subtype == "non_state_actor_overtakes_territory");
        var clash = events.Single(e => e.Subtype == "armed_clash");
        Assert.Equal("repelled", clash.Outcome);
        Assert.Contains(clash.Quantities, q => q.Value == 11);
        Assert.DoesNotContain(events, e => e.From?.Year == 2022);
    }
}
