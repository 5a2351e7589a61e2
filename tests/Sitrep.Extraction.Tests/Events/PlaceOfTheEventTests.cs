using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The place of an event among the places of its sentence: a village placed by the town after it ("the village of
/// Prymorske near Stepnohirsk") is one event at the village; the air force as the subject of a strike ("авиация нанесла
/// удары по Краматорску и Славянску") is an air strike at each town; a compass comparative ("Южнее Покровска") is no
/// village; a community named by a compound adjective ("Великописарівська громада") is its seat. Each with a twin that
/// keeps the old reading.
/// </summary>
public sealed class PlaceOfTheEventTests
{
    private static List<ConflictEvent> Events(string text, string published = "2026-05-22") =>
        Docs.Processed(text, published).Events;

    private const long Prymorske = 696278;
    private const long Stepnohirsk = 692248;
    private const long Kramatorsk = 704508;
    private const long Sloviansk = 693468;
    private const long VelykaPysarivka = 690230;
    private const long Krasnopillia = 704343;

    [Theory]
    [InlineData("On Saturday, artillery struck the village of Prymorske near Stepnohirsk. Two houses burned.")]
    [InlineData("У суботу артилерія обстріляла село Приморське поблизу Степногірська. Згоріли два будинки.")]
    [InlineData("В субботу артиллерия обстреляла село Приморское возле Степногорска. Сгорели два дома.")]
    public void Process_VillageNearATown_OneEventAtTheVillage(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(Prymorske, e.Location!.GeonameId);
    }

    [Theory]
    [InlineData("On Saturday, artillery shelled Prymorske and Stepnohirsk.")]
    [InlineData("У суботу артилерія обстріляла Приморське та Степногірськ.")]
    [InlineData("В субботу артиллерия обстреляла Приморское и Степногорск.")]
    public void Process_VillageAndTownListed_AnEventAtEach(string text)
    {
        // a list names two places of the happening: neither is set aside
        var ids = Events(text).ConvertAll(e => e.Location?.GeonameId);
        Assert.Contains(Prymorske, ids);
        Assert.Contains(Stepnohirsk, ids);
    }

    [Theory]
    [InlineData("On Saturday, artillery struck a farm near Stepnohirsk.")]
    [InlineData("У суботу артилерія обстріляла ферму поблизу Степногірська.")]
    [InlineData("В субботу артиллерия обстреляла ферму возле Степногорска.")]
    public void Process_NearATownAlone_EventNearThatTown(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(Stepnohirsk, e.Location!.GeonameId);
    }

    [Theory]
    [InlineData("On Thursday Russian warplanes struck Kramatorsk and Sloviansk.")]
    [InlineData("У четвер авіація завдала ударів по Краматорську та Слов'янську.")]
    [InlineData("В четверг авиация нанесла удары по Краматорску и Славянску.")]
    public void Process_AviationStrikesTwoTowns_AnAirStrikeAtEach(string text)
    {
        var events = Events(text);
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal("air_drone_strike", e.Subtype));
        Assert.Equal([Sloviansk, Kramatorsk], events.ConvertAll(e => e.Location!.GeonameId).Order());
    }

    [Theory]
    [InlineData("On Thursday the airline resumed flights to Kramatorsk.")]
    [InlineData("У четвер цивільна авіація відновила рейси до Краматорська.")]
    [InlineData("В четверг гражданская авиация возобновила рейсы в Краматорск.")]
    public void Process_AviationWithNoStrike_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("Південніше Покровська підрозділи відбили атаку біля Удачного.", "Південніше")]
    [InlineData("Южнее Покровска подразделения отразили атаку у Удачного.", "Южнее")]
    [InlineData("Западнее Купянска противник атаковал позиции у Кучеровки.", "Западнее")]
    public void Process_CompassComparativeOpeningASentence_NoPlace(string text, string word)
    {
        var places = Docs.Processed(text, "2026-05-21").Places;
        Assert.DoesNotContain(places, p => p.Text == word);
        Assert.Contains(places, p => p.Role == PlaceRole.Location);
    }

    [Theory]
    [InlineData("У Південному вибухів не було.", "Південному")]
    [InlineData("В Южном взрывов не было.", "Южном")]
    public void Process_VillageNamedByTheCompassAdjective_StillAPlace(string text, string word)
    {
        Assert.Contains(Docs.Processed(text, "2026-05-21").Places, p => p.Text == word);
    }

    [Theory]
    [InlineData("Протягом доби під обстрілами були Краснопільська та Великописарівська громади.")]
    [InlineData("За сутки под обстрелами были Краснопольская и Великописаревская громады.")]
    public void Process_CommunityOfACompoundAdjective_ItsSeat(string text)
    {
        var ids = Docs.Processed(text, "2026-05-18").Places.ConvertAll(p => p.GeonameId);
        Assert.Contains(VelykaPysarivka, ids);
        Assert.Contains(Krasnopillia, ids);
    }

    [Theory]
    [InlineData("Великописарівську громаду обстріляли в неділю.")]
    [InlineData("Великописаревскую громаду обстреляли в воскресенье.")]
    public void Process_CompoundCommunityNamedAlone_ItsSeat(string text)
    {
        Assert.Contains(Docs.Processed(text, "2026-05-18").Places, p => p.GeonameId == VelykaPysarivka);
    }

    [Theory]
    [InlineData("Уламки впали на Великописарівську вулицю в Сумах.")]
    [InlineData("Обломки упали на Великописаревскую улицу в Сумах.")]
    public void Process_CompoundAdjectiveOfAStreet_NotTheVillage(string text)
    {
        // only a community word makes the adjective its seat: a street named after the village is in Sumy
        Assert.DoesNotContain(Docs.Processed(text, "2026-05-18").Places, p => p.GeonameId == VelykaPysarivka);
    }
    private const long KhersonCity = 706448;

    [Theory]
    [InlineData("Over the past day Russian forces carried out 46 attacks on the Kherson region.\n\nOn Monday artillery shelled Kherson, damaging a house.")]
    [InlineData("Минулої доби ворог здійснив 46 обстрілів по Херсонщині.\n\nУ понеділок артилерія обстріляла Херсон, пошкоджено будинок.")]
    [InlineData("За прошедшие сутки противник совершил 46 обстрелов Херсонской области.\n\nВ понедельник артиллерия обстреляла Херсон, поврежден дом.")]
    public void Process_RegionsTotalAndASettlementAfter_TheSettlementAlone(string text)
    {
        var e = Assert.Single(Events(text, "2026-05-19"));
        Assert.Equal(KhersonCity, e.Location!.GeonameId);
    }

    [Theory]
    [InlineData("Over the past day Russian forces carried out 46 attacks on the Kherson region.")]
    [InlineData("Минулої доби ворог здійснив 46 обстрілів по Херсонщині.")]
    [InlineData("За прошедшие сутки противник совершил 46 обстрелов Херсонской области.")]
    public void Process_RegionsTotalAlone_StaysTheRegionsReport(string text)
    {
        Assert.Single(Events(text, "2026-05-19"));
    }
    private const long Esman = 710534;
    private const long SeredynaBuda = 694491;
    private const long ShostkaRaion = 9807848;

    [Theory]
    [InlineData("Overnight Russian drones attacked the Shostka district. One of them hit a warehouse in Esman.", Esman)]
    [InlineData("Уночі росіяни атакували Шосткинський район ударними дронами. Один із них влучив у склад в Есмані.", Esman)]
    [InlineData("Ночью российские дроны атаковали Шосткинский район. Один из них попал в склад в Середине-Буде.", SeredynaBuda)]
    public void Process_RaionThenItsVillageInTheNextSentence_EventAtTheVillage(string text, long village)
    {
        var e = Assert.Single(Events(text, "2026-05-18"));
        Assert.Equal(village, e.Location!.GeonameId);
    }

    [Theory]
    [InlineData("Overnight Russian drones attacked the Shostka district. Sumy itself had a quiet night.")]
    [InlineData("Уночі росіяни атакували Шосткинський район ударними дронами. У Сумах ніч минула спокійно.")]
    [InlineData("Ночью российские дроны атаковали Шосткинский район. В Сумах ночь прошла спокойно.")]
    public void Process_RaionThenAFarTownInTheNextSentence_EventInTheRaion(string text)
    {
        var e = Assert.Single(Events(text, "2026-05-18"));
        Assert.Equal(ShostkaRaion, e.Location!.GeonameId);
    }
    private const long Udachne = 690841;

    private const string EnLines = "Kramatorsk had a quiet night.\n\nAir defence worked over Sloviansk.\n\n";
    private const string UkLines = "У Краматорську ніч минула спокійно.\n\nНад Слов'янськом працювала ППО.\n\n";
    private const string RuLines = "В Краматорске ночь прошла спокойно.\n\nНад Славянском работала ПВО.\n\n";

    [Theory]
    [InlineData(EnLines + "On Wednesday Russian troops attacked Ukrainian positions near Rodynske.\n\nSouth of Pokrovsk, the Ukrainian units repelled an assault near Udachne.")]
    [InlineData(UkLines + "У середу росіяни атакували позиції біля Родинського.\n\nПівденніше Покровська підрозділи ЗСУ відбили штурм біля Удачного.")]
    [InlineData(RuLines + "В среду наши штурмовые группы вели бои у Родинского.\n\nЮжнее Покровска подразделения отразили атаку ВСУ у Удачного.")]
    public void Process_PostLineWithNoTimeAfterADatedLine_TakesThatDay(string text)
    {
        var e = Events(text, "2026-05-21").Find(e => e.Location?.GeonameId == Udachne);
        Assert.NotNull(e);
        Assert.Equal(new DateOnly(2026, 5, 20), e.From);
    }

    [Theory]
    [InlineData(EnLines + "On Wednesday Russian troops attacked Ukrainian positions near Rodynske. Two soldiers were wounded.\n\nSouth of Pokrovsk, the Ukrainian units repelled an assault near Udachne.")]
    [InlineData(UkLines + "У середу росіяни атакували позиції біля Родинського. Поранено двох військових.\n\nПівденніше Покровська підрозділи ЗСУ відбили штурм біля Удачного.")]
    [InlineData(RuLines + "В среду наши штурмовые группы вели бои у Родинского. Ранены двое военных.\n\nЮжнее Покровска подразделения отразили атаку ВСУ у Удачного.")]
    public void Process_LineAfterAParagraphOfSeveralSentences_KeepsThePublicationDay(string text)
    {
        var e = Events(text, "2026-05-21").Find(e => e.Location?.GeonameId == Udachne);
        Assert.NotNull(e);
        Assert.Equal(new DateOnly(2026, 5, 21), e.From);
    }
    private const long Myropillia = 701020;

    [Theory]
    [InlineData("Over the past day Russian forces shelled the Krasnopillia, Myropillia and Velyka Pysarivka hromadas.")]
    [InlineData("Протягом доби під обстрілами були Краснопільська, Миропільська та Великописарівська громади.")]
    [InlineData("За сутки противник обстрелял Краснопольскую, Миропольскую и Великописаревскую громады.")]
    public void Process_CommunitiesListedUnderFire_AShellingAtEach(string text)
    {
        var ids = Events(text, "2026-05-18").ConvertAll(e => e.Location?.GeonameId);
        Assert.Equal(3, ids.Count);
        Assert.Contains(Krasnopillia, ids);
        Assert.Contains(Myropillia, ids);
        Assert.Contains(VelykaPysarivka, ids);
    }

    [Theory]
    [InlineData("Over the past day Russian forces shelled the Krasnopillia hromada.")]
    [InlineData("Протягом доби під обстрілом була Краснопільська громада.")]
    [InlineData("За сутки противник обстрелял Краснопольскую громаду.")]
    public void Process_OneCommunityUnderFire_OneShelling(string text)
    {
        var e = Assert.Single(Events(text, "2026-05-18"));
        Assert.Equal(Krasnopillia, e.Location!.GeonameId);
    }

    [Theory]
    [InlineData("Settlements of the Kherson and Beryslav districts came under fire.", "Kherson")]
    [InlineData("Під ударами були населені пункти Херсонського та Бериславського районів.", "Херсонського")]
    [InlineData("Под ударами были населённые пункты Херсонского и Бериславского районов.", "Херсонского")]
    public void Process_RaionAdjectivesBeforeAPluralRaionWord_EachARaion(string text, string first)
    {
        var places = Docs.Processed(text, "2026-05-19").Places;
        var p = Assert.Single(places, p => p.Text == first);
        Assert.Equal("ADM2", p.FeatureCode);
    }

    [Theory]
    [InlineData("Kherson and settlements of the Beryslav district came under fire.", "Kherson")]
    [InlineData("Під ударами були Херсон та населені пункти Бериславського району.", "Херсон")]
    [InlineData("Под ударами были Херсон и населённые пункты Бериславского района.", "Херсон")]
    public void Process_CityBeforeARaion_StaysTheCity(string text, string city)
    {
        var p = Assert.Single(Docs.Processed(text, "2026-05-19").Places, p => p.Text == city);
        Assert.Equal(KhersonCity, p.GeonameId);
    }
}
