namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// An adjective before a district word that names no raion, only small villages, is a district of a city ("у
/// Шевченківському районі" of Zaporizhzhia), not the village Shevchenkivske; a raion keeps its raion.
/// </summary>
public sealed class CityDistrictTests
{
    [Theory]
    [InlineData("Уламки впали у Шевченківському районі, пошкоджено гаражі.", "Шевченківському")]
    [InlineData("В Шевченковском районе города повреждены гаражи.", "Шевченковском")]
    [InlineData("Debris fell in the Shevchenkivskyi district, damaging garages.", "Shevchenkivskyi")]
    public void Process_AdjectiveBeforeDistrictWord_IsNoVillage(string text, string adjective)
    {
        var d = PlacesRun.Run(text, new DateOnly(2025, 12, 1));
        Assert.DoesNotContain(d.Places, p => p.Text.StartsWith(adjective, StringComparison.Ordinal) && p.FeatureCode is "PPL");
    }

    [Theory]
    [InlineData("Ворог обстріляв громади у Покровському районі.", "Покровському районі")]
    [InlineData("Противник обстрелял села в Купянском районе.", "Купянском районе")]
    public void Process_RaionBeforeDistrictWord_StaysTheRaion(string text, string surface)
    {
        var d = PlacesRun.Run(text, new DateOnly(2025, 12, 1));
        Assert.Contains(d.Places, p => p.Text == surface);
    }
}
