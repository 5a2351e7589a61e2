using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Places;

public sealed class RegionPhraseTests
{
    [Theory]
    [InlineData("Two people were hurt in the Kyiv region overnight, police said.", "Kyiv region", 703446L)]
    [InlineData("Drones hit an energy facility in Kyiv Oblast on Tuesday.", "Kyiv Oblast", 703446L)]
    [InlineData("Shelling continued in the Donetsk People's Republic, the ministry said.", "Donetsk People's Republic", 709716L)]
    [InlineData("Отряды вошли в населённый пункт Луганской Народной Республики.", "Луганской Народной Республики", 702657L)]
    [InlineData("Про це повідомили у Сумській обласній військовій адміністрації.", "Сумській обласній", 692196L)]
    [InlineData("Вночі ворог атакував Харківщину дронами.", "Харківщину", 706482L)]
    [InlineData("Mobilisation began in the self-proclaimed Lugansk Republic.", "Lugansk Republic", 702657L)]
    [InlineData("Обстрел вели по позициям ЛНР.", "ЛНР", 702657L)]
    [InlineData("На Сумщині знеструмлено три громади.", "Сумщині", 692196L)]
    [InlineData("Дроны атаковали приграничные сёла Курщины.", "Курщины", 538555L)]
    public void Process_RegionPhrase_ResolvesToOblast(string text, string surface, long geonameId)
    {
        Assert.Equal(geonameId, PlacesRun.Run(text).Mention(surface).GeonameId);
    }

    [Theory]
    [InlineData("Strikes hit a fuel depot in the Nikolaev region, the defence ministry in Moscow said.", "Nikolaev region")]
    [InlineData("Artillery units were active in the Nikolayev region during the night.", "Nikolayev region")]
    public void Process_RegionNamedInAnotherSpellingOfItsCapital_IsThatCapitalsOblast(string text, string surface)
    {
        // Villages called Mykolaiv lie in Kharkiv and Lviv oblasts too; "the Nikolaev region" is named after the
        // regional capital, so it is Mykolaiv Oblast, even in 2022 when Kharkiv Oblast was at war and Mykolaiv's was not
        var m = PlacesRun.Run(text, new DateOnly(2022, 9, 26)).Mention(surface);

        Assert.Equal(700567L, m.GeonameId);
    }

    [Theory]
    [InlineData("Power was restored in the Zaporizhzhia and Dnipropetrovsk regions by noon.", "Zaporizhzhia", 687699L, "Dnipropetrovsk regions", 709929L)]
    [InlineData("Farmers in the Mykolaiv and Kherson regions expect a late harvest.", "Mykolaiv", 700567L, "Kherson regions", 706442L)]
    [InlineData("Тривоги оголошували у Харківській та Сумській областях.", "Харківській", 706482L, "Сумській областях", 692196L)]
    public void Process_PluralRegionWord_MakesEveryListedNameARegion(string text, string first, long firstId, string second, long secondId)
    {
        var d = PlacesRun.Run(text);
        Assert.Equal(firstId, d.Mention(first).GeonameId);
        Assert.Equal(secondId, d.Mention(second).GeonameId);
    }

    [Theory]
    [InlineData("A rocket hit Kyiv and the suburbs were without power.", "Kyiv", 703448L)]
    [InlineData("Zaporizhzhia and Dnipro were shelled again, the mayors said.", "Zaporizhzhia", 687700L)]
    [InlineData("Шахтарі з Донецька жили в Народному домі.", "Донецька", 709717L)]
    [InlineData("A man was found dead on Kiev's Independence Square.", "Kiev", 703448L)]
    public void Process_CityWithoutRegionWord_StaysTheCity(string text, string surface, long geonameId)
    {
        Assert.Equal(geonameId, PlacesRun.Run(text).Mention(surface).GeonameId);
    }

    [Fact]
    public void Process_KharkivshchynaNickname_IsTheOblastNotTheHamlet()
    {
        var mention = PlacesRun.Run("Обстріли на Харківщині тривали всю ніч.").Mention("Харківщині");
        Assert.Equal("ADM1", mention.FeatureCode);
        Assert.Equal("Kharkiv Oblast", mention.Admin1);
    }

    [Theory]
    [InlineData("The head of the Kharkiv Regional Military Administration said two were hurt.", "Kharkiv Regional")]
    [InlineData("Про удар повідомили в Дніпропетровській ОВА.", "Дніпропетровській ОВА")]
    [InlineData("Об этом сообщил губернатор Белгородской области.", "Белгородской области")]
    [InlineData("A spokesman for the Luhansk operational-tactical group said fog slowed the assault.", "Luhansk")]
    public void Process_RegionOrTownInsideABodysName_HasRoleName(string text, string surface)
    {
        Assert.Equal(PlaceRole.Name, PlacesRun.Run(text).Mention(surface).Role);
    }

    [Fact]
    public void Process_RegionWithoutBodyNoun_KeepsRoleLocation()
    {
        var d = PlacesRun.Run("Fog covered the Kharkiv region on Monday.");
        Assert.Equal(PlaceRole.Location, d.Mention("Kharkiv region").Role);
    }
}
