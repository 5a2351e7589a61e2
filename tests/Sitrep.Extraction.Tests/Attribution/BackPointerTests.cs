using Sitrep.Core.Model;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>"Про це повідомили ...", "Об этом сообщил ...": a closing sentence that names who reported the ones before it.</summary>
public sealed class BackPointerTests
{
    [Theory]
    [InlineData("Уночі російські війська атакували Суми дронами. Пошкоджено підстанцію. Про це повідомили у Сумській обласній військовій адміністрації.", "Sumy Regional Military Administration")]
    [InlineData("Ночью ВСУ атаковали Белгород беспилотниками. Ранения получили трое мирных жителей. Об этом сообщил губернатор Белгородской области в своём Telegram-канале.", "Governor of Belgorod region")]
    public void Process_ThisWasReportedBy_AttributesThePreviousSentences(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal(doc.Sentences[0].Span, doc.Attributions[0].Span);
        Assert.Equal(doc.Sentences[1].Span, doc.Attributions[1].Span);
        Assert.All(doc.Attributions, a => Assert.Equal(speaker, a.Speaker));
    }

    [Fact]
    public void Process_ThisWasReportedBy_KeepsAnEarlierSentenceWithItsOwnSpeaker()
    {
        var doc = Docs.Attributed("Генштаб ЗСУ повідомив про 140 боїв. Ворог атакував Херсон. Про це повідомили у Херсонській обласній військовій адміністрації.");

        Assert.Equal(["General Staff of the Armed Forces of Ukraine", "Kherson Regional Military Administration"], doc.Attributions.Select(a => a.Speaker));
        Assert.Equal(doc.Sentences[1].Span, doc.Attributions[1].Span);
    }

    [Theory]
    [InlineData("The drone hit the bus at 14:50, the city military administration said.", "UA")]
    [InlineData("According to the Kherson city military administration, the drone hit the bus at 14:50.", "UA")]
    [InlineData("The drone hit the bus at 14:50, the city's military-civilian administration said.", null)]
    public void Process_MilitaryAdministrationNotInRegistry_IsUkrainian(string text, string? side)
    {
        var doc = Docs.Attributed(text);

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(side, a.Side);
    }

    [Theory]
    [InlineData("Ukraine's Eastern group of forces rejected the claim.", "Eastern Group of Forces of Ukraine", "UA")]
    [InlineData("Russia's Eastern group of forces said it had taken the village.", "East group of forces", "RU")]
    [InlineData("The Air Force of the Armed Forces of Ukraine said 89 drones were shot down.", "Ukrainian Air Force", "UA")]
    public void Process_BodyNamedWithItsCountry_ResolvesToThatCountrysBody(string text, string speaker, string side)
    {
        var doc = Docs.Attributed(text);

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, a.Speaker);
        Assert.Equal(side, a.Side);
    }

    [Theory]
    [InlineData("The head of the Donetsk regional military administration said a guided bomb hit Sloviansk.", "head of the Donetsk regional military administration", SpeakerType.Person)]
    [InlineData("A spokesperson for Ukraine's Eastern group of forces said the town was held.", "spokesperson for Ukraine's Eastern group of forces", SpeakerType.Person)]
    [InlineData("The Donetsk regional military administration said a guided bomb hit Sloviansk.", "Donetsk Regional Military Administration", SpeakerType.Government)]
    public void Process_OfficeOfABody_SpeaksAsThePerson(string text, string speaker, SpeakerType type)
    {
        var doc = Docs.Attributed(text);

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, a.Speaker);
        Assert.Equal(type, a.SpeakerType);
        Assert.Equal("UA", a.Side);
    }

    [Fact]
    public void Process_PronounAfterTheOfficeOfABody_KeepsThePerson()
    {
        var doc = Docs.Attributed("The head of the Dnipropetrovsk regional military administration said drones attacked Dnipro overnight. Between eight and ten buses were burned, he said.");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.All(doc.Attributions, a => Assert.Equal("head of the Dnipropetrovsk regional military administration", a.Speaker));
    }

    [Theory]
    [InlineData("Eastern Front Wire - Latest", "Eastern Front Wire")]
    [InlineData("Southern Bulletin | News", "Southern Bulletin")]
    [InlineData("Kharkiv - Today", "Kharkiv - Today")]
    [InlineData("Left-Bank Herald", "Left-Bank Herald")]
    public void OutletName_FeedTitle_NamesTheOutlet(string title, string outlet)
    {
        Assert.Equal(outlet, SentenceAttributor.OutletName(title));
    }

    [Theory]
    [InlineData("\"It's a fight for every cargo,\" said the commercial director of a grain trader.", "commercial director")]
    [InlineData("\"Freight costs will decide the season,\" said one analyst.", "analyst")]
    [InlineData("\"Freight costs will decide the season,\" said Olena Marchuk.", "Olena Marchuk")]
    public void Process_InvertedQuoteWithATitle_FindsTheSpeaker(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, a.Speaker);
        Assert.Equal(SpeakerType.Person, a.SpeakerType);
    }

    [Theory]
    [InlineData("\"Costs will decide the season,\" said one analyst.", "analyst")]
    [InlineData("\"Costs will decide the season,\" the analysts added.", "traders and analysts")]
    public void Process_IndefiniteSpeaker_IsSomeoneNew(string second, string speaker)
    {
        var doc = Docs.Attributed("Exporters are cutting prices to win buyers in Egypt, traders and analysts said. " + second);

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal(speaker, doc.Attributions[1].Speaker);
    }
}
