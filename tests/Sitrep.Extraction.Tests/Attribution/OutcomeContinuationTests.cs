using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// The outcome told right after a report in the same paragraph, with no speaker of its own ("Усі атаки відбито",
/// "Пострадавших нет"), is the same report in Ukrainian and Russian; another sentence, one in the next paragraph, or an
/// English "No one was hurt." (the outlet's own line) is not.
/// </summary>
public sealed class OutcomeContinuationTests
{
    [Theory]
    [InlineData("Речник угруповання розповів, що окупанти 11 разів атакували позиції біля Вовчанська. Усі атаки відбито, втрат серед особового складу немає.")]
    [InlineData("Как сообщил губернатор, ночью беспилотник атаковал предприятие в Клинцах. Пострадавших нет.")]
    public void Process_OutcomeAfterReport_SameSpeaker(string text)
    {
        var doc = Docs.Attributed(text);

        Assert.Equal(2, doc.Attributions.Count);
        Assert.Equal(doc.Attributions[0].Speaker, doc.Attributions[1].Speaker);
        Assert.Equal(doc.Sentences[1].Span, doc.Attributions[1].Span);
    }

    [Theory]
    [InlineData("Речник угруповання розповів, що окупанти 11 разів атакували позиції біля Вовчанська. Село майже зруйноване.")]
    [InlineData("Как сообщил губернатор, ночью беспилотник атаковал предприятие в Клинцах.\n\nПострадавших нет.")]
    [InlineData("A Russian drone hit a warehouse in Kharkiv overnight, the regional governor said. No one was hurt.")]
    public void Process_OtherSentenceOrParagraph_NoSpeaker(string text)
    {
        var doc = Docs.Attributed(text);

        Assert.Single(doc.Attributions);
    }
}
