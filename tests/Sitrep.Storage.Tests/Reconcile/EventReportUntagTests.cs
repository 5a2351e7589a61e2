using Sitrep.Core.Contract;
using Sitrep.Reconcile.Events;
using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests.Reconcile;

/// <summary>The store keeps a document's events once, as its reports, and gives the extraction back from them.</summary>
public sealed class EventReportUntagTests
{
    private const string Evidence = "Two drones hit a depot near Pokrovsk overnight, the regional governor said.";

    /// <summary>An extracted event with every field the contract has set (a field added to the contract later fails
    /// the check below until tagging and untagging carry it).</summary>
    private static ExtractOutput Extracted(Action<EventDto>? check = null)
    {
        var text = Evidence + " Nobody was hurt.";
        var built = new DocBuilder(text, "Donetsk Desk", "2025-11-04") { Title = "Depot hit", Medium = "web" }
            .Event("air_drone_strike", Evidence, Place.Pokrovsk.Location(), "2025-11-03", "2025-11-04").Build();
        var e = built.Events[0];
        var full = new EventDto
        {
            Id = e.Id, Type = e.Type, Subtype = e.Subtype, From = e.From, To = e.To, TimePrecision = e.TimePrecision,
            Location = e.Location,
            Actors = [new ActorDto { Name = "Russian forces", Side = "RU", Role = "attacker" }],
            Quantities = [new QuantityDto { Text = "Two drones", Start = 0, End = 10, Value = 2, Approximate = false, Unit = "drones" }],
            Outcome = "damage",
            Sources = [new SourceDto { Name = "regional governor", Medium = "telegram", Via = ["Donetsk Desk"] }, new SourceDto { Name = "Donetsk Desk", Via = [] }],
            Evidence = [.. e.Evidence],
            Confidence = 0.75, DateNote = "overnight", Trigger = "hit",
        };
        check?.Invoke(full);
        return new ExtractOutput
        {
            Document = built.Document, Places = [], Times = [], Quantities = [], Attributions = [], Claims = [], Events = [full],
        };
    }

    [Fact]
    public void Untag_ReportOfAnExtractedEvent_GivesTheEventBackExactly()
    {
        var analysed = Extracted(e =>
        {
            // every field but the ones only the store fills is set, so none can be lost on the way back
            var unset = typeof(EventDto).GetProperties().Where(p => p.Name != nameof(EventDto.Documents) && p.GetValue(e) is null).Select(p => p.Name);
            Assert.Empty(unset);
        });
        var report = EventReport.FromDocument(analysed, 1)[0].Event;

        Assert.True(EventReport.CanUntag(analysed.Events[0]));
        Assert.NotEqual(SitrepJson.Serialize(analysed.Events[0]), SitrepJson.Serialize(report));
        Assert.Equal(SitrepJson.Serialize(analysed.Events[0]), SitrepJson.Serialize(EventReport.Untag(report)));
    }

    [Fact]
    public void CanUntag_EventWithoutSourceOrWithStoreFields_IsKeptWhole()
    {
        var noSource = Extracted().Events[0];
        noSource.Sources.Clear(); // tagged, it gets the outlet as its source: not told apart from an extracted one
        var dated = Extracted().Events[0];
        dated.Sources[0] = new SourceDto { Name = "governor", Via = [], Published = "2025-11-04" };

        Assert.False(EventReport.CanUntag(noSource));
        Assert.False(EventReport.CanUntag(dated));
    }
}
