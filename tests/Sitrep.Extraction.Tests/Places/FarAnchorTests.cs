namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// A place of certain identity decides among a name's namesakes only when one lies near it (50 km): "near Prymorske and
/// Kherson" in a December 2025 briefing is the Prymorske on the front by Stepnohirsk, not the namesakes 60 km behind the
/// lines in Kherson Oblast; a town next to a namesake still picks it.
/// </summary>
public sealed class FarAnchorTests
{
    private static readonly DateOnly December2025 = new(2025, 12, 6);
    private const long PrymorskeByStepnohirsk = 696278;
    private const long PrymorskeBySkadovsk = 696281;

    [Theory]
    [InlineData("Units of the Dnepr group of forces hit formations of two coastal defence brigades near Prymorske and Kherson.", "Prymorske")]
    [InlineData("Артилерія противника обстріляла Приморське та Херсон, повідомили в обласній адміністрації.", "Приморське")]
    [InlineData("Подразделения группировки «Днепр» нанесли поражение двум бригадам у Приморского и Херсона.", "Приморского")]
    public void Process_AnchorFarFromEveryNamesake_LeavesTheFrontToDecide(string text, string surface)
    {
        var m = PlacesRun.Run(text, December2025).Mention(surface);

        Assert.Equal(PrymorskeByStepnohirsk, m.GeonameId);
    }

    [Fact]
    public void Process_AnchorNextToANamesake_PicksIt()
    {
        var m = PlacesRun.Run("Russian-installed officials said shells fell on Prymorske and Skadovsk on the coast.", December2025).Mention("Prymorske");

        Assert.Equal(PrymorskeBySkadovsk, m.GeonameId);
    }
}
