namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// The thirteenth places round: Russian spellings of the theatre's villages that the gazetteer holds under Ukrainian
/// and Latin names only (found by the consonant skeleton derived from those names, one word beside an exact name, or an
/// adjective and its noun in any case), Russian districts named after towns of two words or beyond the border regions,
/// region headings over their paragraphs, and sentence-initial words that are no places. Each with a twin that keeps its
/// old reading.
/// </summary>
public sealed class RussianSpellingsAndHeadingsTests
{
    private static readonly DateOnly Spring2026 = new(2026, 4, 21);
    private const long KamianskeVillage = 706967;
    private const long KamianskeCity = 709932;
    private const long KozachaLopan = 706587;

    [Theory]
    [InlineData("Нанесено поражение в районах населённых пунктов Каменское и Степногорск Запорожской области.", "Каменское")]
    [InlineData("Поражены цели в районах населённых пунктов Каменское и Степногорск Запорожской области.", "Каменское")]
    public void Process_RussianSpellingOfAVillageAmongTheFrontsVillages_IsTheVillage(string text, string surface)
    {
        Assert.Equal(KamianskeVillage, PlacesRun.Run(text, Spring2026).Mention(surface).GeonameId);
    }

    [Theory]
    [InlineData("Ночью дрон атаковал промышленное предприятие в Каменском, сообщили в Днепре.", "Каменском")]
    [InlineData("Днём в Каменском и Днепре объявили воздушную тревогу.", "Каменском")]
    public void Process_RussianSpellingWithTheCitysOwnRegion_StaysTheCity(string text, string surface)
    {
        Assert.Equal(KamianskeCity, PlacesRun.Run(text, Spring2026).Mention(surface).GeonameId);
    }

    [Theory]
    [InlineData("Под обстрелами оказались Золочев и Казачья Лопань.", "Казачья Лопань")]
    [InlineData("Отражены четыре контратаки в районе Казачьей Лопани.", "Казачьей Лопани")]
    public void Process_RussianAdjectiveAndNounOfAVillage_FoundInAnyCase(string text, string surface)
    {
        Assert.Equal(KozachaLopan, PlacesRun.Run(text, Spring2026).Mention(surface).GeonameId);
    }

    [Theory]
    [InlineData("Під обстрілами опинилися Золочів і Козача Лопань.", "Козача Лопань")]
    [InlineData("Shelling hit Zolochiv and Kozacha Lopan overnight.", "Kozacha Lopan")]
    public void Process_UkrainianAndLatinNameOfTheVillage_Unchanged(string text, string surface)
    {
        Assert.Equal(KozachaLopan, PlacesRun.Run(text, Spring2026).Mention(surface).GeonameId);
    }

    [Theory]
    [InlineData("Drones hit a substation in the Belokalitvinsky district of the Rostov region.", "Belokalitvinsky district", 578155)]
    [InlineData("Беспилотник атаковал подстанцию в Белокалитвинском районе Ростовской области.", "Белокалитвинском районе", 578155)]
    [InlineData("Над Красносулинским районом сбиты два беспилотника.", "Красносулинским районом", 541404)]
    [InlineData("Drones struck a fuel depot in the Tikhoretsky district of Russia's Krasnodar region.", "Tikhoretsky district", 483029)]
    public void Process_RussianDistrictOfACompoundTownOrBeyondTheBorder_IsItsSeat(string text, string surface, long seat)
    {
        Assert.Equal(seat, PlacesRun.Run(text, Spring2026).Mention(surface).GeonameId);
    }

    [Theory]
    [InlineData("A drone hit a substation in the Tikhoretsky district.")]
    [InlineData("A drone hit a substation in the Tikhoretsky district on Monday.")]
    public void Process_DistrictBeyondTheBorderWithNoRegionNamed_NotTaken(string text)
    {
        Assert.DoesNotContain(PlacesRun.Run(text, Spring2026).Places, p => p.GeonameId == 483029);
    }

    [Fact]
    public void Process_VillageUnderARegionHeading_TakesTheHeadingsRegion()
    {
        var text = "Donetsk Oblast\n\nOn 21 April a guided bomb struck a school in Druzhkivka.\n\nDnipropetrovsk Oblast\n\n"
            + "On 23 April, artillery shelling damaged the clinic in Novopavlivka, near the boundary with Donetsk Oblast. "
            + "A mobile clinic planned for Mezhova was postponed.";
        Assert.Equal(699373, PlacesRun.Run(text, Spring2026).Mention("Novopavlivka").GeonameId);
    }

    [Fact]
    public void Process_VillageWithoutAHeading_KeepsTheRegionItsSentenceNames()
    {
        var text = "On 23 April, artillery shelling damaged the clinic in Novopavlivka, Donetsk Oblast.";
        Assert.NotEqual(699373, PlacesRun.Run(text, Spring2026).Mention("Novopavlivka").GeonameId);
    }

    [Theory]
    [InlineData("Коротко про сьогоднішній день. Зранку дрон атакував Попівку.")]
    [InlineData("Водій рейсового автобуса помітив дрон над дорогою.")]
    [InlineData("Водитель грузовика получил ранения.")]
    public void Process_SentenceOpeningWordThatIsNoPlace_NoPlace(string text)
    {
        var doc = PlacesRun.Run(text, Spring2026);
        Assert.DoesNotContain(doc.Places, p => p.Text is "Коротко" or "Водій" or "Водитель");
    }

    [Theory]
    [InlineData("Окупанти обстріляли Коротке на Сумщині.", "Коротке")]
    [InlineData("Москва заявила о новых ударах.", "Москва")]
    public void Process_VillageOrCityOpeningOrInsideASentence_StaysAPlace(string text, string surface)
    {
        Assert.True(PlacesRun.Run(text, Spring2026).Mention(surface).GeonameId > 0);
    }
}
