using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The eighteenth round's event rules, from text the rules had not seen: a counter-attack is a fight; a weapon that
/// covers troops ("under the cover of artillery") is part of the fight; an offensive "in its second week" is the long
/// war of a place; drones destroyed over a place were shot down; a summed-up count of repetitions ("Загалом за день ворог
/// 23 рази обстріляв ...") is a total; two lines of an hour-by-hour report hours apart at two villages are two strikes;
/// "Режим ... опасности" is no place. Each with a twin that keeps the old reading.
/// </summary>
public sealed class UnseenTextEventTests
{
    private static List<ConflictEvent> Events(string text, string published = "2026-06-12") =>
        Docs.Processed(text, published).Events;

    private const long MalaTokmachka = 702153;
    private const long Orikhiv = 698428;
    private const long Kizomys = 705698;
    private const long TomynaBalka = 691416;
    private const long Ukraine = 690791;

    [Theory]
    [InlineData("On Saturday, Russian forces counterattacked near Mala Tokmachka with tanks.")]
    [InlineData("У суботу російські війська контратакували біля Малої Токмачки танками.")]
    [InlineData("В субботу российские войска контратаковали у Малой Токмачки танками.")]
    public void Process_Counterattacked_AClash(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal("armed_clash", e.Subtype);
        Assert.Equal(MalaTokmachka, e.Location!.GeonameId);
    }

    [Theory]
    [InlineData("Analysts say Russian forces could counterattack near Mala Tokmachka.")]
    [InlineData("Аналітики вважають, що російські війська можуть контратакувати біля Малої Токмачки.")]
    [InlineData("Аналитики считают, что российские войска могут контратаковать у Малой Токмачки.")]
    public void Process_ACounterattackThatMayCome_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("On Saturday, Ukrainian units crossed the ravines near Mala Tokmachka under the cover of artillery.")]
    [InlineData("У суботу під прикриттям артилерії українські підрозділи перейшли яри біля Малої Токмачки.")]
    [InlineData("В субботу под прикрытием артиллерии украинские подразделения пересекли овраги у Малой Токмачки.")]
    public void Process_ArtilleryCoveringTroops_PartOfTheFight(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal("armed_clash", e.Subtype);
        Assert.Equal(MalaTokmachka, e.Location!.GeonameId);
    }

    [Theory]
    [InlineData("On Saturday, Russian artillery shelled Mala Tokmachka.")]
    [InlineData("У суботу російська артилерія обстріляла Малу Токмачку.")]
    [InlineData("В субботу российская артиллерия обстреляла Малую Токмачку.")]
    public void Process_ArtilleryThatShells_StillAStrike(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal("shelling_artillery_missile_attack", e.Subtype);
    }

    [Theory]
    [InlineData("Ukraine's counter-offensive near Orikhiv is now in its second week.")]
    [InlineData("Наступ біля Оріхова триває другий тиждень.")]
    [InlineData("Наступление у Орехова идёт вторую неделю.")]
    public void Process_AnOffensiveInItsSecondWeek_NoOneHappening(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("On Saturday, Ukrainian troops stormed Russian positions near Orikhiv.")]
    [InlineData("У суботу українські військові штурмували російські позиції біля Оріхова.")]
    [InlineData("В субботу украинские военные штурмовали российские позиции у Орехова.")]
    public void Process_AStormingOfTheDay_StillAnEvent(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(Orikhiv, e.Location!.GeonameId);
    }

    [Theory]
    [InlineData("Two drones were destroyed over Voronezh overnight, with no damage.")]
    [InlineData("Вночі над Харковом знищено два безпілотники, наслідків немає.")]
    [InlineData("Ночью над Воронежем уничтожены два беспилотника, обошлось без последствий.")]
    public void Process_DronesDestroyedOverAPlace_ShotDownNoStrike(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("Overnight a drone destroyed a warehouse in Liski.")]
    [InlineData("Вночі дрон знищив склад у Харкові.")]
    [InlineData("Ночью беспилотник уничтожил склад в Лисках.")]
    public void Process_ADroneThatDestroyedSomething_StillAStrike(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal("air_drone_strike", e.Subtype);
    }

    [Theory]
    [InlineData("In the afternoon a drone hit a car in Kizomys.\n\nIn total, the enemy shelled the community 23 times during the day.")]
    [InlineData("Вдень дрон атакував автомобіль у Кізомисі.\n\nЗагалом за день ворог 23 рази обстріляв територію громади.")]
    [InlineData("Днём беспилотник атаковал автомобиль в Шебекино.\n\nВсего за день противник 23 раза обстрелял территорию округа.")]
    public void Process_ASummedUpCountOfRepetitions_NoEventOfItsOwn(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal("air_drone_strike", e.Subtype);
    }

    [Theory]
    [InlineData("Overnight drones hit Shostka.\n\nDuring the day, Russian troops shelled the border communities of the region 47 times.")]
    [InlineData("Вночі дрони атакували Шостку.\n\nПротягом доби росіяни 47 разів обстріляли прикордонні громади області.")]
    [InlineData("Ночью беспилотники атаковали Шостку.\n\nЗа сутки противник 47 раз обстрелял приграничные громады области.")]
    public void Process_ARegionsCountWithNoTotalWord_StillItsShelling(string text)
    {
        Assert.Contains(Events(text), e => e.Subtype == "shelling_artillery_missile_attack");
    }

    [Theory]
    [InlineData("At 06:10 a drone dropped explosives on a yard in Kizomys.\n\nAt 14:20 an FPV drone hit a car in Tomyna Balka.")]
    [InlineData("🔸 Близько 06:10 дрон скинув вибухівку на подвір'я будинку в Кізомисі.\n\n🔸 О 14:20 FPV-дрон атакував автомобіль у Томиній Балці.")]
    public void Process_LinesHoursApartAtTwoVillages_TwoStrikes(string text)
    {
        var ids = Events(text).ConvertAll(e => e.Location?.GeonameId);
        Assert.Contains(Kizomys, ids);
        Assert.Contains(TomynaBalka, ids);
    }

    [Theory]
    [InlineData("At 06:10 a drone dropped explosives on a yard in Kizomys.\n\nAt 06:40 an FPV drone hit a car in Tomyna Balka.")]
    [InlineData("🔸 Близько 06:10 дрон скинув вибухівку на подвір'я будинку в Кізомисі.\n\n🔸 О 06:40 FPV-дрон атакував автомобіль у Томиній Балці.")]
    public void Process_LinesMinutesApartAtNearbyVillages_StillOneStrike(string text)
    {
        Assert.Single(Events(text));
    }

    [Theory]
    [InlineData("Russia's Defence Ministry said its forces had struck energy facilities supplying Ukraine's military-industrial complex.")]
    [InlineData("Ukraine's air force said it shot down 87 of the 104 drones Russia launched overnight.")]
    public void Process_ACountryThatOwnsTheNounAfterIt_NoPlaceOfTheEvent(string text)
    {
        // English only: Ukrainian and Russian say it with a genitive ("об'єкти України"), which is also "на території України"
        Assert.DoesNotContain(Events(text), e => e.Location?.GeonameId == Ukraine);
    }

    [Fact]
    public void Process_ACountryAsThePlaceItself_StillTheCountry()
    {
        var e = Assert.Single(Events("Overnight Russian drones struck energy facilities across Ukraine."));
        Assert.Equal(Ukraine, e.Location!.GeonameId);
    }

    [Theory]
    [InlineData("Режим беспилотной опасности в Лискинском районе пока сохраняется.")]
    [InlineData("Режим повітряної тривоги в області поки що діє.")]
    public void Process_TheAlertRegime_NoPlace(string text)
    {
        Assert.DoesNotContain(Docs.Processed(text, "2026-06-09").Places, p => p.Text == "Режим");
    }
}
