using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// An inverted verb parted from its speaker by the medium and the day ("..., заявил на брифинге в воскресенье официальный
/// представитель Министерства обороны России", "..., заявив на брифінгу в неділю речник Генштабу ЗСУ"):
/// the words after them speak, an office adjective ("официальный", "офіційний") opening the title.
/// </summary>
public sealed class MediumAndDayAfterVerbTests
{
    [Theory]
    [InlineData("Министерство обороны России подвело итоги недели. Российские войска освободили Торское, заявил на брифинге в воскресенье официальный представитель Министерства обороны России.", "Ministry of Defence of the Russian Federation")]
    [InlineData("Генштаб ЗСУ підбив підсумки тижня. Окупанти шість разів штурмували позиції біля Степногірська, заявив на брифінгу в неділю речник Генштабу ЗСУ.", "General Staff of the Armed Forces of Ukraine")]
    public void Process_MediumAndDayBetweenVerbAndSpeaker_TheOfficeSpeaks(string text, string body)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire", published: new DateOnly(2026, 5, 10));

        Assert.Equal(body, Assert.Single(doc.Attributions).Speaker);
    }

    [Theory]
    [InlineData("Министерство обороны России подвело итоги недели. Российские войска освободили Торское, заявил представитель Министерства обороны России.", "Ministry of Defence of the Russian Federation")]
    [InlineData("Генштаб ЗСУ підбив підсумки тижня. Окупанти шість разів штурмували позиції біля Степногірська, заявив речник Генштабу ЗСУ.", "General Staff of the Armed Forces of Ukraine")]
    public void Process_SpeakerRightAfterVerb_Speaks(string text, string body)
    {
        // twin: the plain inverted order reads as before
        var doc = Docs.Attributed(text, outlet: "Test Wire", published: new DateOnly(2026, 5, 10));

        Assert.Equal(body, Assert.Single(doc.Attributions).Speaker);
    }
}
