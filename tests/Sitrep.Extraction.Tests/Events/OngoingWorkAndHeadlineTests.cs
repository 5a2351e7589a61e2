using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// A weapon "at work" in the present ("Артиллерия отрабатывает по ...") tells what goes on, not a strike; a medics'
/// crew ("бригада скорой помощи") is no fighting unit, so the wounded of a strike stay that strike's; the share of a
/// period's casualties ("Most casualties were caused by drones") is no strike; a headline that names no place is
/// the happenings of the paragraphs after it.
/// </summary>
public sealed class OngoingWorkAndHeadlineTests
{
    private static List<ConflictEvent> Events(string text, string? title = null, string published = "2026-04-10") =>
        Docs.Processed(text, published, title: title).Events;

    [Theory]
    [InlineData("Артиллерия отрабатывает по скоплениям ВСУ под Покровском.")]
    [InlineData("Наша артилерія працює по позиціях ворога біля Покровська.")]
    [InlineData("Our artillery is working on enemy positions near Pokrovsk.")]
    public void Process_WeaponAtWorkInThePresent_NoEvent(string text)
    {
        Assert.Empty(Events(text));
    }

    [Theory]
    [InlineData("Утром артиллерия ударила по окраине Покровска.")]
    [InlineData("Вранці артилерія обстріляла околиці Покровська.")]
    [InlineData("Artillery shelled the outskirts of Pokrovsk on Friday morning.")]
    public void Process_WeaponStruckOnADay_StillAnEvent(string text)
    {
        Assert.Single(Events(text));
    }

    [Theory]
    [InlineData("Ночью беспилотник ударил по частному дому в Грайвороне. Мужчина получил осколочные ранения, бригада скорой помощи доставила его в больницу.")]
    [InlineData("Уночі дрон влучив у приватний будинок у Сумах. Чоловік отримав поранення, бригада швидкої допомоги доставила його до лікарні.")]
    [InlineData("Overnight a drone hit a house in Sumy. A man was wounded, and an ambulance crew took him to hospital.")]
    public void Process_WoundedTakenByMedicsCrew_OneStrike(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal("air_drone_strike", e.Subtype);
    }

    [Theory]
    [InlineData("At least 14 civilians were killed across four oblasts this week. Most casualties were caused by drones and guided aerial bombs.")]
    [InlineData("За тиждень у чотирьох областях загинули щонайменше 14 цивільних. Більшість жертв спричинили дрони та керовані авіабомби.")]
    [InlineData("За неделю в четырёх областях погибли не менее 14 мирных жителей. Большинство пострадавших получили ранения от ударов дронов.")]
    public void Process_ShareOfThePeriodsCasualties_NoStrike(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Subtype == "air_drone_strike");
    }

    [Fact]
    public void Process_MostResidentsBeforeAStrike_StillAnEvent()
    {
        Assert.Single(Events("Most residents had left the market in Kherson before a drone struck it on Friday."));
    }

    [Theory]
    [InlineData("Shelling hits a Russian border district as drones strike a Ukrainian community",
        "Shelling hits a Russian border district as drones strike a Ukrainian community\n\nUkrainian artillery shelled Korenevo in Russia's Kursk region on Friday morning, the governor said.\n\nAcross the border, Russian drones struck Velyka Pysarivka in Ukraine's Sumy region overnight, wounding a man.")]
    [InlineData("Обстріл прикордонного району і атака дронів на громаду",
        "Обстріл прикордонного району і атака дронів на громаду\n\nУ п'ятницю вранці артилерія обстріляла Кореневе Курської області, повідомив губернатор.\n\nПо той бік кордону російські дрони вночі атакували Велику Писарівку на Сумщині, поранено чоловіка.")]
    [InlineData("Обстрел приграничного района и атака дронов на общину",
        "Обстрел приграничного района и атака дронов на общину\n\nВ пятницу утром артиллерия обстреляла Коренево Курской области, сообщил губернатор.\n\nПо ту сторону границы российские дроны ночью атаковали Великую Писаревку в Сумской области, ранен мужчина.")]
    public void Process_HeadlineNamingNoPlace_IsItsParagraphsHappenings(string title, string text)
    {
        var events = Events(text, title);

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.NotNull(e.Location));
    }
}
