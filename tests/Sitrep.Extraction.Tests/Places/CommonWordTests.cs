namespace Sitrep.Extraction.Tests.Places;

public sealed class CommonWordTests
{
    [Theory]
    [InlineData("May was quiet along most of the front.")]
    [InlineData("Police said the road was closed.")]
    [InlineData("Victory Day parades were cancelled this year.")]
    [InlineData("Army engineers rebuilt the bridge.")]
    [InlineData("The lyman by the river had frozen over.")]
    [InlineData("Oleksandr Syrskyi said the 47th Brigade held the line.")]
    [InlineData("Слава Україні, написав він.")]
    [InlineData("Peace talks resumed on Monday.")]
    [InlineData("Українська армія тримає оборону.")]
    [InlineData("Российская армия продолжает наступление.")]
    [InlineData("President Volodymyr Zelenskyy spoke to reporters.")]
    public void Process_CommonWordOrPersonName_FindsNoPlace(string text)
    {
        var d = PlacesRun.Run(text);
        Assert.DoesNotContain(d.Places, p => p.FeatureCode is not "PCLI");
    }

    [Theory]
    [InlineData("Lyman came under fire again on Monday.", "Lyman")]
    [InlineData("Ukrainian forces retook Lyman in October.", "Lyman")]
    [InlineData("Supplies were brought to Mirnyi by truck.", "Mirnyi")]
    [InlineData("Бої точилися в Українську.", "Українську")]
    public void Process_CapitalisedPlaceName_IsFound(string text, string surface)
    {
        Assert.Single(PlacesRun.Run(text).Places, p => p.Text == surface);
    }
}
