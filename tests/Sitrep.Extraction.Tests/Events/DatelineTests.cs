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
}
