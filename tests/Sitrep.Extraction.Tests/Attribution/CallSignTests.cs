using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A call sign between a title and its verb ("a Ukrainian battalion commander with the call sign Maestro told the
/// paper", "Командир роти з позивним «Грім» розповів", "Командир роты с позывным «Гром» рассказал") names the person the
/// title describes: the title speaks, with its side, and the call sign is no speaker. A name there stays the speaker.
/// </summary>
public sealed class CallSignTests
{
    [Theory]
    [InlineData("At least 40 soldiers were killed near Myrnohrad in March, a Ukrainian battalion commander with the call sign Maestro told the paper.", "commander", "Maestro")]
    [InlineData("Командир з позивним «Грім» розповів, що окупанти тричі штурмували позиції біля Мирнограда.", "Командир", "Грім")]
    [InlineData("Командир с позывным «Гром» рассказал, что противник трижды штурмовал позиции у Мирнограда.", "Командир", "Гром")]
    public void Process_CallSignBeforeTheVerb_TheTitleSpeaks(string text, string title, string sign)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        var a = Assert.Single(doc.Attributions);
        Assert.Contains(title, a.Speaker, StringComparison.Ordinal);
        Assert.DoesNotContain(sign, a.Speaker, StringComparison.Ordinal);
        Assert.Equal(SpeakerType.Person, a.SpeakerType);
    }

    [Theory]
    [InlineData("At least 40 soldiers were killed near Myrnohrad in March, battalion commander Andrii Melnyk told the paper.", "Andrii Melnyk")]
    [InlineData("Командир Андрій Мельник розповів, що окупанти тричі штурмували позиції біля Мирнограда.", "Андрій Мельник")]
    [InlineData("Командир Андрей Мельник рассказал, что противник трижды штурмовал позиции у Мирнограда.", "Андрей Мельник")]
    public void Process_NameBeforeTheVerb_TheNameSpeaks(string text, string name)
    {
        // twin: with no call sign the name after the title speaks
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        Assert.Equal(name, Assert.Single(doc.Attributions).Speaker);
    }
}
