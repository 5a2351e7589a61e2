using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// An interview whose lines are labelled by who speaks ("Sentinel: ... Is that true?" / "Hnatiuk: No, it is not true.
/// Our units remain ..."): each sentence of an answer line is said by the person its label names, the full name told
/// before; a question line says nothing itself, but a claim it reports keeps its own cue. Labelled lines with no
/// question among them (a name and a colon in a post), labels in capitals (a fact-check's "THE CLAIM:" sections) and the
/// "Питання:" / "Відповідь:" of a report of questions and answers (read on its own) are no interview.
/// </summary>
public sealed class LabelledInterviewTests
{
    [Theory]
    [InlineData("Colonel Vitalii Hnatiuk has commanded Ukraine's 28th Mechanized Brigade since January.\n\nSentinel: How many assaults did you face last week?\n\nHnatiuk: Last week we repelled 43 assaults. The Russians lost more than 120 men.", "Vitalii Hnatiuk", "The Russians lost more than 120 men")]
    [InlineData("Полковник Віталій Гнатюк командує 28-ю механізованою бригадою з січня.\n\nКореспондент: Скільки штурмів було минулого тижня?\n\nГнатюк: Минулого тижня ми відбили 43 штурми. Росіяни втратили понад 120 військових.", "Віталій Гнатюк", "Росіяни втратили понад 120 військових")]
    [InlineData("Полковник Виталий Гнатюк командует бригадой с января.\n\nКорреспондент: Сколько штурмов было на прошлой неделе?\n\nГнатюк: На прошлой неделе мы отбили 43 штурма. Противник потерял более 120 человек.", "Виталий Гнатюк", "Противник потерял более 120 человек")]
    public void Process_LabelledAnswer_ThePersonLabelledSpeaks(string text, string person, string words)
    {
        var doc = Docs.Attributed(text, outlet: "Test Post");

        var answer = Assert.Single(doc.Attributions, a => Docs.Covers(doc, a, words));
        Assert.Equal(person, answer.Speaker);
        Assert.Contains(doc.Attributions, a => a.Speaker == person && !Docs.Covers(doc, a, words)); // the first sentence too
        Assert.DoesNotContain(doc.Attributions, a => Docs.Covers(doc, a, "?"));
    }

    [Fact]
    public void Process_QuestionLineReportingAClaim_KeepsItsOwnCue()
    {
        var doc = Docs.Attributed(
            "Colonel Vitalii Hnatiuk has commanded Ukraine's 28th Mechanized Brigade since January.\n\nSentinel: Russian channels say their troops have taken the south of Kostiantynivka. Is that true?\n\nHnatiuk: No, it is not true. Our units remain in the south of the town.",
            outlet: "Test Post");

        Assert.Contains(doc.Attributions, a => a.Speaker == "Russian channels" && Docs.Covers(doc, a, "their troops have taken"));
        Assert.Contains(doc.Attributions, a => a.Speaker == "Vitalii Hnatiuk" && Docs.Covers(doc, a, "Our units remain"));
    }

    [Theory]
    [InlineData("THE CLAIM: Russian troops took the village on Tuesday.\n\nWHAT WE FOUND: Footage shows vehicles on the western edge. Was it staged?\n\nVERDICT: Unproven.")]
    [InlineData("Colonel Vitalii Hnatiuk commands the brigade.\n\nHnatiuk: Our units remain in the south of the town.\n\nKovtun: The road is open.")]
    [InlineData("Полковник Віталій Гнатюк командує бригадою.\n\nГнатюк: Наші підрозділи залишаються на півдні міста.\n\nКовтун: Дорога відкрита.")]
    public void Process_LabelledLinesWithNoQuestion_NoInterview(string text)
    {
        // twin: with no question line, a label and a colon introduce nothing
        var doc = Docs.Attributed(text, outlet: "Test Post");

        Assert.Empty(doc.Attributions);
    }
}
