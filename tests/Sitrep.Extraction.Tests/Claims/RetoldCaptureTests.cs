using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A capture another party announced, retold inside a statement ("Moscow has announced the capture of Borova three
/// times", "Москва вже тричі оголошувала про взяття Борової"), is a statement of kind other, not a capture claim.
/// </summary>
public sealed class RetoldCaptureTests
{
    [Theory]
    [InlineData("\"Moscow has announced the capture of Borova three times, and the fighting goes on,\" the analyst said.", "Borova")]
    [InlineData("«Москва вже тричі оголошувала про взяття Борової, а бої там досі тривають», – сказав аналітик.", "Борової")]
    [InlineData("«Москва уже трижды объявляла о взятии Боровой, а бои там продолжаются», — сказал аналитик.", "Боровой")]
    public void Process_CaptureAnnouncedByAnother_IsKindOther(string text, string named)
    {
        var doc = Docs.Text(text, outlet: "Kharkiv Courier", published: new DateOnly(2026, 2, 12));
        Docs.Place(doc, named, 712345, "Borova");

        var claims = Docs.ClaimsOf(doc);

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Capture);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Other);
    }

    [Theory]
    [InlineData("Russia's Defence Ministry announced the capture of Borova.", "Borova")]
    [InlineData("Міністерство оборони Росії заявило про взяття Борової.", "Борової")]
    public void Process_SpeakersOwnAnnouncement_StaysACapture(string text, string named)
    {
        var doc = Docs.Text(text, outlet: "Kharkiv Courier", published: new DateOnly(2026, 2, 12));
        Docs.Place(doc, named, 712345, "Borova");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Capture);
    }

    [Theory]
    [InlineData("Russian units hold only a few positions in a tree line south of Borova, the analysts said.", "Borova")]
    [InlineData("За даними аналітиків, російські підрозділи утримують лише кілька позицій у лісосмузі на південь від Борової.", "Борової")]
    public void Process_OnlyAFewPositionsHeld_IsNoControl(string text, string named)
    {
        var doc = Docs.Text(text, outlet: "Kharkiv Courier", published: new DateOnly(2026, 2, 12));
        Docs.Place(doc, named, 712345, "Borova");

        var claims = Docs.ClaimsOf(doc);

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Control);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Other);
    }

    [Fact]
    public void Process_TownHeld_StaysControl()
    {
        var doc = Docs.Text("Ukrainian units still hold Borova and the positions around it, the corps said.", outlet: "Kharkiv Courier", published: new DateOnly(2026, 2, 12));
        Docs.Place(doc, "Borova", 712345, "Borova");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Control);
    }
}
