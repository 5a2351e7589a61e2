using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "представитель ведомства", "речник відомства", "the ministry's spokesman": an office of a body word that refers back
/// speaks for the government body that spoke last, with its side. With no body told before, it is no one's.
/// </summary>
public sealed class BodyWordOfficeTests
{
    [Theory]
    [InlineData("Міністерство оборони Росії заявило, що його війська захопили Торське. Росіяни втратили до 200 військових, повідомив представник відомства.", "повідомив представник відомства", "Ministry of Defence of the Russian Federation", "RU")]
    [InlineData("Министерство обороны России заявило, что его войска заняли Торское. ВСУ потеряли до 200 военнослужащих, сообщил представитель ведомства.", "сообщил представитель ведомства", "Ministry of Defence of the Russian Federation", "RU")]
    [InlineData("Russia's Defence Ministry said its troops had taken Torske. Ukraine lost up to 200 soldiers, the ministry's spokesman said.", "the ministry's spokesman said", "Ministry of Defence of the Russian Federation", "RU")]
    public void Process_OfficeOfABodyWord_SpeaksForTheBodyBefore(string text, string words, string body, string side)
    {
        var doc = Docs.Attributed(text, outlet: "Test News");

        var statement = Assert.Single(doc.Attributions, a => Docs.Covers(doc, a, words));
        Assert.Equal(body, statement.Speaker);
        Assert.Equal(side, statement.Side);
    }

    [Fact]
    public void Process_NoBodyBefore_NotTheMinistry()
    {
        // twin: nothing was told before, so the office refers to no ministry
        var doc = Docs.Attributed("ВСУ потеряли до 200 военнослужащих, сообщил представитель ведомства.", outlet: "Test News");

        Assert.DoesNotContain(doc.Attributions, a => a.Speaker == "Ministry of Defence of the Russian Federation");
    }
}
