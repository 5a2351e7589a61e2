using Sitrep.Core.Text;

namespace Sitrep.Storage.Tests.Reconcile;

public sealed class EvidenceCuesTests
{
    [Theory]
    [InlineData("Russian troops attacked at dawn on Friday.", "A second attack came on Friday evening.", "different times of day")]
    [InlineData("The assault began overnight.", "The attack continued into the morning.", null)]
    [InlineData("Drones hit the city in the afternoon.", "A missile struck the city at night.", "different times of day")]
    [InlineData("Troops attacked the eastern outskirts.", "Infantry tried to enter the northern part.", "different sides of the place")]
    [InlineData("The attack came from the south-east.", "Fighting raged on the southern edge of the city.", null)]
    [InlineData("The Southern Defence Forces said the attack was repelled.", "Troops attacked the northern outskirts.", null)]
    [InlineData("Бої тривали вранці на північній околиці.", "Ввечері ворог атакував з півночі.", "different times of day")]
    [InlineData("Russian troops attacked the town.", "The attack on the town was repelled.", null)]
    public void Conflict_TwoEvidenceTexts_TellsHappeningsApartOnlyByFarDayPartsOrDisjointSides(string a, string b, string? expected)
    {
        Assert.Equal(expected, EvidenceCues.Conflict(EvidenceCues.Of(a), EvidenceCues.Of(b)));
    }
}
