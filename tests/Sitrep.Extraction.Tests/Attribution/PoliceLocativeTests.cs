using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// The police told by its bare noun in an opening locative ("У поліції також зазначили, що ...", "В полиции уточнили,
/// что ...") speaks like "У міській раді заявили": the police named before. A place alone in the locative ("У Нікополі
/// зазначили") names nobody. The construction is Ukrainian and Russian ("the police said" in English was read before).
/// </summary>
public sealed class PoliceLocativeTests
{
    [Theory]
    [InlineData("Поліція Дніпропетровської області повідомила, що поранено чоловіка. У поліції також зазначили, що слідчі працюють на місці.", "Поліція Дніпропетровської області")]
    [InlineData("Полиция Курской области сообщила, что ранен мужчина. В полиции также уточнили, что следователи работают на месте.", "Полиция Курской области")]
    public void Process_PoliceInAnOpeningLocative_ThePoliceNamedBefore(string text, string police)
    {
        var doc = Docs.Attributed(text, outlet: "Test Post");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal(police, doc.Attributions[1].Speaker);
    }

    [Theory]
    [InlineData("Поліція Дніпропетровської області повідомила, що поранено чоловіка. У Нікополі також зазначили, що слідчі працюють на місці.")]
    public void Process_PlaceInAnOpeningLocative_NoSpeaker(string text)
    {
        // twin: a town in the locative is no body
        var doc = Docs.Attributed(text, outlet: "Test Post");

        Assert.Single(doc.Attributions);
    }
}
