using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// Which time dates a claim: a wire dateline dates the story's filing, not its statements; a bare denial is dated by
/// its own sentence, not by the claim it denies; a time dates the clause it stands in, not one a contrast keeps apart.
/// </summary>
public sealed class ClauseTimeTests
{
    private static readonly DateOnly Published = new(2026, 2, 12);
    private static readonly DateOnly Monday = new(2026, 2, 9);
    private static readonly DateOnly Tuesday = new(2026, 2, 10);

    [Theory]
    [InlineData("KHARKIV, Feb 12 (Steppe Wire) - Russian units have reached the edge of Borova, Russia's Defence Ministry said.", "Feb 12")]
    [InlineData("Eastern Front Wire\n\nZAPORIZHZHIA, Ukraine, Feb 12 — Russian troops have dug in west of Orikhiv, Russia's Defence Ministry said.", "Feb 12")]
    public void Process_DatelineDate_DoesNotDateTheStatement(string text, string dateline)
    {
        var doc = Docs.Text(text, outlet: "Steppe Wire", published: Published);
        Docs.Time(doc, dateline, Published, Published);

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Null(claim.From);
    }

    [Fact]
    public void Process_DateInTheSentenceBody_StillDatesTheStatement()
    {
        var doc = Docs.Text("Russian units reached the edge of Borova on Feb 12, Russia's Defence Ministry said.", outlet: "Steppe Wire", published: Published);
        Docs.Time(doc, "on Feb 12", Published, Published);

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(Published, claim.From);
    }

    [Theory]
    [InlineData("Russia's Defence Ministry said on Tuesday its troops had captured Borova. Ukraine's 3rd Army Corps rejected the claim.", "on Tuesday", "rejected")]
    [InlineData("Міністерство оборони Росії у вівторок заявило, що його війська захопили Борову. У 3-му армійському корпусі цю інформацію спростували.", "у вівторок", "спростували")]
    [InlineData("Министерство обороны России во вторник заявило о взятии Боровой. Украинские военные опровергли это сообщение.", "во вторник", "опровергли")]
    public void Process_BareDenialWithoutItsOwnTime_IsUndated(string text, string when, string denialWord)
    {
        var doc = Docs.Text(text, outlet: "Kharkiv Courier", published: Published);
        Docs.Place(doc, text.Contains("Borova", StringComparison.Ordinal) ? "Borova" : text.Contains("Борову", StringComparison.Ordinal) ? "Борову" : "Боровой", 712345, "Borova");
        Docs.Time(doc, when, Tuesday, Tuesday);

        var claims = Docs.ClaimsOf(doc);
        var capture = Assert.Single(claims, c => c.Stance == Stance.Asserts && c.Kind == ClaimKind.Capture);
        var denial = Assert.Single(claims, c => c.Stance == Stance.Denies);

        Assert.Equal(Tuesday, capture.From);
        Assert.Null(denial.From);
        Assert.Contains(denialWord, doc.Slice(denial.Span), StringComparison.Ordinal);
    }

    [Fact]
    public void Process_BareDenialWithItsOwnTime_TakesIt()
    {
        var doc = Docs.Text("Russia's Defence Ministry said on Monday its troops had captured Borova. On Tuesday, Ukraine's 3rd Army Corps rejected the claim.",
            outlet: "Kharkiv Courier", published: Published);
        Docs.Place(doc, "Borova", 712345, "Borova");
        Docs.Time(doc, "on Monday", Monday, Monday);
        Docs.Time(doc, "On Tuesday", Tuesday, Tuesday);

        var denial = Assert.Single(Docs.ClaimsOf(doc), c => c.Stance == Stance.Denies);

        Assert.Equal(Tuesday, denial.From);
    }

    [Theory]
    [InlineData("Russian groups pushed into the south of Borova on Monday, but Ukrainian forces still hold the north of the town, the 3rd Army Corps said on Tuesday.", "on Monday", "on Tuesday")]
    [InlineData("Russian groups pushed into the south of Borova on Monday; Ukrainian forces still hold the north of the town, the 3rd Army Corps said on Tuesday.", "on Monday", "on Tuesday")]
    public void Process_TimeKeptApartByContrast_DoesNotDateTheOtherClause(string text, string monday, string tuesday)
    {
        var doc = Docs.Text(text, outlet: "Kharkiv Courier", published: Published);
        Docs.Place(doc, "Borova", 712345, "Borova");
        Docs.Time(doc, monday, Monday, Monday);
        Docs.Time(doc, tuesday, Tuesday, Tuesday);

        var control = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Control);

        Assert.Equal(Tuesday, control.From);
    }
}
