using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A claim with no time of its own was made when its claimant's last dated claim before it was ("on Tuesday denied ...
/// 'The village is under our control,' the spokesperson said"); statements of kind other keep no time they do not name.
/// </summary>
public sealed class SpeakerTimeTests
{
    private static readonly DateOnly Published = new(2026, 1, 21);
    private static readonly DateOnly Tuesday = new(2026, 1, 20);

    [Theory]
    [InlineData("The 3rd Army Corps on Tuesday denied that Russian troops had captured Borova. \"Our units hold Borova,\" the 3rd Army Corps said.", "on Tuesday")]
    [InlineData("У вівторок 3-й армійський корпус спростував захоплення Борової. «Наші підрозділи утримують Борову», — заявили в 3-му армійському корпусі.", "У вівторок")]
    public void Process_ControlClaimWithoutTime_TakesItsClaimantsLastTime(string text, string when)
    {
        var doc = Docs.Text(text, outlet: "Kharkiv Courier", published: Published);
        Docs.Time(doc, when, Tuesday, Tuesday);

        var control = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Control);

        Assert.Equal(Tuesday, control.From);
    }

    [Fact]
    public void Process_ClaimOfAnotherClaimant_DoesNotTakeTheTime()
    {
        var doc = Docs.Text("The 3rd Army Corps on Tuesday denied that Russian troops had captured Borova. Russia's Defence Ministry said its troops held Borova.",
            outlet: "Kharkiv Courier", published: Published);
        Docs.Time(doc, "on Tuesday", Tuesday, Tuesday);

        var control = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Control);

        Assert.Null(control.From);
    }

    [Fact]
    public void Process_StatementOfKindOther_KeepsNoTime()
    {
        var doc = Docs.Text("The 3rd Army Corps on Tuesday denied that Russian troops had captured Borova. The corps said the weather had grounded most drones.",
            outlet: "Kharkiv Courier", published: Published);
        Docs.Time(doc, "on Tuesday", Tuesday, Tuesday);

        var statement = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Other);

        Assert.Null(statement.From);
    }
}
