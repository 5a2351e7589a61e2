using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A report in questions and answers: each sentence of an answer line ("A:", "Відповідь:", "Ответ:") with no speaker
/// of its own is said by the person who answers (the person who spoke last outside a question line); a question line
/// says nothing itself. The same sentences outside an answer line have no speaker.
/// </summary>
public sealed class AnswerLinesTests
{
    [Theory]
    [InlineData("Asked about the town, Andrii Savchuk said: \"Our units hold the centre.\"\n\nQ: How many attacks did you face this week?\nA: Twenty-six assaults since Monday, all of them stopped. The enemy lost about 90 men.", "Andrii Savchuk", "The enemy lost about 90 men")]
    [InlineData("Відповідаючи на питання про місто, полковник Андрій Савчук сказав: «Наші підрозділи тримають центр».\n\nПитання: Скільки атак було цього тижня?\nВідповідь: Двадцять шість штурмів з понеділка, усі зупинено. Ворог втратив близько 90 людей.", "Андрій Савчук", "Ворог втратив близько 90 людей")]
    [InlineData("Отвечая на вопрос о городе, полковник Андрей Савчук сказал: «Наши подразделения держат центр».\n\nВопрос: Сколько атак было на этой неделе?\nОтвет: Двадцать шесть штурмов с понедельника, все остановлены. Противник потерял около 90 человек.", "Андрей Савчук", "Противник потерял около 90 человек")]
    public void Process_AnswerLine_ThePersonAnsweringSpeaks(string text, string person, string words)
    {
        var doc = Docs.Attributed(text, outlet: "Test Post");

        var answer = Assert.Single(doc.Attributions, a => Docs.Covers(doc, a, words));
        Assert.Equal(person, answer.Speaker);
        Assert.DoesNotContain(doc.Attributions, a => Docs.Covers(doc, a, "?"));
    }

    [Fact]
    public void Process_SameSentencesOutsideAnAnswerLine_NoSpeaker()
    {
        // twin: the outlet's own lines after a quotation are nobody's statement
        var doc = Docs.Attributed("Asked about the town, Andrii Savchuk said: \"Our units hold the centre.\"\n\nTwenty-six assaults since Monday, all of them stopped. The enemy lost about 90 men.", outlet: "Test Post");

        Assert.DoesNotContain(doc.Attributions, a => Docs.Covers(doc, a, "The enemy lost"));
    }
}
