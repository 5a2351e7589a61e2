using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A figure counted over areas not named ("in 12 areas", "в 12 районах", "у 12 районах") is for the whole front, at no
/// settlement of the sentence before; the same losses with no areas counted are at that settlement.
/// </summary>
public sealed class CountedAreasTests
{
    private const long Zatyshshia = 687560;

    [Theory]
    [InlineData("In the Huliaipole direction, the enemy attacked near Zatyshshia.\n\nThe enemy lost up to 40 soldiers in 12 areas over the past day.", "Zatyshshia")]
    [InlineData("На Гуляйпольском направлении противник атаковал у Затишья.\n\nЗа сутки противник потерял до 40 военнослужащих в 12 районах.", "Затишья")]
    [InlineData("На Гуляйпільському напрямку противник атакував біля Затишшя.\n\nЗа добу противник втратив до 40 військових у 12 районах.", "Затишшя")]
    public void Process_LossesOverCountedAreas_TakeNoPlace(string text, string village)
    {
        Assert.Null(Losses(text, village).Place);
    }

    [Theory]
    [InlineData("In the Huliaipole direction, the enemy attacked near Zatyshshia.\n\nThe enemy lost up to 40 soldiers there over the past day.", "Zatyshshia")]
    [InlineData("На Гуляйпольском направлении противник атаковал у Затишья.\n\nЗа сутки противник потерял там до 40 военнослужащих.", "Затишья")]
    [InlineData("На Гуляйпільському напрямку противник атакував біля Затишшя.\n\nЗа добу противник втратив там до 40 військових.", "Затишшя")]
    public void Process_LossesWithNoAreasCounted_AreAtTheVillage(string text, string village)
    {
        Assert.Equal(Zatyshshia, Losses(text, village).Place?.GeonameId);
    }

    private static Claim Losses(string text, string village)
    {
        var doc = Docs.Text("Генеральний штаб ЗСУ\n\n" + text, outlet: "Генеральний штаб ЗСУ");
        Docs.Place(doc, village, Zatyshshia, "Zatyshshia");
        return Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);
    }
}
