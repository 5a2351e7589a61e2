using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// A shelling "every Thursday" ("щочетверга", "по четвергам") is a habit; fighting that goes on "for a third week" the
/// long war of a place; a headline's fight at a place the story then tells is the story's happening there. Each with a
/// twin that keeps its event.
/// </summary>
public sealed class HabitsAndHeadlinesRoundTests
{
    private static List<ConflictEvent> Events(string text, string published = "2026-04-22", string? title = null) =>
        Docs.Processed(text, published, title: title).Events;

    [Theory]
    [InlineData("Every Thursday Russian artillery shells Velyka Pysarivka, so aid is handed out on Fridays.")]
    [InlineData("Щочетверга ворог обстрілює Велику Писарівку, тому видачу допомоги переносимо на п'ятницю.")]
    [InlineData("По четвергам враг обстреливает Великую Писаревку, поэтому помощь выдают в пятницу.")]
    public void Process_ShellingOnEveryWeekday_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("On Thursday Russian artillery shelled Velyka Pysarivka.")]
    [InlineData("У четвер ворог обстріляв Велику Писарівку.")]
    [InlineData("В четверг враг обстрелял Великую Писаревку.")]
    public void Process_ShellingOnOneWeekday_StillAnEvent(string text)
    {
        Assert.Single(Events(text));
    }

    [Theory]
    [InlineData("In Mykolaivka near Pokrovsk fighting has gone on for a third week.")]
    [InlineData("У Миколаївці під Покровськом бої тривають уже третій тиждень.")]
    [InlineData("В Николаевке под Покровском бои идут уже третью неделю.")]
    public void Process_FightingForAWeekCountedInItsOrder_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("In Mykolaivka near Pokrovsk fighting broke out on Tuesday.")]
    [InlineData("У Миколаївці під Покровськом у вівторок почалися бої.")]
    public void Process_FightingOnADay_StillAnEvent(string text)
    {
        Assert.NotEmpty(Events(text));
    }

    [Fact]
    public void Process_HeadlinePlacesToldByTheStory_NoEventsOfTheirOwn()
    {
        const string title = "Бої на Покровському напрямку: ворог тисне на Шахове і Білицьке";
        var text = title + "\n\nОпубліковано: 29.04.2026\n\n"
            + "У вівторок штурмові групи противника двічі атакували позиції біля Шахового, обидві атаки відбито.\n\n"
            + "Вночі проти середи ворожі дрони атакували Білицьке, поранено жінку.";
        var events = Events(text, "2026-04-29", title);

        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Subtype == "armed_clash" && e.From == new DateOnly(2026, 4, 28));
        Assert.Contains(events, e => e.Subtype == "air_drone_strike");
    }
}

/// <summary>The aftermath of a strike already told ("задокументували наслідки обстрілу") is that strike's, not a new one;
/// a strike told with its own place stays its own.</summary>
public sealed class AftermathTests
{
    private static List<ConflictEvent> Events(string text) =>
        Docs.Processed(text, "2026-04-17").Events;

    [Theory]
    [InlineData("Увечері 16 квітня російські військові обстріляли з артилерії Марганець.\n\nТого ж вечора ворожий FPV-дрон атакував легковий автомобіль у Червоногригорівці. Водій отримав травми, його госпіталізували до лікарні в Нікополі.\n\nПоліцейські задокументували наслідки обстрілу.")]
    [InlineData("Вечером 16 апреля российские военные обстреляли из артиллерии Марганец.\n\nВ тот же вечер вражеский FPV-дрон атаковал легковой автомобиль в Червоногригоровке. Водителя госпитализировали в больницу в Никополе.\n\nПолицейские зафиксировали последствия обстрела.")]
    public void Process_AftermathOfTheShelling_NoEventOfItsOwn(string text)
    {
        // English needs no rule: "the aftermath of the shelling" has its article
        var events = Events(text);
        Assert.Equal(2, events.Count);
        Assert.DoesNotContain(events, e => e.Location?.Name == "Nikopol");
    }

    [Fact]
    public void Process_SecondShellingWithItsOwnPlace_StaysTwoEvents()
    {
        Assert.Equal(2, Events("Увечері 16 квітня російські військові обстріляли з артилерії Марганець.\n\nУночі ворог обстріляв Нікополь.").Count);
    }
}
