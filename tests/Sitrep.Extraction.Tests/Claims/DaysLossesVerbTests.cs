using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// An army told losing over the day in a sentence of its own ("ВСУ за сутки потеряли до 80 человек", "Ворог за добу
/// втратив 90 осіб", "Russian forces lost up to 80 soldiers over the past day") is a figure for the whole front, like
/// "Втрати ворога за добу становлять ...": no place, not the town of the paragraph before. Losses in a fight with no day
/// counted keep the place the story is telling.
/// </summary>
public sealed class DaysLossesVerbTests
{
    [Theory]
    [InlineData("Russian drones struck Kupiansk overnight, the corps said.\n\nThe corps said Russian forces lost up to 80 soldiers over the past day.")]
    [InlineData("Уночі російські дрони атакували Куп'янськ, повідомили в корпусі.\n\nУ корпусі повідомили, що ворог за добу втратив до 80 військових.")]
    [InlineData("Ночью ВСУ атаковали дронами Белгород, сообщил губернатор.\n\nВоенкор Иван Петров написал, что ВСУ за сутки потеряли до 80 человек.")]
    public void Process_LosingOverTheDay_NoPlace(string text)
    {
        var claims = Docs.Processed(text, "2026-06-05", outlet: "Test Wire").Claims;

        Assert.Null(Assert.Single(claims, c => c.Kind == ClaimKind.Casualties).Place);
    }

    [Theory]
    [InlineData("Russian drones struck Kupiansk overnight, the corps said.\n\nThe corps said Russian forces lost up to 80 soldiers in the assault.")]
    [InlineData("Ночью российские дроны атаковали Купянск, сообщили в корпусе.\n\nВ корпусе сообщили, что противник в бою потерял до 80 военных.")]
    public void Process_LosingInAFight_KeepsTheStorysPlace(string text)
    {
        // twin: with no day counted, the losses are the story's
        var claims = Docs.Processed(text, "2026-06-05", outlet: "Test Wire").Claims;

        Assert.NotNull(Assert.Single(claims, c => c.Kind == ClaimKind.Casualties).Place);
    }
}
