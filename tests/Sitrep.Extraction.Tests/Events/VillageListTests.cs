using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>Summaries that list villages (one fight at each) and strikes launched from far away (not located there).</summary>
public sealed class VillageListTests
{
    private static Document Run(Document doc) => Docs.Through(doc, new AttributionStage(), new ClaimsStage(), new EventsStage());

    [Fact]
    public void Process_ClashesListingVillages_GiveOneClashPerVillage()
    {
        var doc = Docs.Text("На Костянтинівському напрямку окупанти 17 разів атакували поблизу Плещіївки, Іванопілля та Степанівки.",
            outlet: "General Staff of the Armed Forces of Ukraine", published: new DateOnly(2025, 12, 12));
        Docs.Place(doc, "Плещіївки", 9114055, "Pleshchiivka");
        Docs.Place(doc, "Іванопілля", 707464, "Ivanopillia");
        Docs.Place(doc, "Степанівки", 692588, "Stepanivka");
        Docs.Quantity(doc, "17 разів", 17, Units.Attacks);

        var events = Run(doc).Events;

        Assert.Equal([9114055L, 707464L, 692588L], events.Select(e => e.Location!.GeonameId));
        Assert.All(events, e => Assert.Equal("armed_clash", e.Subtype));
        Assert.Single(events, e => e.Quantities.Count > 0); // "17 разів" is told once, not per village
    }

    [Theory]
    [InlineData("Авіаційних ударів зазнали райони населених пунктів Суми Сумської області; Нікополь, Марганець Дніпропетровської області.", "Суми", "Нікополь", "Марганець", "Сумської області", "Дніпропетровської області")]
    [InlineData("Guided aerial bombs hit the areas of Sumy in Sumy region; Nikopol and Marhanets in Dnipropetrovsk region.", "Sumy", "Nikopol", "Marhanets", "Sumy region", "Dnipropetrovsk region")]
    public void Process_AirStrikesListedByRegion_GiveOneStrikePerSettlement(string text, string sumy, string nikopol, string marhanets, string region1, string region2)
    {
        var doc = Docs.Text(text, outlet: "General Staff of the Armed Forces of Ukraine", published: new DateOnly(2025, 12, 12));
        Docs.Place(doc, sumy, 692194, "Sumy");
        Docs.Place(doc, region1, 692196, "Sumy Oblast", featureCode: "ADM1");
        Docs.Place(doc, nikopol, 700051, "Nikopol");
        Docs.Place(doc, marhanets, 701855, "Marhanets");
        Docs.Place(doc, region2, 709929, "Dnipropetrovsk Oblast", featureCode: "ADM1");

        var events = Run(doc).Events;

        Assert.Equal([692194L, 700051L, 701855L], events.Select(e => e.Location!.GeonameId));
        Assert.All(events, e => Assert.Equal("air_drone_strike", e.Subtype));
    }

    [Fact]
    public void Process_DefeatedManpowerNearListedVillages_GivesOneClashEach()
    {
        var doc = Docs.Text("Units of the West group of forces defeated manpower of two mechanized brigades near Kupiansk and Petropavlivka.",
            outlet: "Ministry of Defence of the Russian Federation", published: new DateOnly(2025, 12, 6));
        Docs.Place(doc, "Kupiansk", 703656, "Kupiansk");
        Docs.Place(doc, "Petropavlivka", 697421, "Petropavlivka");

        var events = Run(doc).Events;

        Assert.Equal([703656L, 697421L], events.Select(e => e.Location!.GeonameId));
        Assert.All(events, e => Assert.Equal("armed_clash", e.Subtype));
    }

    [Theory]
    [InlineData("Russian drones attacked Nikopol overnight, the regional governor said.\n\nIn the afternoon artillery shells hit a school, the governor added.", 700051L)]
    [InlineData("Russian drones attacked Nikopol and Marhanets overnight, the regional governor said.\n\nIn the afternoon artillery shells hit a school, the governor added.", null)]
    public void Process_NoPlaceInItsParagraph_TakesTheOneSettlementOfTheParagraphBefore(string text, long? location)
    {
        var doc = Docs.Text(text, published: new DateOnly(2025, 12, 12));
        Docs.Place(doc, "Nikopol", 700051, "Nikopol");
        if (text.Contains("Marhanets", StringComparison.Ordinal))
        {
            Docs.Place(doc, "Marhanets", 701855, "Marhanets");
        }

        var shelling = Assert.Single(Run(doc).Events, e => e.Subtype == "shelling_artillery_missile_attack");

        Assert.Equal(location, shelling.Location?.GeonameId);
    }

    [Fact]
    public void Process_PlacesInDifferentClauses_AreNotAList()
    {
        var doc = Docs.Text("Russian troops attacked near Pleshchiivka in the morning, while Ivanopillia stayed quiet.",
            outlet: "General Staff of the Armed Forces of Ukraine", published: new DateOnly(2025, 12, 12));
        Docs.Place(doc, "Pleshchiivka", 9114055, "Pleshchiivka");
        Docs.Place(doc, "Ivanopillia", 707464, "Ivanopillia");

        var clash = Assert.Single(Run(doc).Events);

        Assert.Equal(9114055, clash.Location!.GeonameId);
    }

    [Theory]
    [InlineData("Overnight Russia launched 80 Shahed drones from the directions of Kursk and Oryol. Energy facilities were hit.", null)]
    [InlineData("Overnight Ukrainian drones struck fuel depots in Kursk and Oryol. Energy facilities were hit.", 538560L)]
    public void Process_LaunchSites_DoNotLocateTheStrike(string text, long? location)
    {
        var doc = Docs.Text(text, published: new DateOnly(2025, 12, 19));
        Docs.Place(doc, "Kursk", 538560, "Kursk", country: "RU");
        Docs.Place(doc, "Oryol", 515012, "Oryol", country: "RU");

        var events = Run(doc).Events;

        Assert.NotEmpty(events);
        Assert.Equal(location, events[0].Location?.GeonameId);
    }

    [Theory]
    [InlineData("Air defence shot down 37 drones over the Belgorod region overnight.", 0)]
    [InlineData("Air defence shot down 37 drones over the Belgorod region overnight; debris fell on a house.", 1)]
    [InlineData("An Iskander-M missile struck the Belgorod region overnight and could not be intercepted.", 1)]
    public void Process_Interceptions_AreNoStrike(string text, int events)
    {
        var doc = Docs.Text(text, published: new DateOnly(2025, 12, 10));
        Docs.Place(doc, "Belgorod region", 578071, "Belgorod Oblast", country: "RU", featureCode: "ADM1");

        Assert.Equal(events, Run(doc).Events.Count);
    }

    [Theory]
    [InlineData("Russia's Defence Ministry said its troops had captured Siversk. Ukraine's Eastern group of forces denied that Siversk had been captured.", 0)]
    [InlineData("Russia's Defence Ministry said its troops had captured Siversk. Ukraine's Eastern group of forces confirmed the withdrawal.", 1)]
    public void Process_ContestedCapture_IsNoTerritoryEvent(string text, int captures)
    {
        var doc = Docs.Text(text, published: new DateOnly(2025, 12, 10));
        for (var k = 0; k < text.Split("Siversk").Length - 1; k++)
        {
            Docs.Place(doc, "Siversk", 694403, "Siversk", occurrence: k);
        }

        var events = Run(doc).Events;

        Assert.Equal(captures, events.Count(e => e.Subtype == "non_state_actor_overtakes_territory"));
        Assert.Contains(events, e => e.Location?.GeonameId == 694403); // fighting at Siversk either way
    }

    [Theory]
    [InlineData("Уночі агресор бив по району з важкої артилерії. Під ударами були Нікополь і Марганець.", 700051L)]
    [InlineData("Уночі агресор бив по району з важкої артилерії.\n\nПід ударами були Нікополь і Марганець.", null)]
    public void Process_TownNamedInTheNextSentence_LocatesTheStrike(string text, long? location)
    {
        var doc = Docs.Text(text, published: new DateOnly(2025, 12, 12));
        Docs.Place(doc, "Нікополь", 700051, "Nikopol");
        Docs.Place(doc, "Марганець", 702972, "Marhanets");

        var strike = Run(doc).Events.First(e => e.Subtype == "shelling_artillery_missile_attack");

        Assert.Equal(location, strike.Location?.GeonameId); // a new paragraph does not lend its town
    }

    [Theory]
    [InlineData("Russian missiles hit Kyiv overnight, killing three people. Moscow said the strike was a response to Ukrainian attacks.", false)]
    [InlineData("Ukrainian drones struck a fuel depot in Moscow overnight, the Russian Defence Ministry said.", true)]
    public void Process_CapitalThatSpeaks_DoesNotLocateTheEvent(string text, bool atMoscow)
    {
        var doc = Docs.Text(text, published: new DateOnly(2025, 12, 14));
        if (text.Contains("Kyiv", StringComparison.Ordinal))
        {
            Docs.Place(doc, "Kyiv", 703448, "Kyiv");
        }

        Docs.Place(doc, "Moscow", 524901, "Moscow", country: "RU", featureCode: "PPLC");

        var events = Run(doc).Events;

        Assert.NotEmpty(events);
        Assert.Equal(atMoscow, events.Exists(e => e.Location?.GeonameId == 524901));
    }

    [Theory]
    [InlineData("На Олександрівському напрямку ворог шість разів намагався просунутися біля Соснівки та Вишневого.", "Соснівки", "Вишневого")]
    [InlineData("On the Oleksandrivka axis, Russian troops attempted to advance five times near Sosnivka and Vyshneve.", "Sosnivka", "Vyshneve")]
    [InlineData("На Александровском направлении противник пытался продвинуться у Сосновки и Вишневого.", "Сосновки", "Вишневого")]
    public void Process_AttemptsToAdvanceNearListedVillages_GiveOneClashEach(string text, string sosnivka, string vyshneve)
    {
        var doc = Docs.Text(text, outlet: "General Staff of the Armed Forces of Ukraine", published: new DateOnly(2025, 12, 12));
        Docs.Place(doc, sosnivka, 693095, "Sosnivka");
        Docs.Place(doc, vyshneve, 689983, "Vyshneve");

        var events = Run(doc).Events;

        Assert.Equal([693095L, 689983L], events.Select(e => e.Location!.GeonameId));
        Assert.All(events, e => Assert.Equal("armed_clash", e.Subtype));
    }
}
