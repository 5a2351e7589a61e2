using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

/// <summary>
/// The town a bearing is measured from ("west of Izium", "на північний захід від Ізюма", "к северо-западу от Изюма")
/// locates the settlement named before it, not the event; a story whose only date is in its headline dates its body's
/// happenings by that day. Each with a twin that keeps the old reading.
/// </summary>
public sealed class BearingAndHeadlineDateTests
{
    private static List<ConflictEvent> Events(string text, string? title = null, string published = "2026-05-15") =>
        Docs.Processed(text, published, title: title).Events;

    private const long Balakliia = 712926;
    private const long Izium = 707292;

    [Theory]
    [InlineData("In Balakliia, north-west of Izium, a missile struck a warehouse on Friday.")]
    [InlineData("У Балаклії, на північний захід від Ізюма, у п'ятницю ракета влучила у склад.")]
    [InlineData("В Балаклее, к северо-западу от Изюма, в пятницу ракета попала в склад.")]
    public void Process_SettlementThenBearingFromATown_EventAtTheSettlement(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(Balakliia, e.Location!.GeonameId);
    }

    [Theory]
    [InlineData("On Friday a missile struck a warehouse north-west of Izium.")]
    [InlineData("У п'ятницю ракета влучила у склад на північний захід від Ізюма.")]
    [InlineData("В пятницу ракета попала в склад к северо-западу от Изюма.")]
    public void Process_BearingFromATownAlone_EventNearThatTown(string text)
    {
        var e = Assert.Single(Events(text));
        Assert.Equal(Izium, e.Location!.GeonameId);
    }

    [Theory]
    [InlineData("Shelling of Kherson on 13 May: three residents wounded\n\nRussian artillery shelled the Korabelnyi district of Kherson. Three residents were wounded.\n\nA Russian drone also struck an ambulance in Chornobaivka.",
        "Shelling of Kherson on 13 May: three residents wounded")]
    [InlineData("Обстріл Херсона 13 травня: поранено трьох людей\n\nРосійські війська обстріляли Корабельний район Херсона з артилерії. Поранено трьох мешканців.\n\nТакож окупанти атакували дроном карету швидкої допомоги у Чорнобаївці.",
        "Обстріл Херсона 13 травня: поранено трьох людей")]
    [InlineData("Обстрел Херсона 13 мая: ранены три человека\n\nРоссийские войска обстреляли Корабельный район Херсона из артиллерии. Ранены три жителя.\n\nТакже дрон атаковал машину скорой помощи в Чернобаевке.",
        "Обстрел Херсона 13 мая: ранены три человека")]
    public void Process_DateOnlyInTheHeadline_DatesTheBodysHappenings(string text, string title)
    {
        var events = Events(text, title);
        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Equal(new DateOnly(2026, 5, 13), e.From));
    }

    [Theory]
    [InlineData("Shelling of Kherson on 13 May: three residents wounded\n\nRussian artillery shelled the Korabelnyi district of Kherson. Three residents were wounded.\n\nOn Thursday a Russian drone struck an ambulance in Chornobaivka.",
        "Shelling of Kherson on 13 May: three residents wounded", 14)]
    [InlineData("Shelling of Kherson: three residents wounded\n\nRussian artillery shelled the Korabelnyi district of Kherson. Three residents were wounded.\n\nA Russian drone also struck an ambulance in Chornobaivka.",
        "Shelling of Kherson: three residents wounded", 15)]
    [InlineData("Обстріл Херсона: поранено трьох людей\n\nРосійські війська обстріляли Корабельний район Херсона з артилерії. Поранено трьох мешканців.\n\nТакож окупанти атакували дроном карету швидкої допомоги у Чорнобаївці.",
        "Обстріл Херсона: поранено трьох людей", 15)]
    public void Process_BodyNamesItsOwnDayOrHeadlineNone_KeepsItsDate(string text, string title, int lastDay)
    {
        var events = Events(text, title);
        Assert.Equal(new DateOnly(2026, 5, lastDay), events[^1].From);
    }

    [Theory]
    // a feed item or a JSON Lines record: a title in the metadata and a text of one sentence that is not the title
    [InlineData("Russian artillery shelled the Tavriia market in Kherson on Thursday morning, killing one civilian.", "Shelling in Kherson")]
    [InlineData("Російська артилерія обстріляла ринок у Херсоні в четвер вранці, загинула одна людина.", "Обстріл Херсона")]
    [InlineData("Российская артиллерия обстреляла рынок в Херсоне в четверг утром, погиб один человек.", "Обстрел Херсона")]
    public void Process_OneSentenceUnderATitle_ItsEventKeepsItsOwnDay(string text, string title)
    {
        var e = Assert.Single(Events(text, title));
        Assert.Equal(new DateOnly(2026, 5, 14), e.From);
    }
}
