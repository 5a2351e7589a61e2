using Sitrep.Core.Model;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>Counts over several days sum many happenings: they are not one event.</summary>
public sealed class TallyTests
{
    [Theory]
    [InlineData("In the past week alone, the city administration counted 1,860 shells and drones fired at Kherson.", "the past week", 4, 11)]
    [InlineData("Over the past three days Russian forces fired a total of 640 shells at Kherson, officials said.", "the past three days", 8, 11)]
    public void Process_MultiDayTally_NoEvent(string text, string when, int fromDay, int toDay)
    {
        var doc = Docs.Text(text, outlet: "Kherson Online", published: new DateOnly(2025, 12, 11));
        Docs.Place(doc, "Kherson", 706448, "Kherson");
        Docs.Time(doc, when, new DateOnly(2025, 12, fromDay), new DateOnly(2025, 12, toDay), TimePrecision.Days);
        Docs.Sorted(doc);

        new EventsStage().Process(doc, CancellationToken.None);

        Assert.Empty(doc.Events);
    }

    [Fact]
    public void Process_SingleDayCountedCasualties_StillAnEvent()
    {
        var doc = Docs.Text("Russian artillery shelled Kherson on Thursday, and officials counted two dead.", outlet: "Kherson Online", published: new DateOnly(2025, 12, 11));
        Docs.Place(doc, "Kherson", 706448, "Kherson");
        Docs.Time(doc, "on Thursday", new DateOnly(2025, 12, 11), new DateOnly(2025, 12, 11));
        Docs.Sorted(doc);

        new EventsStage().Process(doc, CancellationToken.None);

        Assert.Single(doc.Events);
    }
}
