namespace Sitrep.Extraction.Tests.Quantities;

/// <summary>Comparison notes in each language and case: the scanner skips tokens by their first letter before comparing phrases.</summary>
public sealed partial class QuantitiesStageTests
{
    [Theory]
    [InlineData("Russia launched 653 drones overnight, the largest such attack so far.", "the largest such attack so far")]
    [InlineData("Air defence downed 477 drones, up from 310 a week earlier.", "up from 310 a week earlier")]
    [InlineData("Russia launched 653 drones overnight, The Largest attack of the war.", "The Largest attack of the war")]
    [InlineData("Ворог випустив 120 дронів, вдвічі більше, ніж учора.", "вдвічі більше")]
    [InlineData("Противник выпустил 90 ракет, рекордное количество с начала года.", "рекордное количество с начала года")]
    [InlineData("Окупанти втратили 1200 солдатів, Найбільше за місяць.", "Найбільше за місяць")]
    public void Process_ComparisonPhrase_KeptAsNote(string text, string note)
    {
        var doc = Run(text);
        Assert.Contains(doc.Quantities, q => q.Note == note);
    }
}
