using Sitrep.Core.Documents;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>The misreadings seen on the sample corpus, each as one short text through the whole pipeline.</summary>
public sealed class TriggerRulesTests
{
    private static List<string> Subtypes(string text, string published = "2025-11-18") =>
        Docs.Processed(text, published).Events.ConvertAll(e => e.Subtype);

    [Theory]
    [InlineData("Its units had killed or captured 34 Russian soldiers near Pokrovsk over the past day, the 7th Rapid Response Corps said.", "armed_clash")]
    [InlineData("Three Russian soldiers were captured near Kupiansk on Monday, the 14th Brigade said.", "armed_clash")]
    [InlineData("Russian forces captured the village of Novoselivka in Donetsk region on Monday, the Russian Defence Ministry said.", "non_state_actor_overtakes_territory")]
    [InlineData("Russian troops abducted a village head in occupied Kakhovka on Monday, residents said.", "abduction_forced_disappearance")]
    [InlineData("The 3rd Separate Assault Brigade was redeployed to the Kharkiv region last week, the brigade said.", "change_to_group_activity")]
    [InlineData("Russia attacked Kyiv overnight with cruise missiles and dozens of drones, killing three people, the city administration said.", "shelling_artillery_missile_attack")]
    [InlineData("A Russian FPV drone struck a bus in Kherson on Monday, hours after artillery hit the market, the city administration said.", "air_drone_strike,shelling_artillery_missile_attack")]
    [InlineData("Ukrainian sappers defused an unexploded Russian missile in Chernihiv on Monday, the emergency service said.", "disrupted_weapons_use")]
    [InlineData("Russian troops dispersed a protest in occupied Nova Kakhovka on Monday and detained several residents, the regional administration said.", "protest_with_intervention")]
    public void Process_SampleMisreading_TypedAsTheHappening(string text, string expected)
    {
        Assert.Equal(expected.Split(','), Subtypes(text));
    }

    [Theory]
    [InlineData("\"It's a battle for every cargo,\" said the commercial director of a trading house in Dnipro, as grain exporters cut prices for Asian buyers.")]
    [InlineData("Shakhtar beat Metalist 3-1 in Lviv on Sunday; the striker scored twice and the fans stormed the pitch after the final whistle of the season.")]
    [InlineData("In total, since the beginning of the special military operation, 677 aircraft and 283 helicopters have been destroyed, the Russian Defence Ministry said.")]
    public void Process_FigurativeOrTally_NoEvent(string text)
    {
        Assert.Empty(Subtypes(text));
    }

    [Fact]
    public void Process_TwoWeaponsInOneSentence_EachFigureGoesToItsOwnEvent()
    {
        var doc = new Document(
            "Russian troops attacked Ukrainian positions near Huliaipole with 12 armoured vehicles on Monday, while 30 drones struck Zaporizhzhia, the Southern Defence Forces said.",
            new DocumentMetadata { Outlet = "Test Wire", Published = new DateOnly(2025, 12, 1) });

        var events = SitrepPipeline.Default.Process(doc).Events;

        var drone = Assert.Single(events, e => e.Subtype == "air_drone_strike");
        Assert.Equal(["30 drones"], drone.Quantities.Select(q => q.Text));
        var clash = Assert.Single(events, e => e.Subtype == "armed_clash");
        Assert.DoesNotContain(clash.Quantities, q => q.Text.Contains("drones", StringComparison.Ordinal));
    }

    [Fact]
    public void Process_DawnAndEveningAssaultsOnOneTown_TwoEvents()
    {
        var text = "At dawn an armoured column attacked the eastern outskirts of Huliaipole and was repelled, the brigade said.\n\n"
            + "In the evening Russian infantry stormed the northern part of Huliaipole; that attack was also beaten back, the brigade said.";

        Assert.Equal(["armed_clash", "armed_clash"], Subtypes(text, "2025-12-12"));
    }
}
