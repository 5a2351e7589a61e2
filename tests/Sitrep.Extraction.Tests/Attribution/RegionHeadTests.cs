using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "According to the head of the region", "По данным главы региона", "За словами голови області": a region's head
/// named by no region is the governor or head of the regional administration the story named before; a pronoun after
/// an inverted verb ("добавил он") and "a spokesperson for the grouping" refer back too.
/// </summary>
public sealed class RegionHeadTests
{
    [Theory]
    [InlineData("Oleh Syniehubov, the head of the Kharkiv regional military administration, wrote on Telegram that a drone hit a petrol station in Kharkiv. According to the head of the region, debris damaged two houses in Balakliia.", "Oleh Syniehubov")]
    [InlineData("Про удар по АЗС у Харкові повідомив Олег Синєгубов. За словами голови області, уламки дрона пошкодили два будинки в Балаклії.", "Oleh Syniehubov")]
    [InlineData("Ночью беспилотник атаковал предприятие в Клинцах, сообщил губернатор Брянской области. По данным главы региона, пострадавших нет.", "губернатор Брянской области")]
    public void Process_HeadOfTheRegion_IsTheGovernorNamedBefore(string text, string governor)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal(governor, doc.Attributions[1].Speaker, ignoreCase: true);
    }

    [Theory]
    [InlineData("Oleh Syniehubov, the head of the Kharkiv regional military administration, wrote on Telegram that a drone hit a petrol station in Kharkiv. According to the head of the Sumy region, debris damaged two houses in Shostka.")]
    [InlineData("Ночью беспилотник атаковал предприятие в Клинцах, сообщил губернатор Брянской области. По данным главы Курской области, пострадавших нет.")]
    public void Process_HeadOfANamedRegion_IsNotTheEarlierGovernor(string text)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(2, doc.Attributions.Count);
        Assert.NotEqual(doc.Attributions[0].Speaker, doc.Attributions[1].Speaker);
    }

    [Theory]
    [InlineData("Ночью российские войска атаковали Днепр дронами, сообщил Сергей Лысак. В городе повреждено здание склада, добавил он.", "Serhii Lysak")]
    [InlineData("Уночі російські війська атакували Дніпро дронами, повідомив Сергій Лисак. У місті пошкоджено склад, додав він.", "Serhii Lysak")]
    public void Process_PronounAfterInvertedVerb_RefersBack(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(2, doc.Attributions.Count);
        Assert.All(doc.Attributions, a => Assert.Equal(speaker, a.Speaker));
    }

    [Fact]
    public void Process_SpokespersonForTheGrouping_IsTheGroupingNamedBefore()
    {
        var doc = Docs.Attributed("Ukraine's Joint Forces Grouping called the statement false. Its units still hold the village, a spokesperson for the grouping told national television.");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal("Joint Forces Grouping", doc.Attributions[1].Speaker);
    }

    [Fact]
    public void Process_ContractedBodyName_IsTheBodyNamedBefore()
    {
        var doc = Docs.Attributed("Генеральный штаб ВСУ в утренней сводке сообщил о 140 боях. Наибольшее количество боев, по данным Генштаба, было на Покровском направлении.");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.All(doc.Attributions, a => Assert.Equal("General Staff of the Armed Forces of Ukraine", a.Speaker));
    }
}
