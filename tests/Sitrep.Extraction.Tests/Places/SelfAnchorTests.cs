namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// A place is no evidence for itself: a city that anchors the document because it dwarfs its namesakes does not lend
/// its own region to itself, so among the front's villages of the Zaporizhzhia region "Kamianske" is the village by
/// Stepnohirsk, not the city of 230,000 on the Dnipro; named alone, or with its own region's places, it is the city.
/// (The Russian "Каменское", which the gazetteer knows as the city's name only, takes the village as a candidate by
/// its skeleton: see <see cref="RussianSpellingsAndHeadingsTests"/>.)
/// </summary>
public sealed class SelfAnchorTests
{
    private static readonly DateOnly Spring2026 = new(2026, 4, 7);
    private const long KamianskeVillage = 706967;
    private const long KamianskeCity = 709932;

    [Theory]
    [InlineData("Артилерійських обстрілів зазнали Степногірськ, Оріхів і Кам'янське Запорізької області.", "Кам'янське")]
    [InlineData("Artillery shelled Stepnohirsk, Orikhiv and Kamianske in the Zaporizhzhia region.", "Kamianske")]
    public void Process_CityNameAmongTheFrontsVillages_IsTheVillage(string text, string surface)
    {
        var m = PlacesRun.Run(text, Spring2026).Mention(surface);

        Assert.Equal(KamianskeVillage, m.GeonameId);
    }

    [Theory]
    [InlineData("Уночі дрон атакував промислове підприємство в Кам'янському на Дніпропетровщині.", "Кам'янському")]
    [InlineData("Ночью дрон атаковал промышленное предприятие в Каменском, сообщили в Днепре.", "Каменском")]
    [InlineData("Overnight a drone struck an industrial plant in Kamianske, officials in Dnipro said.", "Kamianske")]
    public void Process_CityNamedWithItsOwnRegion_IsTheCity(string text, string surface)
    {
        var m = PlacesRun.Run(text, Spring2026).Mention(surface);

        Assert.Equal(KamianskeCity, m.GeonameId);
    }
}
