using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>"called the statement false", "назвала заяву неправдивою", "назвали заявление ложным": calling a claim
/// false denies it; calling it confirmed does not.</summary>
public sealed class CalledFalseTests
{
    [Theory]
    [InlineData("The Russian Defence Ministry said its troops had captured Kurylivka. Ukraine's Joint Forces Grouping called the statement false.", "Kurylivka")]
    [InlineData("Міноборони РФ заявило, що російські війська захопили Курилівку. Речниця Сил оборони півдня назвала заяву про Курилівку неправдивою.", "Курилівку")]
    [InlineData("Минобороны России заявило, что российские войска захватили Куриловку. В ВСУ назвали заявление о Куриловке ложным.", "Куриловку")]
    public void Process_CalledFalse_DeniesTheCapture(string text, string village)
    {
        var doc = Docs.Text(text, outlet: "Front Digest");
        Docs.Place(doc, village, 703610, "Kurylivka");

        var claims = Docs.ClaimsOf(doc);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Capture && c.Stance == Stance.Asserts);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Capture && c.Stance == Stance.Denies);
    }

    [Theory]
    [InlineData("The Russian Defence Ministry said its troops had captured Kurylivka. Ukraine's Joint Forces Grouping called the statement accurate.", "Kurylivka")]
    [InlineData("Міноборони РФ заявило, що російські війська захопили Курилівку. Речниця Сил оборони півдня назвала заяву про Курилівку точною.", "Курилівку")]
    [InlineData("Минобороны России заявило, что российские войска захватили Куриловку. В ВСУ назвали заявление о Куриловке точным.", "Куриловку")]
    public void Process_CalledAccurate_DeniesNothing(string text, string village)
    {
        var doc = Docs.Text(text, outlet: "Front Digest");
        Docs.Place(doc, village, 703610, "Kurylivka");

        Assert.DoesNotContain(Docs.ClaimsOf(doc), c => c.Stance == Stance.Denies);
    }
}
