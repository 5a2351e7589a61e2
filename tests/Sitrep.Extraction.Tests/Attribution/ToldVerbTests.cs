using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>"Told" verbs (розповів, рассказал) name a listener after them in English word order, but when they open an
/// inverted clause ("Як розповів ...", "Как рассказал ...") the one who spoke follows them, as after any reporting verb.</summary>
public sealed class ToldVerbTests
{
    [Theory]
    [InlineData("Як розповів речник Сил оборони півдня Владислав Волошин, ворог обстріляв Херсон з артилерії.", "розповів", "повідомив")]
    [InlineData("Як розповіла голова Сумської ОВА, вночі дрони атакували Конотоп.", "розповіла", "повідомила")]
    [InlineData("Как рассказал губернатор Белгородской области, беспилотник ударил по автобусу в Шебекино.", "рассказал", "сообщил")]
    public void Process_InvertedToldVerb_SpeakerIsWhoFollows(string text, string told, string plain)
    {
        var withTold = Docs.Attributed(text);
        var withPlain = Docs.Attributed(text.Replace(told, plain, StringComparison.Ordinal));

        var expected = Assert.Single(withPlain.Attributions).Speaker;
        var statement = Assert.Single(withTold.Attributions);
        Assert.Equal(expected, statement.Speaker);
        Assert.Equal(told, statement.Verb);
    }

    [Theory]
    [InlineData("The brigade commander told Reuters that the village had been lost.", "Reuters")]
    [InlineData("Командир бригади розповів Укрінформу, що село втрачено.", "Укрінформу")]
    public void Process_ToldVerbWithSpeakerBefore_ListenerIsNotTheSpeaker(string text, string listener)
    {
        var doc = Docs.Attributed(text);

        Assert.All(doc.Attributions, a => Assert.DoesNotContain(listener, a.Speaker ?? "", StringComparison.Ordinal));
    }
}
