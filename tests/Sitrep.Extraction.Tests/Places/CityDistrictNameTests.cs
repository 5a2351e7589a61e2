namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// The districts of the large cities listed in city-districts.tsv: an adjective names the district only where the text
/// makes it one (a district word, a list of districts, a locative once districts were named); the districts GeoNames
/// knows as neighbourhoods carry that feature's id (Saltivskyi: Saltivka; Obolonskyi: Obolon).
/// </summary>
public sealed class CityDistrictNameTests
{
    private const long Saltivka = 6722148;
    private const long Obolon = 8519916;

    [Theory]
    [InlineData("A drone hit a nine-storey block in the Saltivskyi district of Kharkiv overnight.", "Saltivskyi district", Saltivka)]
    [InlineData("Уночі дрон влучив у багатоповерхівку в Салтівському районі Харкова.", "Салтівському районі", Saltivka)]
    [InlineData("Ночью дрон попал в многоэтажку в Салтовском районе Харькова.", "Салтовском районе", Saltivka)]
    [InlineData("Debris fell on a school in Kyiv's Obolonskyi district, the city administration said.", "Obolonskyi district", Obolon)]
    [InlineData("Уламки впали на території школи в Оболонському районі столиці.", "Оболонському районі", Obolon)]
    [InlineData("Обломки упали на территорию школы в Оболонском районе столицы.", "Оболонском районе", Obolon)]
    public void Process_AdjectiveBeforeDistrictWord_IsTheCityDistrict(string text, string surface, long id)
    {
        var place = PlacesRun.Run(text, new DateOnly(2025, 12, 1)).Mention(surface);
        Assert.Equal(id, place.GeonameId);
        Assert.Equal("PPLX", place.FeatureCode);
    }

    [Fact]
    public void Process_DistrictListedBeforeAnother_IsTheDistrict()
    {
        var d = PlacesRun.Run("Strikes were recorded in the Saltivskyi and Shevchenkivskyi districts of Kharkiv.", new DateOnly(2025, 12, 1));
        Assert.Equal(Saltivka, d.Mention("Saltivskyi").GeonameId);
    }

    [Fact]
    public void Process_DistrictAfterLocativeOnceDistrictsNamed_IsTheDistrict()
    {
        var d = PlacesRun.Run(
            "In Kyiv, a fire broke out in a warehouse in the Darnytskyi district. In Obolonskyi, windows were blown out in a school.",
            new DateOnly(2025, 12, 1));
        Assert.Equal(Obolon, d.Mention("Obolonskyi").GeonameId);
    }

    [Theory]
    [InlineData("Obolonskyi told reporters the repairs would take a month.")]
    [InlineData("Посол Оболонський заявив журналістам, що ремонт триватиме місяць.")]
    public void Process_DistrictAdjectiveAlone_IsNoPlace(string text)
    {
        Assert.DoesNotContain(PlacesRun.Run(text, new DateOnly(2025, 12, 1)).Places, p => p.GeonameId == Obolon);
    }

    [Fact]
    public void Process_NeighbourhoodNamedOutright_StaysFound()
    {
        Assert.Equal(Saltivka, PlacesRun.Run("Shelling hit Saltivka again on Friday.", new DateOnly(2025, 12, 1)).Mention("Saltivka").GeonameId);
    }
}
