using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// A summary's day total for the whole front ("Over the past day, 164 combat engagements took place") counts many
/// fights told nowhere in particular: no event of its own; the listed villages of the summary give the events.
/// </summary>
public sealed class FrontTallyTests
{
    private static readonly DateOnly Published = new(2025, 12, 12);

    private static List<ConflictEvent> Run(Document doc) => Docs.EventsOf(doc);

    [Theory]
    [InlineData("Over the past day, 164 combat engagements took place. The enemy carried out 58 air strikes and 2,980 shellings of our positions.\n\nIn the Lyman direction, the enemy attacked near Torske and Serednie.", "Torske", "Serednie")]
    [InlineData("Упродовж минулої доби зафіксовано 164 бойові зіткнення. Противник завдав 58 авіаційних ударів та здійснив 2 980 обстрілів позицій наших військ.\n\nНа Лиманському напрямку ворог атакував поблизу Торського та Середнього.", "Торського", "Середнього")]
    [InlineData("За прошедшие сутки произошло 164 боестолкновения. Противник нанес 58 авиационных ударов.\n\nНа Лиманском направлении противник атаковал у Торского и Среднего.", "Торского", "Среднего")]
    public void Process_DayTotalOfAWholeFront_GivesNoEventOfItsOwn(string text, string torske, string serednie)
    {
        var doc = Docs.Text(text, outlet: "General Staff of the Armed Forces of Ukraine", published: Published);
        Docs.Place(doc, torske, 691358, "Torske");
        Docs.Place(doc, serednie, 692999, "Serednie");

        var events = Run(doc);

        Assert.Equal([691358L, 692999L], events.Select(e => e.Location?.GeonameId));
        Assert.All(events, e => Assert.Equal("armed_clash", e.Subtype));
    }

    [Fact]
    public void Process_CountToldAtAPlace_IsAnEvent()
    {
        var doc = Docs.Text("Over the past day, 164 combat engagements took place.\n\nIn the Pokrovsk direction, the enemy carried out 41 assaults near Pokrovsk.",
            outlet: "General Staff of the Armed Forces of Ukraine", published: Published);
        Docs.Place(doc, "Pokrovsk", 704422, "Pokrovsk", occurrence: 1);

        var clash = Assert.Single(Run(doc));

        Assert.Equal(704422, clash.Location?.GeonameId);
    }

    [Fact]
    public void Process_CountOfWeaponsWithNoPlace_IsStillAnAttack()
    {
        var doc = Docs.Text("Overnight, Russia launched 49 drones and three missiles, the Air Force said.\n\nIn Odesa, debris damaged a warehouse.", published: Published);
        Docs.Place(doc, "Odesa", 698740, "Odesa");

        Assert.NotEmpty(Run(doc));
    }

    [Fact]
    public void Process_DocumentNamingNoPlace_KeepsItsTotalAsItsOneReport()
    {
        var doc = Docs.Text("In the south, Ukrainian aviation carried out 18 strikes on enemy positions over the past day, the command said.", published: Published);

        Assert.Single(Run(doc));
    }
}
