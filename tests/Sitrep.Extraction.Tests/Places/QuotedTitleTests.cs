namespace Sitrep.Extraction.Tests.Places;

/// <summary>A name in quotation marks after an outlet word or a verb of telling is the outlet's title, not a place.</summary>
public sealed class QuotedTitleTests
{
    [Theory]
    [InlineData("Колишній офіцер розповів «Полігону», що штурми тривають щодня.", "Полігону")]
    [InlineData("Волонтерка сказала виданню «Покровськ», що евакуація триває.", "Покровськ")]
    [InlineData("Бывший офицер рассказал «Полигону», что штурмы идут каждый день.", "Полигону")]
    [InlineData("Эксперт сообщил изданию «Купянск», что город держится.", "Купянск")]
    [InlineData("A former officer told \"Pokrovsk\", a local weekly, that the assaults go on.", "Pokrovsk")]
    [InlineData("The mayor spoke to the newspaper \"Kupiansk\" about the evacuation.", "Kupiansk")]
    public void Process_QuotedAfterOutletOrTelling_IsNoPlace(string text, string title)
    {
        var d = PlacesRun.Run(text, new DateOnly(2025, 12, 1));
        Assert.DoesNotContain(d.Places, p => p.Text == title);
    }

    [Theory]
    [InlineData("Бої тривають за «Покровськ», кажуть військові.", "Покровськ")]
    [InlineData("Fighting went on near \"Pokrovsk\", the soldiers said.", "Pokrovsk")]
    public void Process_QuotedWithoutOutlet_StaysAPlace(string text, string surface)
    {
        var d = PlacesRun.Run(text, new DateOnly(2025, 12, 1));
        Assert.Contains(d.Places, p => p.Text == surface);
    }
}
