using Sitrep.Core.Documents;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A strike on a list of cities gives one claim per city, also when the striking forces carry their country's name
/// ("Вооружённые силы Российской Федерации", "Armed Forces of the Russian Federation"): the country names the forces,
/// it is not where they struck. A country standing alone before the verb stays a place the builder may weigh.
/// </summary>
public sealed class CityListStrikeTests
{
    private static readonly long[] Cities = [687700, 709930, 703845];

    private static Document Run(string text) =>
        SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata { Published = new DateOnly(2026, 3, 25) }));

    [Theory]
    [InlineData("Overnight the Armed Forces of the Russian Federation carried out a group strike with long-range missiles and attack drones on defence plants of Ukraine in Zaporizhzhia, Dnipro and Kryvyi Rih, the Russian Defence Ministry said.")]
    [InlineData("Уночі Збройні сили Російської Федерації завдали групового удару ракетами великої дальності та ударними дронами по підприємствах оборонного комплексу України в Запоріжжі, Дніпрі та Кривому Розі, заявило міноборони Росії.")]
    [InlineData("В ночь на 25 марта Вооружённые силы Российской Федерации нанесли групповой удар ракетами большой дальности и ударными беспилотниками по предприятиям оборонно-промышленного комплекса Украины в Запорожье, Днепре и Кривом Роге, сообщило Минобороны России.")]
    public void Process_StrikeOnAListOfCities_OneClaimPerCity(string text)
    {
        var strikes = Run(text).Claims.FindAll(c => c.Kind == ClaimKind.Strike);

        foreach (var city in Cities)
        {
            Assert.Contains(strikes, c => c.Place?.GeonameId == city);
        }

        Assert.DoesNotContain(strikes, c => c.Place?.GeonameId == 2017370);
    }

    [Fact]
    public void Process_OneCityStruck_OneClaimThere()
    {
        var strikes = Run("В ночь на 25 марта Вооружённые силы Российской Федерации нанесли групповой удар ракетами большой дальности и ударными беспилотниками по предприятиям оборонно-промышленного комплекса Украины в Запорожье, сообщило Минобороны России.")
            .Claims.FindAll(c => c.Kind == ClaimKind.Strike);

        Assert.Equal(687700, Assert.Single(strikes).Place?.GeonameId);
    }
}
