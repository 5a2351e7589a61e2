using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// What stands between a speaker and its verb (a day, a broadcast, quotation marks around a name), a name and a colon
/// before a quotation, and relays told or quoted by outlets named after a description.
/// </summary>
public sealed class RelayAndQuoteTests
{
    [Theory]
    [InlineData("Міністерство оборони Росії в неділю заявило, що його війська зайняли Іванівку.", "Ministry of Defence of the Russian Federation")]
    [InlineData("Министерство обороны России во вторник сообщило о перехвате 40 дронов.", "Ministry of Defence of the Russian Federation")]
    [InlineData("Повітряні сили в ефірі телеканалу повідомили, що збито 50 дронів.", "Ukrainian Air Force")]
    [InlineData("Ukraine's Air Force on Sunday said 50 drones had been shot down.", "Ukrainian Air Force")]
    public void Process_DayOrBroadcastBeforeTheVerb_KeepsTheSpeaker(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }

    [Theory]
    [InlineData("Военный канал «Рыбарь» признал, что продвижение под Купянском остановилось.", "Rybar")]
    [InlineData("Бригада «Азов» повідомила, що штурм біля Торецька відбито.", "12th Azov Brigade")]
    public void Process_QuotedNameBeforeTheVerb_IsTheSpeaker(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }

    [Theory]
    [InlineData("Харків знову під ударом. Голова ОВА Олег Синєгубов: «Ворог атакував місто трьома дронами».", "Oleh Syniehubov")]
    [InlineData("Белгород после атаки. Губернатор Вячеслав Гладков: «Пострадавших нет».", "Vyacheslav Gladkov")]
    [InlineData("Overnight attack on Kharkiv. Oleh Syniehubov: \"Three drones hit the city.\"", "Oleh Syniehubov")]
    public void Process_NameAndColonBeforeAQuotation_IsTheSpeaker(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }

    [Fact]
    public void Process_HeadlineWithAColonAndNoName_IsNoStatement()
    {
        var doc = Docs.Attributed("Наслідки атаки: «чорний понеділок» для енергетики.");

        Assert.Empty(doc.Attributions);
    }

    [Fact]
    public void Process_ToldAnAgencyWhichWasQuotedByAnother_ListsTheQuotingOutletFirst()
    {
        var doc = Docs.Attributed("Russian troops have entered Siversk, Russia's Defence Ministry told the state news agency RIA Novosti, which was quoted by Reuters.", outlet: "Baltic Herald");

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal("Ministry of Defence of the Russian Federation", statement.Speaker);
        Assert.Equal(["Baltic Herald", "Reuters", "RIA Novosti"], statement.Via);
    }

    [Fact]
    public void Process_QuotedByADescribedNewspaper_IsTheOutletByItsName()
    {
        var doc = Docs.Attributed("A Ukrainian officer, quoted by the Kyiv-based weekly newspaper Dzerkalo, said the fog had grounded most crews.", outlet: "Baltic Herald");

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal("Ukrainian officer", statement.Speaker);
        Assert.Equal(["Baltic Herald", "Dzerkalo"], statement.Via);
    }

    [Theory]
    [InlineData("Міноборони Росії заявило, що його війська зайняли Іванівку. Заяву відомства поширило агентство РІА Новини.", "RIA Novosti")]
    [InlineData("Минобороны России заявило о взятии Ивановки. Это заявление распространило агентство ТАСС.", "TASS")]
    [InlineData("Russia's Defence Ministry said its troops had taken Ivanivka. The claim was carried by TASS.", "TASS")]
    public void Process_OutletNamedAsCarryingTheStatementNext_JoinsItsChain(string text, string agency)
    {
        var doc = Docs.Attributed(text, outlet: "Baltic Herald");

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal("Ministry of Defence of the Russian Federation", statement.Speaker);
        Assert.Equal(["Baltic Herald", agency], statement.Via);
    }

    [Fact]
    public void Process_OutletCarryingInTheNextParagraph_LeavesTheChain()
    {
        var doc = Docs.Attributed("Russia's Defence Ministry said its troops had taken Ivanivka.\n\nA video was carried by TASS.", outlet: "Baltic Herald");

        Assert.Equal(["Baltic Herald"], Assert.Single(doc.Attributions).Via);
    }

    [Fact]
    public void Process_StatementCarriedByAnAgency_ListsTheAgency()
    {
        var doc = Docs.Attributed("Russian troops have entered Siversk, the Defence Ministry said in a statement carried by the state news agency TASS.", outlet: "Baltic Herald");

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(["Baltic Herald", "TASS"], statement.Via);
    }
}
