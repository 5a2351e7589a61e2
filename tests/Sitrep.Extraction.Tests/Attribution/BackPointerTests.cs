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
    [InlineData("The head of the Donetsk regional military administration said a guided bomb hit Sloviansk.", "Donetsk Regional Military Administration", SpeakerType.Person)]
    [InlineData("A spokesperson for Ukraine's Eastern group of forces said the town was held.", "Eastern Group of Forces of Ukraine", SpeakerType.Person)]
    [InlineData("The head of the Kyiv city military administration wrote on Telegram that debris fell in two districts.", "Kyiv City Military Administration", SpeakerType.Person)]
    [InlineData("The head of the Druzhkivka city military administration said two houses were damaged.", "Druzhkivka city military administration", SpeakerType.Person)]
    [InlineData("The Donetsk regional military administration said a guided bomb hit Sloviansk.", "Donetsk Regional Military Administration", SpeakerType.Government)]
    public void Process_OfficeOfABody_SpeaksForTheBody(string text, string speaker, SpeakerType type)
    {
        var doc = Docs.Attributed(text);

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, a.Speaker);
        Assert.Equal(type, a.SpeakerType);
        Assert.Equal("UA", a.Side);
    }

    [Fact]
    public void Process_PossessiveBeforeTheTitle_KeepsThePerson()
    {
        // near miss: "Russia's chief of the General Staff" is a person of Russia, not the General Staff body
        var doc = Docs.Attributed("Russia's chief of the general staff said the offensive was going to plan.");

        Assert.Equal("Russia's chief of the general staff", Assert.Single(doc.Attributions).Speaker);
    }

    [Fact]
    public void Process_KyivInsideTheTitle_IsNotTheGovernment()
    {
        // near miss: the city name inside the office is part of the body's name, not metonymy for the government
        var doc = Docs.Attributed("Kyiv said the talks would resume. The head of the Kyiv city military administration said a fire broke out in Obolonskyi.");

        Assert.Equal(["Government of Ukraine", "Kyiv City Military Administration"], doc.Attributions.Select(a => a.Speaker));
    }

    [Theory]
    [InlineData("The head of the Dnipropetrovsk regional military administration said drones attacked Dnipro overnight. Between eight and ten buses were burned, he said.")]
    public void Process_PronounOrOfficeAfterTheOfficeOfABody_KeepsTheBody(string text)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(2, doc.Attributions.Count);
        Assert.All(doc.Attributions, a => Assert.Equal("Dnipropetrovsk Regional Military Administration", a.Speaker));
    }

    [Theory]
    [InlineData("Russia's Defence Ministry said its aircraft hit a depot. The blast was the largest this month, local officials said.", "local officials")]
    [InlineData("Russia's Defence Ministry said its aircraft hit a depot. Fewer than 8,000 civilians remain, local authorities say.", "local authorities")]
    [InlineData("The governor said two drones were shot down. About 900 people live in the village, officials have said.", "officials")]
    [InlineData("Russia's Defence Ministry said its aircraft hit a depot. The ministry said the depot stored fuel.", "Ministry of Defence of the Russian Federation")] // near miss: a definite noun refers back
    public void Process_BarePluralAfterAnotherSpeaker_IsANewSpeaker(string text, string second)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal(second, doc.Attributions[1].Speaker);
    }

    [Theory]
    [InlineData("Eastern Front Wire - Latest", "Eastern Front Wire")]
    [InlineData("Southern Bulletin | News", "Southern Bulletin")]
    [InlineData("Kharkiv - Today", "Kharkiv - Today")]
    [InlineData("Left-Bank Herald", "Left-Bank Herald")]
    public void OutletName_FeedTitle_NamesTheOutlet(string title, string outlet)
    {
        Assert.Equal(outlet, FeedTitle.OutletName(title));
    }

    [Theory]
    [InlineData("\"It's a fight for every cargo,\" said the commercial director of a grain trader.", "commercial director of a grain trader")]
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
