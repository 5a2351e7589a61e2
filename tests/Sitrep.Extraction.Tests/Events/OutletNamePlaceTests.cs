using Sitrep.Core.Documents;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>A channel or an outlet named after a town never locates the strike it reports.</summary>
public sealed class OutletNamePlaceTests
{
    private static List<Sitrep.Core.Model.ConflictEvent> Events(string text) =>
        Docs.Processed(text, "2026-01-20", outlet: "Test Channel").Events;

    [Fact]
    public void Process_ChannelNamedAfterTown_StrikeStaysWhereTheStoryPutsIt()
    {
        var events = Events("Ночью беспилотник попал в склад на окраине Рыльска, начался пожар, сообщил глава района.\n\n"
            + "По словам очевидцев, на которых ссылается телеграм-канал «Курск 24», взрывов было не меньше трех.");

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.NotEqual("Kursk", e.Location?.Name));
    }

    [Fact]
    public void Process_OutletNamedAfterCity_TheTownIsTheStorysTown()
    {
        var events = Events("Russian forces keep pressing on Kupiansk from the north.\n\n"
            + "On Monday evening, an FPV drone struck a van evacuating residents from the town, wounding the driver, a police officer told the Kharkiv Observer.");

        var strike = Assert.Single(events, e => e.Subtype == "air_drone_strike");
        Assert.Equal("Kupiansk", strike.Location?.Name);
    }
}
