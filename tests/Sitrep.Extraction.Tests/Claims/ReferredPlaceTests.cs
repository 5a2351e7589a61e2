using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// Places a statement refers to without naming them: "the region", a part of the town ("the north", "the eastern
/// outskirts"), "it", "the two cities", a strike fired from somewhere at the story's town, and the town another
/// speaker's sentence just told; and places named only as details of another ("including near ...").
/// </summary>
public sealed class ReferredPlaceTests
{
    private const long Mykolaiv = 700569;
    private const long MykolaivOblast = 700567;
    private const long Bakhmut = 709717;
    private const long Soledar = 693208;
    private const long Kupiansk = 703656;
    private const long Huliaipole = 707898;

    [Theory]
    [InlineData("The Mykolaiv regional military administration said a drone hit a warehouse in Mykolaiv. Since October, Russia has hit grain silos in the region 14 times, the administration said.", "Mykolaiv regional")]
    [InlineData("Уночі дрон влучив у склад у Миколаєві, повідомила Миколаївська ОВА. Загалом за добу сили ППО збили над областю 9 безпілотників, повідомила Миколаївська ОВА.", "Миколаївська ОВА")]
    public void Process_TheRegion_IsTheRegionOfTheStory(string text, string regionWords)
    {
        var doc = Docs.Text(text, outlet: "Southern Courier");
        Docs.Place(doc, regionWords.Split(' ')[0], MykolaivOblast, "Mykolaiv Oblast", featureCode: "ADM1", role: PlaceRole.Name);
        Docs.Place(doc, text.StartsWith("The", StringComparison.Ordinal) ? "Mykolaiv" : "Миколаєві", Mykolaiv, "Mykolaiv", featureCode: "PPLA", occurrence: text.StartsWith("The", StringComparison.Ordinal) ? 1 : 0);

        var claims = Docs.ClaimsOf(doc);

        Assert.Contains(claims, c => c.Place?.GeonameId == MykolaivOblast && c.Span.Start > text.IndexOf('.', StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Russia says it has taken Kupiansk; Ukraine says its soldiers still hold the north", "north")]
    [InlineData("Kupiansk is contested. The enemy controls the eastern outskirts and is pushing into the centre, the 2nd Corps said.", "east")]
    public void Process_APartOfTheTownWithNoName_IsInTheTownTold(string text, string extent)
    {
        var doc = Docs.Text(text, outlet: "Eastern Herald");
        Docs.Place(doc, "Kupiansk", Kupiansk, "Kupiansk", featureCode: "PPLA2");

        var control = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Control);

        Assert.Equal(extent, control.Extent);
        Assert.Equal(Kupiansk, control.Place?.GeonameId);
    }

    [Fact]
    public void Process_ControlOfIt_IsTheTownTheStoryNamesMost()
    {
        var doc = Docs.Text("Moscow claimed Huliaipole on Monday. Huliaipole lies north-east of Orikhiv. A Ukrainian spokesperson said on Tuesday that Ukrainian troops still control it.", outlet: "Steppe Monitor");
        Docs.Place(doc, "Huliaipole", Huliaipole, "Huliaipole", featureCode: "PPLA2");
        Docs.Place(doc, "Huliaipole", Huliaipole, "Huliaipole", featureCode: "PPLA2", occurrence: 1);
        Docs.Place(doc, "Orikhiv", 698428, "Orikhiv", featureCode: "PPLA2");

        var control = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Control);

        Assert.Equal(Huliaipole, control.Place?.GeonameId);
    }

    [Theory]
    [InlineData("Moscow says its forces have surrounded Bakhmut and nearby Soledar. Ukrainian military officials denied that the two towns had been encircled.")]
    [InlineData("Москва заявляє, що її війська оточили Бахмут і Соледар. Українські командири спростували, що обидва міста оточені.")]
    public void Process_TheTwoTowns_AreTheTwoSettlementsNamedBefore(string text)
    {
        var doc = Docs.Text(text, outlet: "Front Notes");
        var english = text.StartsWith("Moscow", StringComparison.Ordinal);
        Docs.Place(doc, english ? "Bakhmut" : "Бахмут", Bakhmut, "Bakhmut");
        Docs.Place(doc, english ? "Soledar" : "Соледар", Soledar, "Soledar");

        var denials = Docs.ClaimsOf(doc).FindAll(c => c.Stance == Stance.Denies && c.Kind == ClaimKind.Encirclement);

        Assert.Equal([Bakhmut, Soledar], denials.ConvertAll(c => c.Place?.GeonameId ?? 0));
    }

    [Fact]
    public void Process_SettlementsAfterIncluding_AreDetailsOfTheTownBefore()
    {
        const string text = "The brigade said its soldiers had repelled 12 Russian assaults around Bakhmut overnight, including near Soledar and Klishchiivka, and killed about 30 attackers.";
        var doc = Docs.Text(text, outlet: "Front Notes");
        Docs.Place(doc, "Bakhmut", Bakhmut, "Bakhmut");
        Docs.Place(doc, "Soledar", Soledar, "Soledar");
        Docs.Place(doc, "Klishchiivka", 706207, "Klishchiivka");

        var claims = Docs.ClaimsOf(doc);

        Assert.Equal(Bakhmut, Assert.Single(claims, c => c.Kind == ClaimKind.Repelled).Place?.GeonameId);
        Assert.Equal(Bakhmut, Assert.Single(claims, c => c.Kind == ClaimKind.Casualties).Place?.GeonameId);
    }

    [Fact]
    public void Process_FireFromALaunchSite_IsAtTheTownTheStoryTells()
    {
        var doc = Docs.Text("Russian artillery shelled Mykolaiv again on Sunday, the city council said. Mykolaiv has been hit daily this month. The shells were fired from the occupied Kinburn Spit, from the direction of Pokrovka, the police said.", outlet: "Southern Courier");
        Docs.Place(doc, "Mykolaiv", Mykolaiv, "Mykolaiv", featureCode: "PPLA");
        Docs.Place(doc, "Mykolaiv", Mykolaiv, "Mykolaiv", featureCode: "PPLA", occurrence: 1);
        Docs.Place(doc, "Pokrovka", 697100, "Pokrovka", role: PlaceRole.Origin);

        var police = Assert.Single(Docs.ClaimsOf(doc), c => c.Claimant.Contains("police", StringComparison.OrdinalIgnoreCase));

        Assert.Equal(ClaimKind.Strike, police.Kind);
        Assert.Equal(Mykolaiv, police.Place?.GeonameId);
    }

    [Fact]
    public void Process_LossesAfterAnotherSpeakersSentence_AreInTheTownTheStoryIsAbout()
    {
        var doc = Docs.Text("Mykolaiv was attacked overnight. Two people were killed in Mykolaiv, officials said. At least nine were injured, the city's military administration said.", outlet: "Southern Courier");
        Docs.Place(doc, "Mykolaiv", Mykolaiv, "Mykolaiv", featureCode: "PPLA");
        Docs.Place(doc, "Mykolaiv", Mykolaiv, "Mykolaiv", featureCode: "PPLA", occurrence: 1);

        var injured = Docs.ClaimsOf(doc).Last(c => c.Kind == ClaimKind.Casualties);

        Assert.Equal(Mykolaiv, injured.Place?.GeonameId);
    }

    [Fact]
    public void Process_TheVillagesSide_IsTheVillageNotTheTownNamedAfterIt()
    {
        var doc = Docs.Text("Moscow said its troops had taken Soledar, north-east of Bakhmut. A Ukrainian spokesperson said fighting goes on at the village's southern edge and that Ukrainian troops still hold it.", outlet: "Front Notes");
        Docs.Place(doc, "Soledar", Soledar, "Soledar");
        Docs.Place(doc, "Bakhmut", Bakhmut, "Bakhmut", featureCode: "PPLA2");

        var control = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Control);

        Assert.Equal(Soledar, control.Place?.GeonameId);
    }

    [Theory]
    [InlineData("Mykolaiv was shelled again overnight, the city council said. Mykolaiv's mayor said schools would stay shut. The air force said Russia fires hundreds of shells every day along the front.")]
    [InlineData("Миколаїв знову обстріляли вночі, повідомила міська рада. Мер Миколаєва сказав, що школи зачинені. Повітряні сили повідомили, що ворог щодня застосовує сотні КАБів по всій лінії фронту.")]
    public void Process_AStatementAboutTheWholeFront_IsAtNoSettlement(string text)
    {
        var doc = Docs.Text(text, outlet: "Southern Courier");
        var english = text.StartsWith("Mykolaiv", StringComparison.Ordinal);
        Docs.Place(doc, english ? "Mykolaiv" : "Миколаїв", Mykolaiv, "Mykolaiv", featureCode: "PPLA");
        Docs.Place(doc, english ? "Mykolaiv" : "Миколаєва", Mykolaiv, "Mykolaiv", featureCode: "PPLA", occurrence: english ? 1 : 0);

        var front = Docs.ClaimsOf(doc).Last(c => c.Kind == ClaimKind.Strike);

        Assert.Null(front.Place);
    }

    [Fact]
    public void Process_LossesOfAGroupOfForcesParagraph_AreTheGroupsZoneNotItsVillage()
    {
        var doc = Docs.Text("Units of the North group of forces have liberated the settlement of Soledar. The enemy lost up to 140 servicemen and two pickups.", outlet: "Ministry of Defence of the Russian Federation");
        Docs.Place(doc, "Soledar", Soledar, "Soledar");

        var losses = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);

        Assert.Null(losses.Place);
    }

    [Theory]
    [InlineData("Ukraine has about 880,000 people under arms, officials say.", "Ukraine", 690791L, false)]
    [InlineData("The ministry said 41 drones were shot down over Russia during the night.", "Russia", 2017370L, true)]
    public void Process_ACountryInAStatementOfKindOther_IsItsPlaceOnlyAsAirspace(string text, string country, long id, bool kept)
    {
        var doc = Docs.Text(text, outlet: "Harbour News");
        Docs.Place(doc, country, id, country, country: country == "Russia" ? "RU" : "UA", featureCode: "PCLI");

        var claim = Assert.Single(Docs.ClaimsOf(doc));

        Assert.Equal(ClaimKind.Other, claim.Kind);
        Assert.Equal(kept ? id : null, claim.Place?.GeonameId);
    }

    [Fact]
    public void Process_CommunitiesNamedByAdjective_AreNoSettlementsOfTheList()
    {
        var doc = Docs.Text("Вночі під обстрілом були Нікополь, Марганецька та Покровська громади.", outlet: "Dnipropetrovsk Regional Military Administration");
        Docs.Place(doc, "Нікополь", 700051, "Nikopol", featureCode: "PPLA2");
        Docs.Place(doc, "Марганецька", 701855, "Marhanets");
        Docs.Place(doc, "Покровська", 698436, "Pokrov");

        var strike = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);

        Assert.Equal(700051, strike.Place?.GeonameId);
    }

    [Fact]
    public void Process_TheTownsOwnBodyAfterAnotherSpeaker_SpeaksOfTheTown()
    {
        var doc = Docs.Text("Three people were killed when a missile hit a warehouse in Mykolaiv, local officials said.\n\nThe number of injured rose to nine by the evening, the Mykolaiv regional military administration said.", outlet: "Southern Courier");
        Docs.Place(doc, "Mykolaiv", Mykolaiv, "Mykolaiv", featureCode: "PPLA");
        Docs.Place(doc, "Mykolaiv", MykolaivOblast, "Mykolaiv Oblast", featureCode: "ADM1", role: PlaceRole.Name, occurrence: 1);

        var injured = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);

        Assert.Equal(Mykolaiv, injured.Place?.GeonameId);
    }

    [Fact]
    public void Process_ADenialWithNoPlace_DeniesAtThePlaceOfTheClaimItAnswers()
    {
        var doc = Docs.Text("Rights monitors said drone strikes on civilians in Kherson had become routine. Moscow denies targeting civilians.", outlet: "Southern Courier");
        Docs.Place(doc, "Kherson", 706448, "Kherson", featureCode: "PPLA");

        var denial = Assert.Single(Docs.ClaimsOf(doc), c => c.Stance == Stance.Denies);

        Assert.Equal((ClaimKind.Strike, 706448L), (denial.Kind, denial.Place?.GeonameId ?? 0));
    }

    [Fact]
    public void Process_WhereTheWoundedWereTaken_IsNotWhereTheyWereHurt()
    {
        var doc = Docs.Text("Утром дрон атаковал автобус в Бахмуте.\n\nПо предварительным данным, погибли двое мужчин 1972 года рождения. Тяжелораненых доставили в Соледар.", outlet: "Vladimir Saldo", published: new DateOnly(2025, 11, 19));
        Docs.Place(doc, "Бахмуте", Bakhmut, "Bakhmut");
        Docs.Place(doc, "Соледар", Soledar, "Soledar");
        Docs.Time(doc, "1972", new DateOnly(1972, 1, 1), new DateOnly(1972, 12, 31), TimePrecision.Year);

        var killed = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Casualties);

        Assert.Equal(Bakhmut, killed.Place?.GeonameId);
        Assert.NotEqual(1972, killed.From?.Year);
    }

    [Fact]
    public void Process_AListedSettlementTheGazetteerLacks_IsAClaimWithNoPlaceAndTheListGoesOn()
    {
        var doc = Docs.Text("На Бахмутському напрямку ворог 9 разів атакував поблизу Соледара, Зеленого Гаю та Бахмута.", outlet: "General Staff of the Armed Forces of Ukraine");
        Docs.Place(doc, "Бахмутському", Bakhmut, "Bakhmut", role: PlaceRole.Direction);
        Docs.Place(doc, "Соледара", Soledar, "Soledar");
        Docs.Place(doc, "Бахмута", Bakhmut, "Bakhmut");

        var claims = Docs.ClaimsOf(doc);

        Assert.Equal(3, claims.Count);
        Assert.Contains(claims, c => c.Place?.GeonameId == Soledar);
        Assert.Contains(claims, c => c.Place?.GeonameId == Bakhmut);
        Assert.Contains(claims, c => c.Place is null);
    }
}
