using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Briefing phrasings: clearing a town is fighting there, artillery counted among losses is equipment, and a count
/// of engagements along the whole front is no event.
/// </summary>
public sealed class SummaryWordsTests
{
    private const long Myrnohrad = 710035;
    private static readonly DateOnly Published = new(2025, 12, 6);

    private static List<ConflictEvent> Run(Document doc) => Docs.EventsOf(doc);

    [Theory]
    [InlineData("Units of the Centre group of forces continued clearing Myrnohrad of Ukrainian formations.", "Myrnohrad")]
    [InlineData("Подразделения группировки войск «Центр» продолжили зачистку Димитрова от подразделений ВСУ.", "Димитрова")]
    [InlineData("Російські підрозділи продовжують зачистку Мирнограда, повідомили в угрупованні.", "Мирнограда")]
    public void Process_ClearingATown_IsAClashThere(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Ministry of Defence of the Russian Federation", published: Published);
        Docs.Place(doc, town, Myrnohrad, "Myrnohrad");

        var clash = Assert.Single(Run(doc));

        Assert.Equal("armed_clash", clash.Subtype);
        Assert.Equal(Myrnohrad, clash.Location?.GeonameId);
    }

    [Theory]
    [InlineData("Near Myrnohrad the enemy lost up to 460 servicemen, two tanks and five field artillery guns.", "Myrnohrad")]
    [InlineData("The enemy lost two MLRS launchers and three mortar tubes near Myrnohrad.", "Myrnohrad")]
    public void Process_ArtilleryCountedAmongLosses_IsNoShelling(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Ministry of Defence of the Russian Federation", published: Published);
        Docs.Place(doc, town, Myrnohrad, "Myrnohrad");

        Assert.DoesNotContain(Run(doc), e => e.Subtype == "shelling_artillery_missile_attack");
    }

    [Fact]
    public void Process_EngagementsAlongTheWholeFront_AreNoEvent()
    {
        var doc = Docs.Text("Over the past day, Ukraine's General Staff reported 171 combat engagements along the front, the heaviest in the Pokrovsk direction.", published: Published);
        Docs.Place(doc, "Pokrovsk", 704422, "Pokrovsk", role: PlaceRole.Direction);

        Assert.Empty(Run(doc));
    }

    [Theory]
    [InlineData("Напомним, с начала декабря в Белгородской области в результате атак пострадали около 40 человек.", "Белгородской области")]
    [InlineData("Нагадаємо, минулого тижня ворог атакував Суми дронами.", "Суми")]
    public void Process_WhatTheOutletRecalls_IsNoEvent(string text, string place)
    {
        var doc = Docs.Text(text, published: Published);
        Docs.Place(doc, place, 692194, "Sumy");

        Assert.Empty(Run(doc));
    }
}
