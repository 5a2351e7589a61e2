using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Several happenings in one sentence each take the place of their own part of it; weapons listed together as the
/// means of one strike are one event; an appeal for money names weapons as goods; areas counted by a figure are a
/// summary; what a drone dropped is the drone strike; a headline's attack on a district is the lead's strike at a
/// town of it; "nobody was hurt" in a strike's own sentence leaves the strike; a fight that has gone on for months is
/// no one happening; a time in a relative clause about what was hit does not date the strike; "the next morning" is
/// the day after the one told before.
/// </summary>
public sealed class SeveralHappeningsTests
{
    private static List<ConflictEvent> Events(string text, string? title = null, DateOnly? published = null) =>
        Docs.Processed(text, published ?? new DateOnly(2026, 3, 24), title: title).Events;

    private static string Where(ConflictEvent e) => $"{e.Subtype}@{e.Location?.Name}";

    [Theory]
    [InlineData("Russian artillery pounded Kupiansk after midnight, a guided bomb destroyed a grain store in Vovchansk, and Ukrainian troops beat back three assaults near Petropavlivka, the General Staff said.",
        "shelling_artillery_missile_attack@Kupiansk,air_drone_strike@Vovchansk,armed_clash@Petropavlivka")]
    [InlineData("Уночі по Марганецькій громаді ворог бив FPV-дронами, а в Нікополі після влучання снаряда загорівся приватний будинок.",
        "air_drone_strike@Marhanets,shelling_artillery_missile_attack@Nikopol")]
    [InlineData("Ночью артиллерия обстреляла Шебекино, а беспилотник атаковал автомобиль в Грайвороне.",
        "shelling_artillery_missile_attack@Shebekino,air_drone_strike@Grayvoron")]
    public void Process_HappeningsInTheirOwnParts_EachAtItsPlace(string text, string expected)
    {
        var events = Events(text);

        Assert.Equal(expected.Split(',').Order(), events.Select(Where).Order());
    }

    [Theory]
    [InlineData("In Vovchansk, a guided bomb destroyed a grain store overnight, and Ukrainian troops beat back an assault near Petropavlivka.", "air_drone_strike@Vovchansk")]
    [InlineData("У Нікополі, за даними ОВА, після влучання снаряда загорівся приватний будинок, а по Марганецькій громаді ворог бив FPV-дронами.", "shelling_artillery_missile_attack@Nikopol")]
    [InlineData("В Шебекино, по словам губернатора, артиллерия повредила дом, а беспилотник атаковал автомобиль в Грайвороне.", "shelling_artillery_missile_attack@Shebekino")]
    public void Process_PlaceInAPartWithoutATrigger_StillLocatesIt(string text, string expected)
    {
        Assert.Contains(expected, Events(text).Select(Where));
    }

    [Theory]
    [InlineData("Авиацией, ударными беспилотниками и артиллерией нанесено поражение пунктам дислокации ВСУ в районе Гришино.")]
    [InlineData("Уночі ворог атакував Нікополь артилерією та дронами.")]
    [InlineData("Russian forces struck positions near Hryshyne with drones and artillery on Tuesday.")]
    public void Process_WeaponsListedAsTheMeansOfOneStrike_OneEvent(string text)
    {
        var e = Assert.Single(Events(text));

        Assert.Equal("shelling_artillery_missile_attack", e.Subtype);
    }

    [Theory]
    [InlineData("Artillery shelled Nikopol on Tuesday, and drones hit Marhanets.")]
    [InlineData("Артилерія обстріляла Нікополь, а дрони атакували Марганецьку громаду.")]
    [InlineData("Артиллерия обстреляла Шебекино, а беспилотник атаковал Грайворон.")]
    public void Process_ArtilleryAndDronesInTheirOwnClauses_TwoEvents(string text)
    {
        Assert.Equal(["air_drone_strike", "shelling_artillery_missile_attack"], Events(text).Select(e => e.Subtype).Order());
    }

    [Theory]
    [InlineData("Ребята, помогите с дронами для штурмовиков под Купянском, сбор открыт.")]
    [InlineData("Збір на FPV-дрони для бригади під Покровськом триває, допоможіть.")]
    [InlineData("The brigade near Pokrovsk has opened a fundraiser for FPV drones.")]
    public void Process_AppealForWeapons_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("Ночью под Купянском дроны атаковали автомобиль с боеприпасами.")]
    [InlineData("Уночі під Покровськом FPV-дрони атакували автомобіль.")]
    [InlineData("FPV drones hit a van near Pokrovsk overnight.")]
    public void Process_DronesThatStruck_StillAnEvent(string text)
    {
        Assert.Equal("air_drone_strike", Assert.Single(Events(text)).Subtype);
    }

    [Theory]
    [InlineData("В Грайвороне от детонации сброшенного с беспилотника взрывного устройства повреждена крыша дома.")]
    [InlineData("У Нікополі дрон скинув вибуховий пристрій на подвір'я, поранено чоловіка.")]
    [InlineData("A Russian drone dropped an explosive device on a car in Kherson on Monday.")]
    public void Process_DeviceDroppedFromADrone_OneDroneStrike(string text)
    {
        Assert.Equal("air_drone_strike", Assert.Single(Events(text)).Subtype);
    }

    [Theory]
    [InlineData("An improvised explosive device went off under a car in Kherson on Monday.")]
    [InlineData("У Херсоні в понеділок під автомобілем спрацював вибуховий пристрій.")]
    [InlineData("В Херсоне в понедельник под автомобилем сработало взрывное устройство.")]
    public void Process_DevicePlanted_StillAMine(string text)
    {
        Assert.Equal("remote_explosive_landmine_ied", Assert.Single(Events(text)).Subtype);
    }

    [Theory]
    [InlineData("Авиацией и артиллерией нанесено поражение объектам энергетики в 152 районах.")]
    [InlineData("Авіацією та артилерією уражено пункти управління у 87 районах.")]
    [InlineData("Russian forces struck targets in 141 areas, the ministry said.")]
    public void Process_AreasCountedNotNamed_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("Авиацией и артиллерией нанесено поражение пунктам дислокации ВСУ в районе Гришино.")]
    [InlineData("Авіацією та артилерією уражено пункт управління в районі Гришиного.")]
    [InlineData("Russian forces struck a command post in the area of Hryshyne, the ministry said.")]
    public void Process_AreaNamed_AnEvent(string text)
    {
        Assert.Single(Events(text));
    }

    [Theory]
    [InlineData("Ворог атакував Нікопольський район: поранено двох", "Уночі дрон влучив у приватний будинок у Нікополі, поранено двох людей.")]
    [InlineData("Russians attack Nikopol district, two wounded", "Overnight a drone hit a house in Nikopol, wounding two people.")]
    [InlineData("Противник атаковал Никопольский район: ранены двое", "Ночью беспилотник попал в частный дом в Никополе, ранены двое.")]
    public void Process_HeadlineAttackOnADistrictAndTheLeadsStrikeInIt_OneEvent(string title, string lead)
    {
        var e = Assert.Single(Events(title + "\n\n" + lead, title));

        Assert.Equal("air_drone_strike@Nikopol", Where(e));
    }

    [Theory]
    [InlineData("Ворог атакував Нікопольський район: поранено двох", "Уночі дрон влучив у приватний будинок у Дніпрі, поранено двох людей.")]
    [InlineData("Russians attack Nikopol district, two wounded", "Overnight a drone hit a house in Dnipro, wounding two people.")]
    [InlineData("Противник атаковал Никопольский район: ранены двое", "Ночью беспилотник попал в частный дом в Днепре, ранены двое.")]
    public void Process_HeadlineDistrictAndALeadOutsideIt_TwoEvents(string title, string lead)
    {
        Assert.Equal(2, Events(title + "\n\n" + lead, title).Count);
    }

    [Theory]
    [InlineData("A drone hit an electricity substation in Sumy on Sunday evening and nobody was hurt, the regional administration said.")]
    [InlineData("Уночі дрон влучив у підстанцію в Шостці, ніхто не постраждав.")]
    [InlineData("Ночью беспилотник атаковал подстанцию в Рыльске, никто не пострадал.")]
    public void Process_NobodyHurtInTheStrikesSentence_StillTheStrike(string text)
    {
        Assert.Equal("air_drone_strike", Assert.Single(Events(text)).Subtype);
    }

    [Theory]
    [InlineData("Nobody was hurt, the regional administration said.")]
    [InlineData("Ніхто не постраждав, повідомили в ОВА.")]
    [InlineData("Никто не пострадал, сообщил губернатор.")]
    public void Process_NobodyHurtAlone_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("Fighting for Pokrovsk has gone on for months, the analysts wrote.")]
    [InlineData("Бої за Покровськ тривають уже кілька місяців.")]
    [InlineData("Бои за Покровск продолжаются уже несколько месяцев.")]
    public void Process_FightThatHasGoneOnForMonths_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("Fighting for Pokrovsk has gone on for months; on Monday Russian troops stormed the railway station.")]
    [InlineData("Бої за Покровськ тривають уже кілька місяців, а в понеділок росіяни штурмували вокзал.")]
    [InlineData("Бои за Покровск продолжаются уже несколько месяцев, а в понедельник российские войска штурмовали вокзал.")]
    public void Process_LongFightAndADayOfIt_AnEvent(string text)
    {
        Assert.Contains(Events(text), e => e.Subtype == "armed_clash" && e.From == new DateOnly(2026, 3, 23));
    }

    [Theory]
    [InlineData("A glide bomb levelled a school in Orikhiv that had stood empty since 2022, the regional governor said.")]
    [InlineData("Керована авіабомба зруйнувала школу в Оріхові, яка стояла порожньою з 2022 року.")]
    [InlineData("Управляемая авиабомба разрушила школу в Орехове, которая пустовала с 2022 года.")]
    public void Process_OldTimeInARelativeClauseAboutTheTarget_StillTheStrike(string text)
    {
        Assert.Equal("air_drone_strike", Assert.Single(Events(text)).Subtype);
    }

    [Theory]
    [InlineData("A glide bomb levelled a school in Orikhiv in 2022, the regional governor said.")]
    [InlineData("Керована авіабомба зруйнувала школу в Оріхові у 2022 році.")]
    [InlineData("Управляемая авиабомба разрушила школу в Орехове в 2022 году.")]
    public void Process_StrikeDatedYearsAgo_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("On Monday, Russian artillery shelled Nikopol. The next morning, a drone hit a house in Marhanets.")]
    [InlineData("У понеділок російська артилерія обстріляла Нікополь. Наступного дня дрон влучив у будинок у Марганецькій громаді.")]
    [InlineData("В понедельник российская артиллерия обстреляла Шебекино. На следующий день беспилотник атаковал автомобиль в Грайвороне.")]
    public void Process_TheNextDay_IsTheDayAfterTheOneToldBefore(string text)
    {
        var drone = Assert.Single(Events(text, published: new DateOnly(2026, 3, 27)), e => e.Subtype == "air_drone_strike");

        Assert.Equal(new DateOnly(2026, 3, 24), drone.From);
    }

    [Theory]
    [InlineData("On Monday, Russian artillery shelled Nikopol. A drone also hit a house in Marhanets.")]
    [InlineData("У понеділок російська артилерія обстріляла Нікополь. Також дрон влучив у будинок у Марганецькій громаді.")]
    [InlineData("В понедельник российская артиллерия обстреляла Шебекино. Также беспилотник атаковал автомобиль в Грайвороне.")]
    public void Process_NoNextDay_KeepsTheDayToldBefore(string text)
    {
        var drone = Assert.Single(Events(text, published: new DateOnly(2026, 3, 27)), e => e.Subtype == "air_drone_strike");

        Assert.Equal(new DateOnly(2026, 3, 23), drone.From);
    }
}
