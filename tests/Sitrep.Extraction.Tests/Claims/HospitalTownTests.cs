using Sitrep.Core.Documents;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// "їх доставили до лікарні в Запоріжжі", "were taken to a hospital in Zaporizhzhia": the town of the hospital the wounded
/// were taken to is no place of the strike; the wounded stay where the story is. A town the sentence names for the
/// strike itself keeps it.
/// </summary>
public sealed class HospitalTownTests
{
    private static Document Run(string text) =>
        SitrepPipeline.Default.Process(new Document(text, new DocumentMetadata { Outlet = "Test Herald", Published = new DateOnly(2026, 4, 11) }));

    [Theory]
    [InlineData("Уночі російські дрони атакували Оріхів, повідомила обласна військова адміністрація.\n\nЗа даними адміністрації, поранено двох чоловіків, їх доставили до лікарні в Запоріжжі.")]
    [InlineData("Ночью российские дроны атаковали Орехов, сообщила областная военная администрация.\n\nПо данным администрации, ранены двое мужчин, их доставили в больницу в Запорожье.")]
    [InlineData("Russian drones attacked Orikhiv overnight, the regional military administration said.\n\nTwo men were wounded and taken to a hospital in Zaporizhzhia, the administration said.")]
    public void Process_WoundedTakenToAHospitalInATown_StayWhereTheStoryIs(string text)
    {
        var losses = Assert.Single(Run(text).Claims, c => c.Kind == ClaimKind.Casualties);

        Assert.NotEqual(687700, losses.Place?.GeonameId);
    }

    [Theory]
    [InlineData("Уночі російські дрони атакували лікарню в Запоріжжі, повідомила обласна військова адміністрація.")]
    [InlineData("Russian drones attacked a hospital in Zaporizhzhia overnight, the regional military administration said.")]
    public void Process_StrikeOnAHospitalInATown_IsInThatTown(string text)
    {
        var strike = Assert.Single(Run(text).Claims, c => c.Kind == ClaimKind.Strike);

        Assert.Equal(687700, strike.Place?.GeonameId);
    }
}
