using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A bare title opening a later sentence ("Речник додав", "Представитель добавил", "The spokesman added") is the person
/// a story named right after that title ("Речник Угруповання об'єднаних сил Олег Гуменюк"), not a new speaker called
/// "Речник". A person named after another title ("Командир батальйону") is not reached by it.
/// </summary>
public sealed class TitledPersonBackTests
{
    [Theory]
    [InlineData("Речник Угруповання об'єднаних сил Олег Гуменюк заявив, що селище під контролем українських військ. Речник додав, що вночі росіяни скинули дві авіабомби на Ізюм.", "Олег Гуменюк")]
    [InlineData("Представитель Группировки объединённых сил Олег Гуменюк заявил, что посёлок под контролем украинских войск. Представитель добавил, что ночью российская авиация сбросила две бомбы на Изюм.", "Олег Гуменюк")]
    [InlineData("Joint Forces Grouping spokesman Oleh Humeniuk said the town was under Ukrainian control. The spokesman added that Russian aircraft had dropped two glide bombs on Izium overnight.", "Oleh Humeniuk")]
    public void Process_BareTitleLater_ThePersonNamedAfterIt(string text, string name)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal(name, doc.Attributions[^1].Speaker);
    }

    [Theory]
    [InlineData("Командир батальйону Олег Гуменюк заявив, що селище під контролем українських військ. Речник додав, що вночі росіяни скинули дві авіабомби на Ізюм.", "Олег Гуменюк")]
    [InlineData("Командир батальона Олег Гуменюк заявил, что посёлок под контролем украинских войск. Представитель добавил, что ночью российская авиация сбросила две бомбы на Изюм.", "Олег Гуменюк")]
    [InlineData("Battalion commander Oleh Humeniuk said the town was under Ukrainian control. The spokesman added that Russian aircraft had dropped two glide bombs on Izium overnight.", "Oleh Humeniuk")]
    public void Process_BareTitleAfterAnotherTitle_IsNotThatPerson(string text, string name)
    {
        // twin: the person was named after a different title
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        Assert.NotEqual(name, doc.Attributions[^1].Speaker);
    }
}
