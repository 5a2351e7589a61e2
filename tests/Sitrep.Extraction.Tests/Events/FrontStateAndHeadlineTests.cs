using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// Weapons that hold the sky or the roads ("drones dominate the skies over ...") tell a state of the front, not a
/// strike; a headline and its lead naming neighbouring places tell one happening; captured villages counted, not
/// named, are a count, like struck settlements; a losses table's heading ("боевые потери") is no fight.
/// </summary>
public sealed class FrontStateAndHeadlineTests
{
    private static List<ConflictEvent> Events(string text, string? title = null, string published = "2026-02-07") =>
        Docs.Processed(text, published, title: title).Events;

    [Theory]
    [InlineData("Russian drones now dominate the skies over the roads into Kupiansk, a Ukrainian officer said on Friday.")]
    [InlineData("The team postponed its trip to Huliaipole, as Russian FPV drones hunt vehicles along the only road into the town.")]
    [InlineData("Над Гуляйпільським напрямком росіяни мають перевагу в повітрі: їхні FPV-дрони висять над усіма дорогами до Гуляйполя.")]
    [InlineData("Под Купянском российские дроны фактически контролируют небо над всеми дорогами, рассказал офицер.")]
    public void Process_WeaponHoldsTheSky_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("Russian drones hit a supply truck on the road into Kupiansk on Friday, a Ukrainian officer said.")]
    [InlineData("The team postponed its trip to Huliaipole after Russian FPV drones hit a van on the only road into the town on Friday.")]
    [InlineData("У п'ятницю російські FPV-дрони атакували автомобіль на дорозі до Гуляйполя.")]
    [InlineData("В пятницу под Купянском российские дроны атаковали грузовик на дороге, рассказал офицер.")]
    public void Process_WeaponStrikes_StillAnEvent(string text)
    {
        Assert.NotEmpty(Events(text));
    }

    [Theory]
    [InlineData("Ворог атакував Степногірськ: зруйновано спортзал школи", "Ворог атакував Степногірськ: зруйновано спортзал школи\n\nУночі окупанти скинули дві керовані авіабомби на Приморське, що поруч зі Степногірськом. Постраждалих немає.")]
    [InlineData("Russians attack Stepnohirsk, school gym destroyed", "Russians attack Stepnohirsk, school gym destroyed\n\nOvernight Russian aircraft dropped two guided bombs on Prymorske, next to Stepnohirsk. No one was hurt.")]
    [InlineData("Противник атаковал Степногорск: разрушен спортзал школы", "Противник атаковал Степногорск: разрушен спортзал школы\n\nНочью российская авиация сбросила две управляемые авиабомбы на Приморское рядом со Степногорском. Пострадавших нет.")]
    public void Process_HeadlineAndLeadNameNeighbours_OneEvent(string title, string text)
    {
        var e = Assert.Single(Events(text, title));
        Assert.Equal("air_drone_strike", e.Subtype);
    }

    [Theory]
    [InlineData("Ворог атакував Степногірськ: зруйновано спортзал школи", "Ворог атакував Степногірськ: зруйновано спортзал школи\n\nУночі окупанти скинули дві керовані авіабомби на Запоріжжя. Постраждалих немає.")]
    [InlineData("Russians attack Stepnohirsk, school gym destroyed", "Russians attack Stepnohirsk, school gym destroyed\n\nOvernight Russian aircraft dropped two guided bombs on Zaporizhzhia. No one was hurt.")]
    public void Process_HeadlineAndLeadFarApart_TwoEvents(string title, string text)
    {
        Assert.Equal(2, Events(text, title).Count);
    }

    [Theory]
    [InlineData("Russian forces captured four villages near Pokrovsk, the Russian Defence Ministry said on Friday.")]
    [InlineData("Російські війська захопили чотири села біля Покровська, заявило Міноборони РФ у п'ятницю.")]
    [InlineData("Российские войска захватили несколько сел под Красноармейском, заявило Минобороны России в пятницу.")]
    public void Process_VillagesCountedNotNamed_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("Russian forces captured the village of Hryshyne near Pokrovsk, the Russian Defence Ministry said on Friday.")]
    [InlineData("Російські війська захопили село Гришине біля Покровська, заявило Міноборони РФ у п'ятницю.")]
    [InlineData("Российские войска захватили село Гришино под Красноармейском, заявило Минобороны России в пятницу.")]
    public void Process_VillageNamed_StillAnEvent(string text)
    {
        Assert.NotEmpty(Events(text));
    }

    [Theory]
    [InlineData("Общие боевые потери противника с 24.02.22 по 07.02.26 ориентировочно составили 1 231 480 человек, сообщил Генштаб ВСУ.")]
    [InlineData("Загальні бойові втрати противника з 24.02.22 по 07.02.26 орієнтовно склали 1 231 480 осіб, повідомив Генштаб ЗСУ.")]
    public void Process_LossesTableHeading_NoFight(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Subtype == "armed_clash");
    }
}
