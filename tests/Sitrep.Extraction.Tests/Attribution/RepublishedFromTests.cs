using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A story republished from another outlet, saying so in a line above its text ("Republished from Meridian Wire",
/// "Передруковано з Meridian Wire", "Перепечатано из Meridian Wire"): every statement it carries came through that
/// outlet, which follows the republishing outlet in the chain. The same story with no such line keeps one outlet.
/// </summary>
public sealed class RepublishedFromTests
{
    [Theory]
    [InlineData("Republished from Meridian Wire\n\nKRAMATORSK, May 9 (Meridian Wire) - A guided bomb struck a school in Kramatorsk on Friday, the city's military administration said.", "the city's military administration said")]
    [InlineData("Передруковано з Meridian Wire\n\nУ п'ятницю керована авіабомба влучила у школу в Краматорську, повідомили в міській військовій адміністрації.", "повідомили в міській військовій адміністрації")]
    [InlineData("Перепечатано из Meridian Wire\n\nВ пятницу управляемая авиабомба попала в школу в Краматорске, сообщили в городской военной администрации.", "сообщили в городской военной администрации")]
    public void Process_RepublishedLine_TheSourceOutletFollowsInTheChain(string text, string words)
    {
        var doc = Docs.Attributed(text, outlet: "Frontline Digest");

        var statement = Assert.Single(doc.Attributions, a => Docs.Covers(doc, a, words)
            || Docs.Covers(doc, a, "Kramatorsk") || Docs.Covers(doc, a, "Краматорськ")
            || Docs.Covers(doc, a, "Краматорск"));
        Assert.Equal(["Frontline Digest", "Meridian Wire"], statement.Via);
    }

    [Fact]
    public void Process_NoRepublishedLine_OneOutlet()
    {
        // twin: the same story without the line is the outlet's own
        var doc = Docs.Attributed("KRAMATORSK, May 9 - A guided bomb struck a school in Kramatorsk on Friday, the city's military administration said.", outlet: "Frontline Digest");

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(["Frontline Digest"], statement.Via);
    }
}
