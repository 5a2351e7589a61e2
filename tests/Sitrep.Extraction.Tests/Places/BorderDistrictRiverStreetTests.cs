namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// Russia's districts are found at their seats ("Грайворонский район", "the Korenevsky district", "Шебекинського
/// району"); a river that shares a city's name is no city with the English article ("the Dnipro has been the line");
/// a street named like a place is an address ("на улице Мира"); "-енко" after a given name is a surname, also at the
/// start of a sentence; an instrumental adjective opening a sentence ("Ударними дронами") is no village.
/// </summary>
public sealed class BorderDistrictRiverStreetTests
{
    private static readonly DateOnly Spring2026 = new(2026, 4, 2);
    private const long Grayvoron = 559034;
    private const long Korenevo = 544906;
    private const long Shebekino = 495112;
    private const long DniproCity = 709930;
    private const long Kharkiv = 706483;

    [Theory]
    [InlineData("Ночью Грайворонский район вновь подвергся атаке беспилотников.", "Грайворонский район", Grayvoron)]
    [InlineData("Ukrainian artillery shelled the Korenevsky district of Russia's Kursk region on Friday.", "Korenevsky district", Korenevo)]
    [InlineData("Російські канали пишуть про вибухи в Шебекинському районі Бєлгородської області.", "Шебекинському районі", Shebekino)]
    [InlineData("Над Шебекинским округом сбиты два беспилотника.", "Шебекинским округом", Shebekino)]
    public void Process_RussianDistrict_IsFoundAtItsSeat(string text, string surface, long seat)
    {
        var m = PlacesRun.Run(text, Spring2026).Mention(surface);

        Assert.Equal(seat, m.GeonameId);
        Assert.Equal("RU", m.Country);
    }

    [Theory]
    [InlineData("Утром дрон атаковал грузовик на въезде в Маслову Пристань Шебекинского округа.")]
    [InlineData("Вранці дрон атакував вантажівку на в'їзді в Маслову Пристань Шебекінського округу.")]
    public void Process_DistrictAfterItsVillage_OnlyQualifiesIt(string text)
    {
        var places = PlacesRun.Run(text, Spring2026).Places;

        Assert.DoesNotContain(places, p => p.GeonameId == Shebekino && p.Text.Contains("округ", StringComparison.Ordinal));
        Assert.Contains(places, p => p.Name.StartsWith("Maslova", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Бої тривають у Покровському районі.", "Покровському районі")]
    [InlineData("Fighting went on in the Pokrovsk district on Friday.", "Pokrovsk district")]
    public void Process_UkrainianRaion_StaysTheRaion(string text, string surface)
    {
        var m = PlacesRun.Run(text, Spring2026).Mention(surface);

        Assert.Equal("UA", m.Country);
        Assert.Equal("ADM2", m.FeatureCode);
    }

    [Theory]
    [InlineData("For more than two years the Dnipro has been the line of contact in the south.")]
    [InlineData("Small boats still cross the lower Dnipro at night, officers say.")]
    [InlineData("Ukrainian forces hold the right bank of the Dnipro River.")]
    [InlineData("Українські сили утримують правий берег Дніпра.")]
    [InlineData("Российские войска удерживают левый берег Днепра.")]
    public void Process_TheRiver_IsNoCity(string text)
    {
        Assert.DoesNotContain(PlacesRun.Run(text, Spring2026).Places, p => p.GeonameId == DniproCity);
    }

    [Theory]
    [InlineData("A missile hit an industrial site in Dnipro on Friday.", "Dnipro")]
    [InlineData("The Dnipro city council said two schools were damaged.", "Dnipro")]
    [InlineData("Ракета влучила в підприємство у Дніпрі.", "Дніпрі")]
    [InlineData("Ракета попала в предприятие в Днепре.", "Днепре")]
    public void Process_TheCity_StaysTheCity(string text, string surface)
    {
        Assert.Equal(DniproCity, PlacesRun.Run(text, Spring2026).Mention(surface).GeonameId);
    }

    [Theory]
    [InlineData("В Грайвороне дрон попал в частный дом на улице Мира.", "Мира")]
    [InlineData("У Сумах уламки дрона впали на вулиці Харківській.", "Харківській")]
    [InlineData("In Sumy, debris of a drone fell on Kharkivska Street.", "Kharkivska")]
    public void Process_StreetNamedLikeAPlace_IsNoPlace(string text, string street)
    {
        var places = PlacesRun.Run(text, Spring2026).Places;

        Assert.DoesNotContain(places, p => p.Text == street || p.GeonameId == Kharkiv);
        Assert.NotEmpty(places); // the town itself is still there
    }

    [Theory]
    [InlineData("Nadiya Kovalenko was boiling water for tea when the windows blew in.", "Kovalenko")]
    [InlineData("Надія Коваленко кип'ятила воду, коли вилетіли вікна.", "Коваленко")]
    [InlineData("Надежда Коваленко кипятила воду, когда вылетели окна.", "Коваленко")]
    public void Process_SurnameAfterGivenName_IsNoPlace(string text, string surname)
    {
        Assert.DoesNotContain(PlacesRun.Run(text, Spring2026).Places, p => p.Text == surname);
    }

    [Fact]
    public void Process_VillageNamedAfterAFamily_StaysAVillage()
    {
        var places = PlacesRun.Run("Уночі дрони атакували Коваленки на Сумщині.", Spring2026).Places;

        Assert.Contains(places, p => p.Text == "Коваленки");
    }

    [Theory]
    [InlineData("Ударними дронами окупанти атакували Гуляйполе.")]
    [InlineData("Ударными беспилотниками противник атаковал Гуляйполе.")]
    public void Process_OpeningInstrumentalAdjective_IsNoPlace(string text)
    {
        var places = PlacesRun.Run(text, Spring2026).Places;

        var only = Assert.Single(places);
        Assert.Equal(707898, only.GeonameId); // Huliaipole
    }

    [Fact]
    public void Process_PlaceOpeningASentence_StaysAPlace()
    {
        Assert.Contains(PlacesRun.Run("Гуляйполе ворог атакував дронами.", Spring2026).Places, p => p.GeonameId == 707898);
    }
}
