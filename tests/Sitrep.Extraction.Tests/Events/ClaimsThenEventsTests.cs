using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Quantities;
using Sitrep.Extraction.Text;
using Sitrep.Extraction.Time;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The events stage reads again what the claims stage read of a document before it (whether it is off topic, whose
/// own channel it is, its times, quantities and attributions by sentence): its events must be the ones it finds on
/// its own, and a district the claims read as its city stays the district in the events.
/// </summary>
public sealed class ClaimsThenEventsTests
{
    [Theory]
    [InlineData("Russian drones struck the Saltivskyi district of Kharkiv overnight, injuring three people, the regional governor said on Tuesday.")]
    [InlineData("Уночі російські дрони атакували Салтівський район Харкова, троє людей поранені, повідомив голова ОВА.")]
    [InlineData("Two missiles hit an energy facility in Odesa on Monday, the operator said. Ukraine's air force said it shot down 40 drones.")]
    public void Process_AfterTheClaimsStage_FindsTheEventsItFindsAlone(string text)
    {
        var withClaims = Run(text, new AttributionStage(), new ClaimsStage(), new EventsStage());
        var alone = Run(text, new AttributionStage(), new EventsStage());

        Assert.NotEmpty(alone.Events);
        Assert.Equal(Summary(alone), Summary(withClaims));
    }

    [Fact]
    public void Process_SameDocumentWithMoreAttributions_ReadsThemAgain()
    {
        // the claims stage ran on the document before its attributions were found: the events stage must not read
        // what the claims stage saw then (no attributions) but what the document has now
        const string text = "Russian drones struck the Saltivskyi district of Kharkiv overnight, injuring three people, the regional governor said on Tuesday.";
        var doc = Run(text, new ClaimsStage());
        new AttributionStage().Process(doc, CancellationToken.None);
        new EventsStage().Process(doc, CancellationToken.None);

        var fresh = Run(text, new AttributionStage(), new EventsStage());

        Assert.Equal(Summary(fresh), Summary(doc));
    }

    private static Document Run(string text, params IStage[] stages)
    {
        var doc = new Document(text, new DocumentMetadata { Published = new DateOnly(2025, 6, 3), Outlet = "Example News" });
        IStage[] before = [new TextStage(), new PlacesStage(), new TimeStage(), new QuantitiesStage()];
        foreach (var stage in before.Concat(stages))
        {
            stage.Process(doc, CancellationToken.None);
        }

        return doc;
    }

    private static List<string> Summary(Document doc) =>
        [.. doc.Events.Select(e => $"{e.Type}/{e.Subtype} {e.Location?.Name} {e.Location?.Detail} {e.From} {e.To} {e.Quantities.Count} {string.Join(",", e.Actors.Select(a => a.Name))} {string.Join(",", e.Sources.Select(s => s.Name))}")];
}
