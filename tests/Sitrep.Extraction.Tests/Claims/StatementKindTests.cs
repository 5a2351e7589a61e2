using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// Statements that use strike or control words without claiming a strike or ground: a running total since the war
/// began ("677 aircraft have been destroyed") and ground under fire control ("логистика под огневым контролем").
/// </summary>
public sealed class StatementKindTests
{
    private static readonly DateOnly Published = new(2025, 12, 6);

    [Theory]
    [InlineData("In total, since the beginning of the operation, 677 aircraft and 283 helicopters have been destroyed.", "since the beginning of the operation")]
    [InlineData("Всего с начала операции уничтожены 677 самолётов и 283 вертолёта.", "с начала операции")]
    [InlineData("Загалом з початку вторгнення знищено 432 літаки та 347 гелікоптерів.", "з початку вторгнення")]
    public void Process_EquipmentDestroyedSinceTheWarBegan_IsAStatementOfKindOther(string text, string since)
    {
        var doc = Docs.Text(text, outlet: "Ministry of Defence of the Russian Federation", published: Published);
        Docs.Time(doc, since, new DateOnly(2022, 2, 24), Published, TimePrecision.Day);

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(ClaimKind.Other, claim.Kind);
    }

    [Theory]
    [InlineData("Over the past day, two tanks and five artillery guns were destroyed.", "Over the past day", 1)]
    [InlineData("Since the beginning of October, the enemy has struck the port nine times.", "Since the beginning of October", 66)]
    public void Process_StrikesOverDaysOrWeeks_AreStrikes(string text, string when, int days)
    {
        var doc = Docs.Text(text, outlet: "Ministry of Defence of the Russian Federation", published: Published);
        Docs.Time(doc, when, Published.AddDays(-days), Published, TimePrecision.Day);

        Assert.Equal(ClaimKind.Strike, Assert.Single(Docs.ClaimsOf(doc)).Kind);
    }

    [Theory]
    [InlineData("Логистика ВСУ в агломерации под огневым контролем на всю глубину 10–15 км.")]
    [InlineData("Логістика ворога в агломерації під вогневим контролем на всю глибину 10–15 км.")]
    [InlineData("The enemy's supply roads into the town are under fire control along their whole length.")]
    public void Process_GroundUnderFireControl_IsNoControlClaim(string text)
    {
        var doc = Docs.Text(text, outlet: text.StartsWith("Логіст", StringComparison.Ordinal) ? "General Staff of the Armed Forces of Ukraine" : "Ministry of Defence of the Russian Federation");

        var claims = Docs.ClaimsOf(doc);

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Control);
        Assert.Equal(ClaimKind.Other, Assert.Single(claims).Kind);
    }

    [Theory]
    [InlineData("Regional authorities reported damage to energy facilities in Poltava overnight.", "Poltava")]
    [InlineData("Уночі в Полтаві пошкоджено дві підстанції, повідомила обласна військова адміністрація.", "Полтаві")]
    [InlineData("Ночью в Полтаве повреждены две подстанции, сообщили в областной администрации.", "Полтаве")]
    public void Process_DamageReported_IsAStrikeAtItsPlace(string text, string poltava)
    {
        var doc = Docs.Text(text, published: Published);
        Docs.Place(doc, poltava, 696643, "Poltava");

        var strike = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);

        Assert.Equal(696643, strike.Place?.GeonameId);
    }

    [Fact]
    public void Process_CountryAfterTheLastLaunchSite_IsNoPlaceOfTheStrike()
    {
        var doc = Docs.Text("According to the Air Force, the enemy launched drones from the directions of Kursk, Oryol and Primorsko-Akhtarsk in Russia.", published: Published);
        Docs.Place(doc, "Kursk", 538560, "Kursk", country: "RU", featureCode: "PPLA", role: PlaceRole.Origin);
        Docs.Place(doc, "Oryol", 515012, "Oryol", country: "RU", featureCode: "PPLA", role: PlaceRole.Origin);
        Docs.Place(doc, "Primorsko-Akhtarsk", 504341, "Primorsko-Akhtarsk", country: "RU", role: PlaceRole.Origin);
        Docs.Place(doc, "Russia", 2017370, "Russia", country: "RU", featureCode: "PCLI");

        var strike = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);

        Assert.Null(strike.Place);
    }

    [Theory]
    [InlineData("Russian missiles hit Kyiv and Boiarka overnight.\n\nMore than 300,000 households in the capital were left without power, the energy ministry said.", "Kyiv")]
    [InlineData("Уночі ракети влучили в Київ.\n\nПонад 300 тисяч родин у столиці залишилися без світла, повідомили в Міненерго.", "Київ")]
    [InlineData("Ночью ракеты попали в Киев.\n\nБолее 300 тысяч семей в столице остались без света, сообщили в Минэнерго.", "Киев")]
    public void Process_TheCapital_IsTheCapitalNamedBefore(string text, string kyiv)
    {
        var doc = Docs.Text(text, published: Published);
        Docs.Place(doc, kyiv, 703448, "Kyiv", featureCode: "PPLC");
        if (text.Contains("Boiarka", StringComparison.Ordinal))
        {
            Docs.Place(doc, "Boiarka", 711660, "Boiarka"); // a settlement named later is not "the capital"
        }

        var blackout = Assert.Single(Docs.ClaimsOf(doc), c => c.Span.Start > text.IndexOf('\n', StringComparison.Ordinal));

        Assert.Equal(703448, blackout.Place?.GeonameId);
    }
}
