using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Attribution;
using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// Claims of unit posts and daily summaries: whose channel it is, one claim per listed village, and the kinds that
/// strikes, losses, interceptions and attacks take.
/// </summary>
public sealed class SummaryClaimsTests
{
    private static Document Run(Document doc) => Docs.Through(doc, new AttributionStage(), new ClaimsStage());

    [Theory]
    [InlineData("93 ОМБр «Холодний Яр»", null, "93rd Mechanized Brigade Kholodnyi Yar")]
    [InlineData("68 ОЄБр імені Олекси Довбуша", null, "68th Separate Jaeger Brigade")]
    [InlineData("Губернатор Херсонской области", null, "Vladimir Saldo")]
    [InlineData(null, "Генеральний штаб ЗСУ", "General Staff of the Armed Forces of Ukraine")]
    [InlineData(null, "Сводка Министерства обороны Российской Федерации о ходе операции", "Ministry of Defence of the Russian Federation")]
    [InlineData(null, "General Staff of the Armed Forces of Ukraine: operational update as of 08:00", "General Staff of the Armed Forces of Ukraine")]
    public void OwnChannel_OutletOrHeadingOfABody_IsTheClaimant(string? outlet, string? title, string claimant)
    {
        var doc = new Document("Позиції утримуємо.\n", new DocumentMetadata { Outlet = outlet, Title = title });

        Assert.Equal(claimant, ClaimsStage.OwnChannel(doc)?.Name);
    }

    [Theory]
    [InlineData("Сумський кур'єр", null)]
    [InlineData(null, "General Staff of the Armed Forces of Ukraine says Russian assault near Kupiansk repelled")]
    [InlineData(null, "Fog slows drone war around Kostiantynivka")]
    [InlineData("Reuters", "Генеральний штаб ЗСУ")]
    public void OwnChannel_NewsOutletOrHeadline_IsNoChannel(string? outlet, string? title)
    {
        var doc = new Document("Позиції утримуємо.\n", new DocumentMetadata { Outlet = outlet, Title = title });

        Assert.Null(ClaimsStage.OwnChannel(doc));
    }

    [Fact]
    public void Process_SummaryListingVillages_GivesOneClaimPerVillage()
    {
        var doc = Docs.Text("На Лиманському напрямку ворог 12 разів атакував у районах Торське, Ямпіль та Середнє. У Лимані тихо, а біля Сіверська ворог атакував двічі.",
            outlet: "General Staff of the Armed Forces of Ukraine");
        Docs.Place(doc, "Торське", 691358, "Torske");
        Docs.Place(doc, "Ямпіль", 688505, "Yampil");
        Docs.Place(doc, "Середнє", 692999, "Serednie");
        Docs.Place(doc, "Сіверська", 694403, "Siversk");
        Docs.Place(doc, "Лимані", 704204, "Lyman");

        var claims = Run(doc).Claims;

        var first = claims.FindAll(c => doc.Sentences[0].Span.Contains(c.Span));
        Assert.Equal([691358L, 688505L, 692999L], first.Select(c => c.Place!.GeonameId));
        Assert.All(first, c => Assert.Equal(ClaimKind.Other, c.Kind));

        // "У Лимані тихо, а біля Сіверська ворог атакував двічі": two places in one sentence, but not one list
        var second = Assert.Single(claims, c => doc.Sentences[1].Span.Contains(c.Span));
        Assert.Equal(694403, second.Place!.GeonameId);
    }

    [Fact]
    public void Process_SummarySectionWithoutAPlace_StaysWithoutOne()
    {
        var doc = Docs.Text("На Оріхівському напрямку противник тричі атакував у районі Степногірська.\n\nНа Придніпровському напрямку ворог зазнав поразки, здійснивши одну спробу наступу.\n\nНа Волинському напрямку ознак формування наступальних угруповань не виявлено.",
            outlet: "General Staff of the Armed Forces of Ukraine");
        Docs.Place(doc, "Степногірська", 692248, "Stepnohirsk");

        var claims = Run(doc).Claims;

        Assert.Equal([ClaimKind.Other, ClaimKind.Repelled, ClaimKind.Other], claims.Select(c => c.Kind));
        Assert.Equal([692248L, null, null], claims.Select(c => c.Place?.GeonameId));
    }

    [Fact]
    public void Process_BriefingParagraphs_ClearingIsOtherDefeatIsAStrikeAndARegionEndsTheSearch()
    {
        var doc = Docs.Text("Подразделения группировки войск «Центр» продолжили зачистку Родинского и Гришина.\n\n" +
            "Подразделения группировки войск «Запад» нанесли поражение живой силе ВСУ в районе Купянска.\n\n" +
            "Подразделения группировки войск «Восток» освободили населённый пункт Новое Запорожской области. Противник потерял до 90 военнослужащих.",
            outlet: "Ministry of Defence of the Russian Federation");
        Docs.Place(doc, "Родинского", 695581, "Rodynske");
        Docs.Place(doc, "Гришина", 708060, "Hryshyne");
        Docs.Place(doc, "Купянска", 703656, "Kupiansk");
        Docs.Place(doc, "Запорожской области", 687699, "Zaporizhzhia Oblast", featureCode: "ADM1");

        var claims = Run(doc).Claims;

        Assert.Equal([ClaimKind.Other, ClaimKind.Other, ClaimKind.Strike, ClaimKind.Capture, ClaimKind.Casualties], claims.Select(c => c.Kind));
        Assert.Equal([695581L, 708060L, 703656L, 687699L, null], claims.Select(c => c.Place?.GeonameId));
    }

    [Fact]
    public void Process_MeasuresToDestroyGroupsInATown_IsAClaimThere()
    {
        var doc = Docs.Text("Our forces are taking measures to destroy enemy sabotage groups in Myrnohrad.", outlet: "General Staff of the Armed Forces of Ukraine");
        Docs.Place(doc, "Myrnohrad", 710035, "Myrnohrad");

        var claim = Assert.Single(Run(doc).Claims);

        Assert.Equal(ClaimKind.Other, claim.Kind);
        Assert.Equal(710035, claim.Place?.GeonameId);
    }

    [Theory]
    [InlineData("The regional administration said a Russian missile hit a block of flats in Dnipro, killing two people.", new[] { ClaimKind.Strike })]
    [InlineData("The brigade said it had killed 20 Russian soldiers near Dnipro and destroyed two tanks.", new[] { ClaimKind.Casualties, ClaimKind.Strike })]
    [InlineData("The Ukrainian Navy said a Russian drone struck a tug near Dnipro, without casualties.", new[] { ClaimKind.Strike })]
    [InlineData("Ukraine's Air Force said air defence shot down 40 of 52 drones over Dnipro.", new[] { ClaimKind.Other })]
    [InlineData("Ukraine's Air Force said an Iskander-M missile was used on Dnipro and could not be intercepted.", new[] { ClaimKind.Strike })]
    [InlineData("The regional administration said Russian drones attacked Dnipro overnight.", new[] { ClaimKind.Strike })]
    [InlineData("The regional administration said Russian troops attacked near Dnipro twice.", new[] { ClaimKind.Other })]
    [InlineData("Знищено 6 окупантів біля Дніпра, повідомила бригада.", new[] { ClaimKind.Casualties })]
    [InlineData("Знищено два танки біля Дніпра, повідомила бригада.", new[] { ClaimKind.Strike })]
    [InlineData("Dnipro came under artillery fire overnight, wounding a woman, the regional administration said.", new[] { ClaimKind.Strike })]
    [InlineData("Russian aircraft dropped guided bombs on Dnipro, killing two people, the regional administration said.", new[] { ClaimKind.Strike })]
    [InlineData("The General Staff said 24 attacks were recorded near Dnipro.", new[] { ClaimKind.Other })]
    [InlineData("Ворог обстріляв околиці Дніпра, повідомила ОВА.", new[] { ClaimKind.Strike })]
    [InlineData("The Air Force said Russia launched 60 drones and three missiles at Dnipro overnight, most of them shot down.", new[] { ClaimKind.Strike })]
    [InlineData("Вночі ворог випустив по Дніпру 40 дронів, повідомили в Повітряних силах.", new[] { ClaimKind.Strike })]
    [InlineData("Ukraine's Air Force said air defence shot down 40 of 52 drones launched by Russia at Dnipro.", new[] { ClaimKind.Other })] // what was shot down
    public void Process_StrikeLossesInterceptionsAndAttacks_HaveTheirKinds(string text, ClaimKind[] kinds)
    {
        var doc = Docs.Text(text);
        Docs.Place(doc, new[] { "Dnipro", "Дніпра", "Дніпру" }.First(w => text.Contains(w, StringComparison.Ordinal)), 709930, "Dnipro");

        var claims = Run(doc).Claims;

        Assert.Equal(kinds, claims.Select(c => c.Kind));
        Assert.All(claims, c => Assert.Equal(Stance.Asserts, c.Stance));
    }

    [Theory]
    [InlineData("\"The statements of the Russian command about the capture of Kupiansk do not correspond to reality,\" the General Staff of the Armed Forces of Ukraine said.", Stance.Denies)]
    [InlineData("Заяви російського командування про захоплення Куп'янська не відповідають дійсності, заявив Генштаб ЗСУ.", Stance.Denies)]
    [InlineData("The General Staff of the Armed Forces of Ukraine said the capture of Kupiansk was a turning point for Russia.", Stance.Asserts)]
    public void Process_DoesNotCorrespondToReality_DeniesTheCapture(string text, Stance stance)
    {
        var doc = Docs.Text(text);
        Docs.Place(doc, text.Contains("Kupiansk", StringComparison.Ordinal) ? "Kupiansk" : "Куп'янська", 704508, "Kupiansk");

        var claim = Assert.Single(Run(doc).Claims);

        Assert.Equal(ClaimKind.Capture, claim.Kind);
        Assert.Equal(stance, claim.Stance);
    }

    [Theory]
    [InlineData("Втрат серед особового складу бригади сьогодні немає.", Stance.Denies)]
    [InlineData("Втрати противника – до 30 осіб.", Stance.Asserts)]
    public void Process_LossesThatAreAbsent_DenyCasualties(string text, Stance stance)
    {
        var doc = Docs.Text(text, outlet: "93 ОМБр «Холодний Яр»");

        var claim = Assert.Single(Run(doc).Claims);

        Assert.Equal(ClaimKind.Casualties, claim.Kind);
        Assert.Equal(stance, claim.Stance);
    }

    [Theory]
    [InlineData("Russian drones hit energy facilities overnight after being launched from the directions of Kursk and Oryol, the Air Force said.", new long[0])]
    [InlineData("Ukrainian drones hit energy facilities in Kursk and Oryol overnight, the Russian Defence Ministry said.", new[] { 538560L, 515012L })]
    public void Process_LaunchSites_AreNotTheClaimPlace(string text, long[] places)
    {
        var doc = Docs.Text(text);
        Docs.Place(doc, "Kursk", 538560, "Kursk", country: "RU");
        Docs.Place(doc, "Oryol", 515012, "Oryol", country: "RU");

        var claims = Run(doc).Claims;

        Assert.NotEmpty(claims);
        Assert.Equal(places, claims.Where(c => c.Place is not null).Select(c => c.Place!.GeonameId));
    }

    [Theory]
    [InlineData("\"A fire broke out in a warehouse in Kupiansk after debris fell,\" the head of the city military administration said.", 0)]
    [InlineData("Russian troops captured Kupiansk after artillery fell silent, the head of the city military administration said.", 1)]
    public void Process_DebrisFell_IsNoCapture(string text, int captures)
    {
        var doc = Docs.Text(text);
        Docs.Place(doc, "Kupiansk", 704508, "Kupiansk");

        Assert.Equal(captures, Run(doc).Claims.Count(c => c.Kind == ClaimKind.Capture));
    }
}
