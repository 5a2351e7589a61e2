using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// Speakers read from the story around them: the city's or region's body behind "the city military administration"
/// and "the regional governor", the body a sentence just named ("the service said"), one person for "he said", and the
/// chain of outlets a republished story states once in its lead.
/// </summary>
public sealed class StorySpeakerTests
{
    private static Document Run(Document doc) => Docs.Through(doc, new AttributionStage());

    [Theory]
    [InlineData("A drone hit a tram depot in Mykolaiv on Monday, the city military administration said.", "Mykolaiv city military administration")]
    [InlineData("A drone hit a tram depot in Mykolaiv on Monday, the regional governor said.", "Mykolaiv regional military administration")]
    [InlineData("A drone hit a grain store near Kherson on Monday, the regional governor said.", "Kherson Regional Military Administration")]
    [InlineData("A drone hit a tram depot in Mykolaiv on Monday, the police said.", "National Police of Ukraine")]
    public void Process_LocalBodyWithoutItsPlace_IsTheStorysBody(string text, string speaker)
    {
        var doc = Docs.Text(text);
        var city = text.Contains("Mykolaiv", StringComparison.Ordinal) ? "Mykolaiv" : "Kherson";
        Docs.Place(doc, city, city == "Mykolaiv" ? 700569 : 706448, city);
        doc.Places[0] = doc.Places[0] with { Admin1 = city + " Oblast" };

        var statement = Assert.Single(Run(doc).Attributions);

        Assert.Equal(speaker, statement.Speaker, ignoreCase: true);
        Assert.Equal("UA", statement.Side);
    }

    [Theory]
    [InlineData("Shelling damaged a school in Mykolaiv on Sunday, the city's military administration said.", "Mykolaiv city military administration", "UA")]
    [InlineData("Shells hit Mykolaiv again on Sunday. In the past week alone, the city administration counted 400 shells fired at the town.", "Mykolaiv city military administration", "UA")]
    [InlineData("Вночі дрони атакували Миколаїв. За даними ОВА, пошкоджено склад пального.", "Mykolaiv regional military administration", "UA")]
    [InlineData("Вночі дрони атакували Миколаїв. За даними МВА, пошкоджено склад пального.", "Mykolaiv city military administration", "UA")]
    public void Process_LocalBodyByAnotherName_IsTheStorysBody(string text, string speaker, string side)
    {
        var doc = Docs.Text(text);
        var at = text.Contains("Миколаїв", StringComparison.Ordinal) ? "Миколаїв" : "Mykolaiv";
        Docs.Place(doc, at, 700569, "Mykolaiv");
        doc.Places[0] = doc.Places[0] with { Admin1 = "Mykolaiv Oblast" };

        var statement = Run(doc).Attributions[^1];

        Assert.Equal(speaker, statement.Speaker, ignoreCase: true);
        Assert.Equal(side, statement.Side);
    }

    [Fact]
    public void Process_HeadOfTheRegionalAdministrationAfterAnotherBody_IsTheStorysRegion()
    {
        var doc = Docs.Text("According to the State Emergency Service, sappers cleared 300 mines in the region this month. " +
            "Later on Friday, a drone hit a car in Mykolaiv, the head of the regional military administration reported on Telegram.");
        Docs.Place(doc, "Mykolaiv", 700569, "Mykolaiv");
        doc.Places[0] = doc.Places[0] with { Admin1 = "Mykolaiv Oblast" };

        var statement = Run(doc).Attributions[^1];

        Assert.Equal("Mykolaiv regional military administration", statement.Speaker, ignoreCase: true);
        Assert.Equal(SpeakerType.Person, statement.SpeakerType);
    }

    [Fact]
    public void Process_RegionNamedInTheStatement_BeatsTheStorysFirstPlace()
    {
        var doc = Docs.Text("Drones attacked Kyiv overnight, the city military administration said. In Chernihiv region, 30,000 homes lost power, the regional military administration said.");
        Docs.Place(doc, "Kyiv", 703448, "Kyiv");
        Docs.Place(doc, "Chernihiv region", 710734, "Chernihiv Oblast", featureCode: "ADM1");
        doc.Places[0] = doc.Places[0] with { Admin1 = "Kyiv" };
        doc.Places[1] = doc.Places[1] with { Admin1 = "Chernihiv Oblast" };

        var speakers = Run(doc).Attributions.Select(a => a.Speaker.ToLowerInvariant());

        Assert.Equal(["kyiv city military administration", "chernihiv regional military administration"], speakers);
    }

    [Fact]
    public void Process_LocalBodyInAStoryInRussia_KeepsItsWords()
    {
        var doc = Docs.Text("A drone hit a substation in Kursk overnight, the regional governor said.");
        Docs.Place(doc, "Kursk", 538560, "Kursk", country: "RU");

        var statement = Assert.Single(Run(doc).Attributions);

        Assert.Equal("regional governor", statement.Speaker);
    }

    [Fact]
    public void Process_TheServiceSaid_IsTheBodyNamedBefore()
    {
        var doc = Run(Docs.Text("The Kyiv city military administration said the night was calm. The Security Service of Ukraine (SBU) has detained a man in Lviv suspected of spotting for Russian drones, the service said on Friday."));

        Assert.Equal("Security Service of Ukraine", doc.Attributions[^1].Speaker);
    }

    [Fact]
    public void Process_HeSaid_SkipsAGroupNamedInBetween()
    {
        var doc = Run(Docs.Text("\"We held the bridge for a week,\" said Taras, a former mortar gunner. The defence of the bridge is now taught in training centres, instructors and analysts say. \"It was not a miracle,\" he said."));

        Assert.Equal("Taras", doc.Attributions[^1].Speaker);
    }

    [Fact]
    public void Process_LeadOfARepublishedStory_GivesLaterStatementsItsChain()
    {
        var doc = Run(Docs.Text(
            "Harbour Times reports, citing Reuters, which cited Ukraine's 3rd Army Corps, that Russian troops were pushed back near Borova.\n\n" +
            "Two assaults were repelled overnight, the corps said. A Ukrainian officer who asked not to be named told the agency that the road was still open.",
            outlet: "Harbour Times"));

        Assert.All(doc.Attributions, a => Assert.Equal(["Harbour Times", "Reuters"], a.Via));
    }
}
