using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A verb of telling followed by "про"/"о"/"about" and a topic, with no clause of content ("Олег Тарасенко в
/// видеообращении рассказал о последствиях ночной атаки", "розповів нашому виданню про бої за Сіверськ", "told reporters
/// about the night's attack"), introduces the speaker and says nothing: no statement, but "По его словам" after it is
/// that speaker. "рассказал о том, что ..." and "розповів, що ..." keep their statement.
/// </summary>
public sealed class TopicIntroductionTests
{
    [Theory]
    [InlineData("Глава района Олег Тарасенко в видеообращении рассказал о последствиях ночной атаки на город. По его словам, повреждены трамвайное депо и несколько домов.", "Олег Тарасенко")]
    [InlineData("Голова громади Олег Тарасенко розповів нашому виданню про наслідки нічної атаки на місто. За його словами, пошкоджено депо і кілька будинків.", "Олег Тарасенко")]
    [InlineData("District head Oleh Tarasenko told reporters about the night's attack on the town. According to him, a tram depot and several houses were damaged.", "Oleh Tarasenko")]
    public void Process_TellingATopicOnly_IntroducesTheSpeaker(string text, string name)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        var a = Assert.Single(doc.Attributions);
        Assert.Equal(name, a.Speaker);
        Assert.True(Docs.Covers(doc, a, "депо") || Docs.Covers(doc, a, "depot"));
    }

    [Theory]
    [InlineData("Глава района Олег Тарасенко рассказал о том, что повреждены трамвайное депо и несколько домов.")]
    [InlineData("Голова громади Олег Тарасенко розповів, що пошкоджено депо і кілька будинків.")]
    [InlineData("District head Oleh Tarasenko told reporters that a tram depot and several houses were damaged.")]
    public void Process_TellingWhatHappened_IsAStatement(string text)
    {
        // twin: a clause of content after the verb is what was said
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        Assert.Single(doc.Attributions);
    }
}
