using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A channel whose name line carries a description after a bar ("Окопная правда | записки военкора") is named by the
/// words before the bar in every chain. A capitalised tag after the bar ("Военкор Сергей Грач | Z") is kept: it may be
/// part of the name.
/// </summary>
public sealed class ChannelDescriptionOutletTests
{
    [Theory]
    [InlineData("Окопная правда | записки военкора", "Ночью беспилотники атаковали Рыльск, повреждена котельная, сообщил губернатор Курской области.", "Окопная правда")]
    [InlineData("Тилові нотатки | щоденник волонтера", "Вночі дрони атакували Суми, пошкоджено котельню, повідомила Сумська ОВА.", "Тилові нотатки")]
    [InlineData("Trench Notes | a war correspondent's diary", "Drones struck a boiler house in Sumy overnight, the regional military administration said.", "Trench Notes")]
    public void Process_LowerCaseDescriptionAfterABar_IsNoPartOfTheOutlet(string outlet, string text, string name)
    {
        var doc = Docs.Attributed(text, outlet: outlet);

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(name, a.Via[0]);
    }

    [Theory]
    [InlineData("Военкор Сергей Грач | Z", "Ночью беспилотники атаковали Рыльск, повреждена котельная, сообщил губернатор Курской области.")]
    [InlineData("Фронтові нотатки | Схід", "Вночі дрони атакували Суми, пошкоджено котельню, повідомила Сумська ОВА.")]
    [InlineData("Trench Notes | East", "Drones struck a boiler house in Sumy overnight, the regional military administration said.")]
    public void Process_CapitalisedTagAfterABar_IsKept(string outlet, string text)
    {
        // twin: a capitalised word after the bar may be part of the name, so the whole line stays
        var doc = Docs.Attributed(text, outlet: outlet);

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(outlet, a.Via[0]);
    }
}
