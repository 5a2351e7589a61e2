using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "the head of the region" ("очільник області", "главы региона") named by no region is the person introduced before
/// with the title of a region's head before the name ("Начальник Дніпропетровської ОВА Олег Гайдамака", "Глава
/// Харьковской областной военной администрации Олег Тарасенко"); a person introduced with another title is not.
/// </summary>
public sealed class TitledRegionHeadTests
{
    [Theory]
    [InlineData("Начальник Дніпропетровської ОВА Олег Гайдамака написав у Telegram, що ворог атакував Нікополь дронами. Як зазначив очільник області, у Нікополі пошкоджено лінію електропередачі.", "Олег Гайдамака")]
    [InlineData("Глава Харьковской областной военной администрации Олег Тарасенко сообщил, что ночью дроны атаковали Харьков. По данным главы региона, повреждены два дома.", "Олег Тарасенко")]
    [InlineData("Kharkiv regional military administration head Oleh Tarasenko said drones attacked Kharkiv overnight. According to the head of the region, two houses were damaged.", "Oleh Tarasenko")]
    public void Process_HeadOfTheRegion_IsThePersonTitledSo(string text, string name)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal(name, doc.Attributions[^1].Speaker);
    }

    [Theory]
    [InlineData("Командир батальйону Олег Гайдамака розповів, що ворог атакував Нікополь дронами. Як зазначив очільник області, у Нікополі пошкоджено лінію електропередачі.", "Олег Гайдамака")]
    [InlineData("Командир батальона Олег Тарасенко сообщил, что ночью дроны атаковали Харьков. По данным главы региона, повреждены два дома.", "Олег Тарасенко")]
    [InlineData("Battalion commander Oleh Tarasenko said drones attacked Kharkiv overnight. According to the head of the region, two houses were damaged.", "Oleh Tarasenko")]
    public void Process_HeadOfTheRegion_IsNoPersonTitledOtherwise(string text, string name)
    {
        // twin: a battalion commander heads no region
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        Assert.NotEqual(name, doc.Attributions[^1].Speaker);
    }
}
