namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// Names in -ець/-ец lose their е in the other cases ("Марганець", "Марганця", "у Марганці", "Марганцем"; Russian
/// "Марганец", "Марганца", "в Марганце"): every form is the same town. The common noun ("видобуток марганцю",
/// manganese) stays no place, and words that only look like a title or a masthead ("Міський голова", "Новини громад")
/// are no places.
/// </summary>
public sealed class FleetingVowelTests
{
    private static readonly DateOnly Published = new(2026, 6, 4);

    private const long Marhanets = 701855;

    [Theory]
    [InlineData("Уночі ворог обстріляв Марганець з артилерії.", "Марганець")] // the nominative, as before
    [InlineData("Уночі ворог обстріляв околиці Марганця з артилерії.", "Марганця")]
    [InlineData("У Марганці без світла залишилися близько 900 родин.", "Марганці")]
    [InlineData("Над Марганцем збили два дрони.", "Марганцем")]
    [InlineData("Ночью ВСУ обстреляли окрестности Марганца.", "Марганца")]
    [InlineData("В Марганце повреждена подстанция.", "Марганце")]
    public void Process_TownInMinusEts_IsFoundInEveryCase(string text, string surface)
    {
        Assert.Equal(Marhanets, PlacesRun.Run(text, Published).Mention(surface).GeonameId);
    }

    [Theory]
    [InlineData("Видобуток марганцю на комбінаті зріс удвічі.")]
    [InlineData("Добыча марганца на комбинате выросла вдвое.")]
    public void Process_TheCommonNoun_IsNoPlace(string text)
    {
        Assert.Empty(PlacesRun.Run(text, Published).Places);
    }

    [Fact]
    public void Process_CityHeadTitle_IsNoPlaceButHisTownIs()
    {
        var places = PlacesRun.Run("Міський голова Геннадій Бойко повідомив, що у Марганці пошкоджено лінію.", Published).Places;

        Assert.DoesNotContain(places, p => p.Text == "Міський");
        Assert.Contains(places, p => p.Text == "Марганці" && p.GeonameId == Marhanets);
    }

    [Theory]
    [InlineData("Новини громад. Марганець після нічного обстрілу.", "Новини")]
    [InlineData("Новости региона. Ночью над Курском сбили беспилотник.", "Новости")]
    public void Process_MastheadNews_IsNoPlace(string text, string word)
    {
        Assert.DoesNotContain(PlacesRun.Run(text, Published).Places, p => p.Text == word);
    }
}
