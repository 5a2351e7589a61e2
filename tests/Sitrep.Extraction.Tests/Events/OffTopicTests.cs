using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>Words of sports and business stories must not silence war reports that share a stem with them.</summary>
public sealed class OffTopicTests
{
    [Theory]
    [InlineData("Вночі російські дрони атакували Харків, повідомив голова ОВА.")]
    [InlineData("Російські дрони атакували Харків, повідомив голова обласної військової адміністрації.")]
    public void Process_HeadOfAdministrationSpeaks_StrikeIsStillAnEvent(string text)
    {
        var doc = Docs.Text(text, outlet: "Суспільне", published: new DateOnly(2025, 12, 10));
        Docs.Place(doc, "Харків", 706483, "Kharkiv");
        Docs.Sorted(doc);

        new Sitrep.Extraction.Attribution.AttributionStage().Process(doc, CancellationToken.None);
        new Sitrep.Extraction.Events.EventsStage().Process(doc, CancellationToken.None);

        Assert.Single(doc.Events);
    }

    [Fact]
    public void Process_FootballMatchReport_NoEvent()
    {
        var doc = Docs.Text("Шахтар забив гол у ворота Металіста і переміг у матчі в Харкові.", outlet: "Спорт", published: new DateOnly(2025, 12, 7));
        Docs.Place(doc, "Харкові", 706483, "Kharkiv");
        Docs.Sorted(doc);

        new Sitrep.Extraction.Events.EventsStage().Process(doc, CancellationToken.None);

        Assert.Empty(doc.Events);
    }
}
