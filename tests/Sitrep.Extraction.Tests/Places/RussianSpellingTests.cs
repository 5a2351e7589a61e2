namespace Sitrep.Extraction.Tests.Places;

/// <summary>Russian spellings of Ukrainian villages that the gazetteer knows only by their Ukrainian names.</summary>
public sealed class RussianSpellingTests
{
    private static readonly DateOnly Winter2025 = new(2025, 12, 7);

    [Theory]
    [InlineData("Штурмовые отряды освободили населённый пункт Ровнополье Запорожской области.", "Ровнополье", 695777)]
    [InlineData("В боях за Ровнополья противник потерял до роты пехоты.", "Ровнополья", 695777)]
    [InlineData("Накануне подразделения закрепились на окраине Затишье и продолжили наступление.", "Затишье", 687560)]
    public void Process_RussianSpellingOfUkrainianVillage_FindsTheVillage(string text, string surface, long id)
    {
        var m = PlacesRun.Run(text, Winter2025).Mention(surface);

        Assert.Equal(id, m.GeonameId);
    }

    [Fact]
    public void Process_RussianSpellingKnownElsewhere_AlsoWeighsTheUkrainianVillage()
    {
        // "Успеновка" is also a GeoNames entry south of Huliaipole; listed beside Rivnopillia it is Uspenivka, 8 km away.
        var d = PlacesRun.Run("Войска продвинулись у населённых пунктов Ровнополье и Успеновка.", Winter2025);

        Assert.Equal(690619, d.Mention("Успеновка").GeonameId);
    }

    [Theory]
    [InlineData("Сегодня утром над областью сбиты два беспилотника.")]
    [InlineData("Сьогодні вдень пілоти батальйону уразили дві гармати.")]
    [InlineData("Командир роты Ровнопольев доложил о потерях.")]
    public void Process_SentenceOpeningWordOrSurname_IsNoVillage(string text)
    {
        Assert.Empty(PlacesRun.Run(text, Winter2025).Places);
    }

    [Fact]
    public void Process_UndatedDocumentBeforeTheWar_DoesNotReadRussianSpellings()
    {
        // Before April 2014 no region of Ukraine was at war: the skeleton of a Russian word finds nothing.
        var d = PlacesRun.Run("Туристы остановились у села Ровнополье.", new DateOnly(2012, 6, 1));

        Assert.Empty(d.Places);
    }
}
