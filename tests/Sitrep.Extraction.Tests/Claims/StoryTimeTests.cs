using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// In a news story, an attributed strike, loss or repelled attack that names no time of its own happened when the
/// story's happening did: the last time named before it that spans a week or less and ends near publication.
/// Statements, control and capture claims and denials keep no time they do not name.
/// </summary>
public sealed class StoryTimeTests
{
    private static readonly DateOnly Published = new(2026, 2, 14);

    [Theory]
    [InlineData("Russian drones attacked Sumy overnight, the regional administration said. Two people were wounded, the administration said.", "overnight", "Two people were wounded")]
    [InlineData("Вночі російські дрони атакували Суми, повідомила ОВА. Двоє людей поранені, повідомили в ОВА.", "Вночі", "Двоє людей поранені")]
    [InlineData("Ночью беспилотники атаковали Белгород, сообщил губернатор. Ранены двое мирных жителей, сообщил губернатор.", "Ночью", "Ранены двое")]
    public void Process_LossesWithoutTime_TakeTheStorysTime(string text, string when, string losses)
    {
        var doc = Docs.Text(text, outlet: "Northern Courier", published: Published);
        Docs.Time(doc, when, Published.AddDays(-1), Published);

        var claims = Docs.ClaimsOf(doc);

        var claim = Assert.Single(claims, c => c.Kind == ClaimKind.Casualties && doc.Text[c.Span.Start..c.Span.End].Contains(losses, StringComparison.Ordinal));
        Assert.Equal(Published.AddDays(-1), claim.From);
        Assert.Equal(Published, claim.To);
    }

    [Fact]
    public void Process_StatementWithoutTime_StaysUndated()
    {
        var doc = Docs.Text("Russian drones attacked Sumy overnight, the regional administration said. Schools will teach online, the administration said.",
            outlet: "Northern Courier", published: Published);
        Docs.Time(doc, "overnight", Published.AddDays(-1), Published);

        var statement = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Other);

        Assert.Null(statement.From);
    }

    [Theory]
    [InlineData("Russian drones hit a bus in Kherson on Thursday, the city administration said. Moscow denies targeting civilians.", "on Thursday")]
    [InlineData("У четвер російський дрон влучив в автобус у Херсоні, повідомила МВА. Москва спростувала інформацію про удари по цивільних.", "У четвер")]
    public void Process_DenialWithoutTime_StaysUndated(string text, string when)
    {
        var doc = Docs.Text(text, outlet: "Northern Courier", published: Published);
        Docs.Time(doc, when, Published.AddDays(-2), Published.AddDays(-2));

        var denial = Assert.Single(Docs.ClaimsOf(doc), c => c.Stance == Stance.Denies);

        Assert.Null(denial.From);
    }

    [Fact]
    public void Process_TimeLongBeforePublication_IsNotTheStorysTime()
    {
        var doc = Docs.Text("The town was first shelled in March 2022, local officials said. Two people were wounded, the administration said.",
            outlet: "Northern Courier", published: Published);
        Docs.Time(doc, "March 2022", new DateOnly(2022, 3, 1), new DateOnly(2022, 3, 31), TimePrecision.Month);

        var losses = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);

        Assert.Null(losses.From);
    }
}
