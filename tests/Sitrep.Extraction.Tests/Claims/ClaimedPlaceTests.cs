using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A statement with no place of its own is at the place its neighbouring sentence tells; when that sentence's claim was
/// read at one place ("killed 12 soldiers in the city ... on the road from Petropavlivka", a strike launched from a
/// village across the border), that is the place, not every settlement the sentence names.
/// </summary>
public sealed class ClaimedPlaceTests
{
    private const long Kupiansk = 703656;
    private const long Petropavlivka = 698960;
    private const long Sumy = 692194;
    private const long Hlushkovo = 561627;
    private const long Belgorod = 578072;
    private const long Vovchansk = 688105;

    [Fact]
    public void Process_QuoteBeforeLossesInTheCity_IsAtTheCityNotTheVillageOfTheRoad()
    {
        const string text = "Russian troops pushed into Kupiansk this week. Kupiansk had 27,000 residents before the war.\n\n"
            + "\"They come in twos and threes and hide in cellars,\" the 92nd Assault Brigade wrote on Telegram. "
            + "It said its soldiers had killed 12 Russian soldiers in the city over the past day on the road from Petropavlivka.";
        var doc = Docs.Text(text, outlet: "Eastern Herald");
        Docs.Place(doc, "Kupiansk", Kupiansk, "Kupiansk", featureCode: "PPLA2");
        Docs.Place(doc, "Kupiansk", Kupiansk, "Kupiansk", featureCode: "PPLA2", occurrence: 1);
        Docs.Place(doc, "Petropavlivka", Petropavlivka, "Petropavlivka");

        var claims = Docs.ClaimsOf(doc);

        var quote = Assert.Single(claims, c => c.Kind == ClaimKind.Other && c.Span.Start < text.IndexOf("It said", StringComparison.Ordinal));
        Assert.Equal(Kupiansk, quote.Place?.GeonameId);
        Assert.DoesNotContain(claims, c => c.Place?.GeonameId == Petropavlivka);
    }

    [Theory]
    [InlineData("Сили ППО збили п'ять безпілотників. Дрони, запущені з напрямку Глушкова, атакували підстанцію в Сумах.", "Sumy Regional Military Administration", "Глушкова", "Сумах")]
    [InlineData("Средствами ПВО сбиты пять беспилотников. Дроны, запущенные со стороны Волчанска, атаковали подстанцию в Белгороде.", "Ministry of Defence of the Russian Federation", "Волчанска", "Белгороде")]
    public void Process_InterceptionBeforeAStrikeFromALaunchSite_IsAtTheTargetNotTheLaunchSite(string text, string outlet, string origin, string target)
    {
        var doc = Docs.Text(text, outlet: outlet);
        var russian = target.StartsWith("Бел", StringComparison.Ordinal);
        Docs.Place(doc, origin, russian ? Vovchansk : Hlushkovo, russian ? "Vovchansk" : "Hlushkovo", country: russian ? "UA" : "RU");
        Docs.Place(doc, target, russian ? Belgorod : Sumy, russian ? "Belgorod" : "Sumy", country: russian ? "RU" : "UA", featureCode: "PPLA");

        var claims = Docs.ClaimsOf(doc);

        var interception = Assert.Single(claims, c => c.Kind == ClaimKind.Other);
        Assert.Equal(russian ? Belgorod : Sumy, interception.Place?.GeonameId);
    }
}
