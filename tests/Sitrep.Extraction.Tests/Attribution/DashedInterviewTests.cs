using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// An interview whose lines open with a dash, the outlet's question and the answer in turn ("— Як змінилася
/// ситуація?" / "— Противник штурмує щодня."): each sentence of an answer line with no speaker of its own is said by the
/// person the interview introduced; a question line says nothing itself. Dashed lines with no question among them (a
/// list of losses) are no interview.
/// </summary>
public sealed class DashedInterviewTests
{
    [Theory]
    [InlineData("Colonel Andrii Savchuk said the fighting for the town had not let up.\n\n— How has the week gone?\n\n— The enemy attacks every day in small groups. On Wednesday we repelled three assaults.", "Colonel Andrii Savchuk", "On Wednesday we repelled three assaults")]
    [InlineData("Командир батальйону Олександр Мельник розповів нашому виданню про бої за місто.\n\n— Як змінилася ситуація за тиждень?\n\n— Противник штурмує щодня малими групами. У середу ми відбили три атаки.", "Олександр Мельник", "У середу ми відбили три атаки")]
    [InlineData("Командир батальона Александр Мельник рассказал нашему изданию о боях за город.\n\n— Как изменилась ситуация за неделю?\n\n— Противник штурмует каждый день малыми группами. В среду мы отбили три атаки.", "Александр Мельник", "В среду мы отбили три атаки")]
    public void Process_DashedAnswer_ThePersonInterviewedSpeaks(string text, string person, string words)
    {
        var doc = Docs.Attributed(text, outlet: "Test Outlet");

        var answer = Assert.Single(doc.Attributions, a => Docs.Covers(doc, a, words));
        Assert.Equal(person, answer.Speaker);
        Assert.DoesNotContain(doc.Attributions, a => Docs.Covers(doc, a, "?"));
    }

    [Theory]
    [InlineData("Colonel Andrii Savchuk told us about the fighting for the town.\n\nThe results of the week:\n— The enemy attacks every day in small groups.\n— On Wednesday three assaults were repelled.")]
    [InlineData("Командир батальйону Олександр Мельник розповів нашому виданню про бої за місто.\n\nПідсумки тижня:\n— Противник штурмує щодня малими групами.\n— У середу відбито три атаки.")]
    [InlineData("Командир батальона Александр Мельник рассказал нашему изданию о боях за город.\n\nИтоги недели:\n— Противник штурмует каждый день малыми группами.\n— В среду отбиты три атаки.")]
    public void Process_DashedListWithoutQuestions_NoSpeaker(string text)
    {
        // twin: the same lines under dashes with no question are the outlet's own list, nobody's statement
        var doc = Docs.Attributed(text, outlet: "Test Outlet");

        Assert.DoesNotContain(doc.Attributions, a => Docs.Covers(doc, a, "small groups")
            || Docs.Covers(doc, a, "малими групами")
            || Docs.Covers(doc, a, "малыми группами"));
    }
}
