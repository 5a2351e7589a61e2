namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// Names in -ія/-ия are found in their other cases too ("біля Балаклії", "Делегация Японии"), for countries and towns
/// of note; a given name that shares the stem is not a place.
/// </summary>
public sealed class IyaNounTests
{
    private static readonly DateOnly Published = new(2025, 6, 1);

    [Theory]
    [InlineData("Бої тривають біля Балаклії, повідомили в угрупованні.", "Балаклії", 712926L)]
    [InlineData("Вночі вибухи пролунали в Олександрії.", "Олександрії", 698625L)]
    [InlineData("Прем'єр Японії прибув до Києва з візитом.", "Японії", 1861060L)]
    [InlineData("Делегація Франції та Італії зустрілася у Варшаві.", "Франції", 3017382L)]
    [InlineData("Делегація Франції та Італії зустрілася у Варшаві.", "Італії", 3175395L)]
    [InlineData("Президент Румунії заявив про підтримку.", "Румунії", 798549L)]
    [InlineData("Министр иностранных дел Франции прибыл в Киев.", "Франции", 3017382L)]
    [InlineData("Посла Германии вызвали в министерство.", "Германии", 2921044L)]
    public void Process_IyaNameInAnotherCase_IsThePlace(string text, string surface, long geonameId)
    {
        Assert.Equal(geonameId, PlacesRun.Run(text, Published).Mention(surface).GeonameId);
    }

    [Theory]
    [InlineData("Олександр Сирський заявив про стабілізацію.")] // the stem of Олександрії, but a man
    [InlineData("Екскурсію до Собору Святої Софії скасували.")] // a saint, not Sofia abroad
    public void Process_SameStemNotAPlace_IsNoPlace(string text)
    {
        Assert.Empty(PlacesRun.Run(text, Published).Places);
    }

    [Theory]
    [InlineData("Вооружённые Силы Российской Федерации продолжают наступление.")]
    [InlineData("Сводка Министерства обороны Российской Федерации.")]
    public void Process_RussianFederationInTheGenitive_IsRussia(string text)
    {
        // the gazetteer now knows the two words as one name too; the country form must not drop that match
        Assert.Equal(2017370L, PlacesRun.Run(text, Published).Mention("Российской Федерации").GeonameId);
    }
}
