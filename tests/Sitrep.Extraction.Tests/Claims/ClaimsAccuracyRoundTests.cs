using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// Rules of the claims accuracy round: "the city" is not a village named only as where something came from; a body
/// named by its town's adjective speaks of that town; strikes told in the future are intentions; "пострадавших нет"
/// denies losses; a present-tense try to break through is a repelled attack; a claim of one statement dates another.
/// </summary>
public sealed class ClaimsAccuracyRoundTests
{
    private const long Pokrovsk = 704422;
    private const long Zvirove = 686799;
    private const long Shostka = 693942;
    private const long Huliaipole = 707898;
    private const long Klintsy = 547475;

    [Theory]
    [InlineData("Heavy fighting went on in Pokrovsk, the corps said. It said its drones destroyed a truck on the road from Zvirove.\n\nA reserve company was sent into the city this week, a military source told reporters.", "Pokrovsk", "Zvirove", "sent into the city")]
    [InlineData("У Покровську тривають важкі бої, повідомили в корпусі. Дрони корпусу знищили вантажівку на дорозі з Звірового.\n\nЦього тижня до міста перекинули резервну роту, розповіло джерело у війську.", "Покровську", "Звірового", "до міста")]
    [InlineData("В Покровске идут тяжелые бои, сообщили в корпусе. Дроны корпуса уничтожили грузовик на дороге из Звирового.\n\nНа этой неделе в город перебросили резервную роту, рассказал источник в войсках.", "Покровске", "Звирового", "в город")]
    public void Process_TheCityAfterAVillageNamedAsAnOrigin_IsTheStorysCity(string text, string city, string village, string words)
    {
        var doc = Docs.Text(text, outlet: "Front Wire");
        Docs.Place(doc, city, Pokrovsk, "Pokrovsk", featureCode: "PPLA2");
        Docs.Place(doc, village, Zvirove, "Zvirove");
        var at = Docs.SpanOf(doc, words);

        var moved = Assert.Single(Docs.ClaimsOf(doc), c => c.Span.Contains(at));

        Assert.Equal(Pokrovsk, moved.Place?.GeonameId);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Process_BodyNamedByItsTownsAdjective_SpeaksOfThatTown(bool adjectiveIsAPlace)
    {
        var doc = Docs.Text("Уночі росіяни атакували Шостку ударними дронами, повідомив міський голова.\n\nЯк повідомила Шосткинська міська рада, це вже третя атака з початку місяця, а загалом від ударів постраждали понад 40 будинків.",
            outlet: "Sumy Today");
        Docs.Place(doc, "Шостку", Shostka, "Shostka", featureCode: "PPLA2");
        if (adjectiveIsAPlace)
        {
            Docs.Place(doc, "Шосткинська", Shostka, "Shostka", featureCode: "PPLA2"); // the town's adjective inside the speaker's name
        }

        var council = Assert.Single(Docs.ClaimsOf(doc), c => c.Claimant.StartsWith("Шосткин", StringComparison.Ordinal));

        Assert.Equal(Shostka, council.Place?.GeonameId);
    }

    [Theory]
    [InlineData("A General Staff spokesman said that strikes on military targets in Russia will continue.")]
    [InlineData("Речник Генштабу заявив, що удари по військових об'єктах на території Росії будуть продовжені.")]
    [InlineData("Представитель Генштаба ВСУ заявил, что удары по военным объектам на территории России будут продолжены.")]
    public void Process_StrikesToldInTheFuture_AreNoStrike(string text)
    {
        var doc = Docs.Text(text, outlet: "Border Wire");

        var claims = Docs.ClaimsOf(doc);

        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Strike);
        Assert.Contains(claims, c => c.Kind == ClaimKind.Other);
    }

    [Fact]
    public void Process_StrikeDoneWithAFutureClauseApart_StaysAStrike()
    {
        var doc = Docs.Text("The regional governor said drones struck a depot in Klintsy overnight, and that repairs will take a week.", outlet: "Border Wire");
        Docs.Place(doc, "Klintsy", Klintsy, "Klintsy", country: "RU");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);
    }

    [Theory]
    [InlineData("Ночью беспилотник атаковал склад в Клинцах, сообщил губернатор. По его словам, пострадавших нет, повреждены два грузовика.", "Клинцах")]
    [InlineData("Вночі безпілотник атакував склад у Клинцях, повідомив губернатор. За його словами, постраждалих немає, пошкоджено дві вантажівки.", "Клинцях")]
    public void Process_NoneHurt_DeniesLosses(string text, string town)
    {
        var published = new DateOnly(2026, 1, 17);
        var doc = Docs.Text(text, outlet: "Bryansk Daily", published: published);
        Docs.Place(doc, town, Klintsy, "Klintsy", country: "RU");
        Docs.Time(doc, text.StartsWith("Ночью", StringComparison.Ordinal) ? "Ночью" : "Вночі", published.AddDays(-1), published);

        var denial = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);

        Assert.Equal(Stance.Denies, denial.Stance);
        Assert.Equal(published.AddDays(-1), denial.From); // dated by the strike of its own statement
    }

    [Theory]
    [InlineData("Всем пострадавшим оказывается помощь, сообщил губернатор.")]
    [InlineData("Усім постраждалим надають допомогу, повідомив губернатор.")]
    public void Process_HelpForThoseHurt_IsNoLossesClaim(string text)
    {
        var doc = Docs.Text(text, outlet: "Bryansk Daily");

        Assert.DoesNotContain(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);
    }

    [Theory]
    [InlineData("«Вони щодня пробують прорватися до Гуляйполя, але не можуть закріпитися», – сказав офіцер бригади.", "Гуляйполя")]
    [InlineData("«Они каждый день пытаются прорваться к Гуляйполю, но закрепиться не могут», — сказал офицер бригады.", "Гуляйполю")]
    [InlineData("\"They are trying to break through to Huliaipole every day,\" a brigade officer said.", "Huliaipole")]
    public void Process_TryToBreakThroughInThePresent_IsARepelledAttack(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Front Digest");
        Docs.Place(doc, town, Huliaipole, "Huliaipole");

        Assert.Contains(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Repelled);
    }

    [Theory]
    [InlineData("Утром дроны атаковали Рыльск, сообщил губернатор области.\n\nПовреждены здание школы и два дома, уточнил мэр города Сергей Карпенко.", "Рыльск")]
    [InlineData("Вранці дрони атакували Рильськ, повідомив губернатор області.\n\nПошкоджено будівлю школи і два будинки, уточнив міський голова Сергій Карпенко.", "Рильськ")]
    [InlineData("Drones attacked Rylsk in the morning, the regional governor said.\n\nA school and two houses were damaged, the mayor said.", "Rylsk")]
    public void Process_TownOfficeNamedByNoTown_SpeaksOfTheStorysTown(string text, string town)
    {
        var doc = Docs.Text(text, outlet: "Seim Info");
        Docs.Place(doc, town, 695019, "Rylsk", country: "RU", featureCode: "PPLA2");

        var damage = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike && doc.Sentences[^1].Span.Contains(c.Span));

        Assert.Equal(695019, damage.Place?.GeonameId);
    }

    [Theory]
    [InlineData("Уночі ворог атакував Запоріжжя ударними дронами, повідомили Повітряні сили.\n\nЯк повідомляють Повітряні сили, загалом над областю вночі знищено 9 ударних дронів.")]
    [InlineData("Ночью противник атаковал Запорожье ударными дронами, сообщили Воздушные силы.\n\nКак сообщают Воздушные силы, всего над областью ночью уничтожено 9 ударных дронов.")]
    public void Process_TheRegionInAStoryOfItsCentre_IsTheCentresRegion(string text)
    {
        var doc = Docs.Text(text, outlet: "Zaporizhzhia Today");
        var city = Docs.Place(doc, text.StartsWith("Уночі", StringComparison.Ordinal) ? "Запоріжжя" : "Запорожье", 687700, "Zaporizhzhia", featureCode: "PPLA");
        doc.Places[^1] = city with { Admin1 = "Zaporizhzhia Oblast" };

        var downed = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Other);

        Assert.Equal(687699, downed.Place?.GeonameId); // Zaporizhzhia Oblast
    }
}
