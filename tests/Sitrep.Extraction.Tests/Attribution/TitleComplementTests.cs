using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A title after the cue keeps its complement when the complement closes the phrase: "the commercial director of a
/// trading house in Dnipro", "командира одного з батальйонів 14-ї бригади" (the head in the nominative).
/// </summary>
public sealed class TitleComplementTests
{
    [Theory]
    [InlineData("\"Freight is the whole game now,\" said the commercial director of a grain terminal in Izmail.", "commercial director of a grain terminal in Izmail")]
    [InlineData("Prices for sunflower oil rose again this week, according to the chief economist of a Kyiv brokerage.", "chief economist of a Kyiv brokerage")]
    [InlineData("За словами командира одного з батальйонів 47-ї бригади, ворог тричі намагався зайти в село.", "командир одного з батальйонів 47-ї бригади")]
    [InlineData("По словам командира одного из батальонов 155-й бригады, противник дважды пытался прорваться к станции.", "командир одного из батальонов 155-й бригады")]
    public void Process_TitleWithItsComplement_KeepsTheComplement(string text, string speaker)
    {
        var doc = Docs.Through(Docs.Text(text), new AttributionStage());

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker);
    }

    [Theory]
    [InlineData("\"Nothing moves at night,\" said the head of the port authority on Tuesday.", "head of the port authority")]
    [InlineData("Two barges were hit, according to the director of the terminal who spoke to reporters.", "director of the terminal")]
    [InlineData("The shelling lasted all night, local officials at the time said.", "local officials at the time")]
    public void Process_ComplementThatGoesOnAsAClause_IsNotTaken(string text, string notExpected)
    {
        var doc = Docs.Through(Docs.Text(text), new AttributionStage());

        Assert.All(doc.Attributions, a => Assert.NotEqual(notExpected + " on Tuesday", a.Speaker));
        Assert.All(doc.Attributions, a => Assert.NotEqual("local officials at the time", a.Speaker));
        Assert.All(doc.Attributions, a => Assert.DoesNotContain("who", a.Speaker ?? "", StringComparison.Ordinal));
    }
}
