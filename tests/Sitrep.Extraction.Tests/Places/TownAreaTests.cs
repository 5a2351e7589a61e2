namespace Sitrep.Extraction.Tests.Places;

/// <summary>A town's colloquial area ("Нікопольщина", "на Бахмутщині") is the raion named after the town.</summary>
public sealed class TownAreaTests
{
    private static readonly DateOnly Published = new(2025, 6, 1);

    [Theory]
    [InlineData("Нікопольщина знову під вогнем.", "Нікопольщина", "Nikopol Raion")]
    [InlineData("Обстрелы на Никопольщине продолжаются.", "Никопольщине", "Nikopol Raion")]
    [InlineData("Обстріли на Бахмутщині тривають.", "Бахмутщині", "Bakhmut Raion")]
    [InlineData("Ситуація на Куп'янщині складна.", "Куп'янщині", "Kupiansk Raion")] // Kupiansk: the town's -ськ dropped
    public void Process_TownArea_IsTheRaionNamedAfterTheTown(string text, string surface, string raion)
    {
        var d = PlacesRun.Run(text, Published);
        var place = Sitrep.Extraction.Places.Gazetteer.Default.ById(d.Mention(surface).GeonameId);
        Assert.Equal(raion, place?.Name);
        Assert.Equal("ADM2", place?.FeatureCode);
    }

    [Theory]
    [InlineData("Вибухи на Харківщині.", 706482L)] // an oblast's nickname stays the oblast
    public void Process_OblastNickname_IsTheOblast(string text, long oblast)
    {
        Assert.Equal(oblast, PlacesRun.Run(text, Published).Places.Single().GeonameId);
    }

    [Theory]
    [InlineData("Захищаємо Батьківщину разом.")] // the homeland, not the village Batkivshchyna
    [InlineData("Бої на Слобожанщині тривають.")] // a historical region, no raion
    [InlineData("Вовчанщина під ударами.")] // no raion is named after Vovchansk
    public void Process_AreaWithoutARaion_IsNoPlace(string text)
    {
        Assert.Empty(PlacesRun.Run(text, Published).Places);
    }
}
