using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>A wire dateline dates the filing, not the fighting it reports.</summary>
public sealed class DatelineTests
{
    [Theory]
    [InlineData("KHARKIV, Dec 9 (Example Wire) - Russian assault groups attacked Vovchansk from three directions before dawn on Sunday, the regional governor said.")]
    [InlineData("KHARKIV, Ukraine, Dec 9 — Russian assault groups attacked Vovchansk from three directions before dawn on Sunday, the regional governor said.")]
    public void Process_DatelineBeforeEventDay_EventTakesTheDayOfTheFighting(string text)
    {
        var doc = Docs.Text(text, outlet: "Example Wire", published: new DateOnly(2025, 12, 9));
        Docs.Place(doc, "Vovchansk", 689064, "Vovchansk");
        Docs.Time(doc, "Dec 9", new DateOnly(2025, 12, 9), new DateOnly(2025, 12, 9));
        Docs.Time(doc, "on Sunday", new DateOnly(2025, 12, 7), new DateOnly(2025, 12, 7));
        Docs.Sorted(doc);

        new EventsStage().Process(doc, CancellationToken.None);

        var attack = Assert.Single(doc.Events);
        Assert.Equal(new DateOnly(2025, 12, 7), attack.From);
    }

    [Fact]
    public void Process_DateInsideASentence_StillDatesTheEvent()
    {
        var doc = Docs.Text("On Dec 9 - a cold morning - Russian forces attacked Vovchansk, the governor said.", outlet: "Example Wire", published: new DateOnly(2025, 12, 10));
        Docs.Place(doc, "Vovchansk", 689064, "Vovchansk");
        Docs.Time(doc, "Dec 9", new DateOnly(2025, 12, 9), new DateOnly(2025, 12, 9));
        Docs.Sorted(doc);

        new EventsStage().Process(doc, CancellationToken.None);

        Assert.Equal(new DateOnly(2025, 12, 9), Assert.Single(doc.Events).From);
    }

    [Fact]
    public void Process_TimeOfTheSaying_DoesNotDateTheArrest()
    {
        var published = new DateOnly(2026, 2, 12); // a Thursday
        var doc = Docs.Text("The Security Service of Ukraine has detained a man in Lviv suspected of sabotage on the railway, the service said on Thursday.\n\n" +
            "Officers detained him on Wednesday evening near the railway station in Lviv.", outlet: "Example Wire", published: published);
        Docs.Place(doc, "Lviv", 702550, "Lviv");
        Docs.Place(doc, "Lviv", 702550, "Lviv", occurrence: 1);
        Docs.Time(doc, "Thursday", published, published);
        Docs.Time(doc, "on Wednesday evening", published.AddDays(-1), published.AddDays(-1));
        Docs.Sorted(doc);

        Docs.Through(doc, new Sitrep.Extraction.Attribution.AttributionStage(), new EventsStage());

        var arrest = Assert.Single(doc.Events);
        Assert.Equal(published.AddDays(-1), arrest.From);
    }

    [Fact]
    public void Process_TimeBeforeTheReportingVerb_StillDatesTheEvent()
    {
        var doc = Docs.Text("Russian artillery shelled Nikopol on Tuesday, the governor said.", outlet: "Example Wire", published: new DateOnly(2026, 2, 12));
        Docs.Place(doc, "Nikopol", 700051, "Nikopol");
        Docs.Time(doc, "on Tuesday", new DateOnly(2026, 2, 10), new DateOnly(2026, 2, 10));
        Docs.Sorted(doc);

        new EventsStage().Process(doc, CancellationToken.None);

        Assert.Equal(new DateOnly(2026, 2, 10), Assert.Single(doc.Events).From);
    }

    [Fact]
    public void Process_AgreementUnderADateline_IsAtTheDatelinesCity()
    {
        var published = new DateOnly(2026, 3, 3);
        var doc = Docs.Text("ISTANBUL - Ukrainian and Russian negotiators agreed on Monday to a framework for ending the war at sea, trimming a draft that Moscow had favoured, officials said.\n\n" +
            "The delegations will meet again in Istanbul next month.", outlet: "Example Wire", published: published);
        Docs.Place(doc, "ISTANBUL", 745044, "Istanbul", country: "TR"); // the places stage reads the dateline as the city
        Docs.Place(doc, "Moscow", 524901, "Moscow", country: "RU");
        Docs.Place(doc, "Istanbul", 745044, "Istanbul", country: "TR");
        Docs.Time(doc, "on Monday", published.AddDays(-1), published.AddDays(-1));
        Docs.Sorted(doc);

        Docs.Through(doc, new Sitrep.Extraction.Attribution.AttributionStage(), new EventsStage());

        var agreement = Assert.Single(doc.Events, e => e.Subtype == "agreement");
        Assert.Equal(745044, agreement.Location?.GeonameId);
        Assert.Equal(published.AddDays(-1), agreement.From);
    }
}
