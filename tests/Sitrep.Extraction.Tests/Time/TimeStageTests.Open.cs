using Sitrep.Core.Model;

namespace Sitrep.Extraction.Tests.Time;

/// <summary>Ranges with a year on both ends, open starts, "since/until" a weekday, named days and parts of the day.</summary>
public sealed partial class TimeStageTests
{
    [Theory]
    // ranges whose ends both carry a year
    [InlineData("Втрати ворога з 24.02.22 по 12.12.25 орієнтовно становлять понад мільйон осіб.", "2025-12-12", "з 24.02.22 по 12.12.25", "2022-02-24", "2025-12-12", TimePrecision.Days)]
    [InlineData("Общие потери противника с 01.03.2024 по 15.04.2025 уточняются.", "2025-12-11", "с 01.03.2024 по 15.04.2025", "2024-03-01", "2025-04-15", TimePrecision.Days)]
    [InlineData("The curfew was in force from 28 December 2024 to 3 January 2025.", "2025-12-11", "from 28 December 2024 to 3 January 2025", "2024-12-28", "2025-01-03", TimePrecision.Days)]
    [InlineData("The port was closed between 2014 and 2022, the operator said.", "2025-12-11", "between 2014 and 2022", "2014-01-01", "2022-12-31", TimePrecision.Year)]
    [InlineData("Завод не працював з 2014 по 2022 рік.", "2025-12-11", "з 2014 по 2022 рік", "2014-01-01", "2022-12-31", TimePrecision.Year)]
    // open starts: the contract's "from" is null
    [InlineData("Before 2022 the plant employed 4,000 people.", "2025-12-11", "Before 2022", null, "2021-12-31", TimePrecision.Year)]
    [InlineData("До 2022 року на заводі працювали 4 тисячі людей.", "2025-12-11", "До 2022 року", null, "2021-12-31", TimePrecision.Year)]
    [InlineData("До 2022 года на заводе работали 4 тысячи человек.", "2025-12-11", "До 2022 года", null, "2021-12-31", TimePrecision.Year)]
    [InlineData("The mine employed 3,000 people before the full-scale invasion.", "2025-12-11", "before the full-scale invasion", null, "2022-02-23", TimePrecision.Days)]
    [InlineData("Місто обстрілюють з початку повномасштабного вторгнення.", "2025-12-11", "з початку повномасштабного вторгнення", "2022-02-24", "2025-12-11", TimePrecision.Days)]
    [InlineData("С начала проведения специальной военной операции уничтожено много техники.", "2025-12-11", "С начала проведения специальной военной операции", "2022-02-24", "2025-12-11", TimePrecision.Days)]
    // since / until a weekday
    [InlineData("Shelling has not stopped since Monday, residents said.", "2025-12-11", "since Monday", "2025-12-08", "2025-12-11", TimePrecision.Days)]
    [InlineData("Обстріли не припиняються з понеділка.", "2025-12-11", "з понеділка", "2025-12-08", "2025-12-11", TimePrecision.Days)]
    [InlineData("Обстрелы не прекращаются с понедельника.", "2025-12-11", "с понедельника", "2025-12-08", "2025-12-11", TimePrecision.Days)]
    [InlineData("The city closed the market until Saturday.", "2025-12-11", "Saturday", "2025-12-13", "2025-12-13", TimePrecision.Day)]
    [InlineData("Міська влада закрила ринок до суботи.", "2025-12-11", "суботи", "2025-12-13", "2025-12-13", TimePrecision.Day)]
    [InlineData("Рынок закрыт до субботы.", "2025-12-11", "субботы", "2025-12-13", "2025-12-13", TimePrecision.Day)]
    // named days
    [InlineData("On New Year's Eve a drone struck a tug near Izmail.", "2026-01-02", "New Year's Eve", "2025-12-31", "2025-12-31", TimePrecision.Day)]
    [InlineData("Напередодні Нового року дрон влучив у буксир.", "2026-01-02", "Напередодні Нового року", "2025-12-31", "2025-12-31", TimePrecision.Day)]
    [InlineData("В канун Нового года беспилотник атаковал порт.", "2026-01-02", "В канун Нового года", "2025-12-31", "2025-12-31", TimePrecision.Day)]
    [InlineData("У новорічну ніч місто атакували дрони.", "2026-01-02", "новорічну ніч", "2025-12-31", "2026-01-01", TimePrecision.Days)]
    // the night and parts of the publication day
    [InlineData("Министерство обороны утром сообщило о перехвате дронов.", "2025-12-10", "утром", "2025-12-10", "2025-12-10", TimePrecision.Day)]
    [InlineData("За ночь над областью сбиты 37 беспилотников.", "2025-12-10", "За ночь", "2025-12-09", "2025-12-10", TimePrecision.Days)]
    [InlineData("Подачу света восстановят к вечеру.", "2025-12-10", "к вечеру", "2025-12-10", "2025-12-10", TimePrecision.Day)]
    [InlineData("За ніч ППО збила 40 дронів.", "2025-12-10", "За ніч", "2025-12-09", "2025-12-10", TimePrecision.Days)]
    [InlineData("Упродовж ночі й зранку ворог бив по району артилерією.", "2025-12-12", "Упродовж ночі й зранку", "2025-12-11", "2025-12-12", TimePrecision.Days)]
    [InlineData("Енергетики обіцяють відновити живлення до вечора.", "2025-11-26", "до вечора", "2025-11-26", "2025-11-26", TimePrecision.Day)]
    // seasons (meteorological), month and weekday ranges, the night, "the same day"
    [InlineData("Most of the remaining civilians were evacuated in the summer.", "2025-11-28", "the summer", "2025-06-01", "2025-08-31", TimePrecision.Month)]
    [InlineData("Russian forces advanced west of the town this autumn.", "2025-11-21", "this autumn", "2025-09-01", "2025-11-21", TimePrecision.Month)]
    [InlineData("Growers plan to expand sunflower acreage in spring.", "2025-12-18", "spring", "2026-03-01", "2026-05-31", TimePrecision.Month)]
    [InlineData("The bridge was hit repeatedly last winter.", "2025-12-11", "last winter", "2024-12-01", "2025-02-28", TimePrecision.Month)]
    [InlineData("Влітку з міста евакуювали більшість мешканців.", "2025-11-28", "Влітку", "2025-06-01", "2025-08-31", TimePrecision.Month)]
    [InlineData("Цієї осені ворог просунувся на захід.", "2025-11-21", "Цієї осені", "2025-09-01", "2025-11-21", TimePrecision.Month)]
    [InlineData("Летом 2024 года город обстреливали ежедневно.", "2025-12-11", "Летом 2024 года", "2024-06-01", "2024-08-31", TimePrecision.Month)]
    [InlineData("Прошлой зимой подстанцию атаковали трижды.", "2025-12-11", "Прошлой зимой", "2024-12-01", "2025-02-28", TimePrecision.Month)]
    [InlineData("Exports reached 9.4 million tonnes between July and November.", "2025-12-18", "between July and November", "2025-07-01", "2025-11-30", TimePrecision.Month)]
    [InlineData("Rail traffic was cut from November to February.", "2026-03-10", "from November to February", "2025-11-01", "2026-02-28", TimePrecision.Month)]
    [InlineData("Експорт зріс з липня по листопад.", "2025-12-18", "з липня по листопад", "2025-07-01", "2025-11-30", TimePrecision.Month)]
    [InlineData("Экспорт вырос с июля по ноябрь.", "2025-12-18", "с июля по ноябрь", "2025-07-01", "2025-11-30", TimePrecision.Month)]
    [InlineData("The group moved through a drainage tunnel during the night.", "2025-11-28", "during the night", "2025-11-27", "2025-11-28", TimePrecision.Days)]
    [InlineData("Paratroopers destroyed the group on Thursday. It had entered through a tunnel during the night.", "2025-11-28", "during the night", "2025-11-26", "2025-11-27", TimePrecision.Days)]
    [InlineData("The attack lasted from 18:00 on Thursday until 08:00 on Friday.", "2025-12-19", "from 18:00 on Thursday until 08:00 on Friday", "2025-12-18", "2025-12-19", TimePrecision.Days)]
    [InlineData("Бої тривали з понеділка до середи.", "2025-12-11", "з понеділка до середи", "2025-12-08", "2025-12-10", TimePrecision.Days)]
    [InlineData("The port was hit on 9 December. The ministry said on the same day that the fire was out.", "2025-12-11", "the same day", "2025-12-09", "2025-12-09", TimePrecision.Day)]
    [InlineData("У середу дрон атакував Суми. Того ж ранку окупанти скинули дві авіабомби.", "2025-12-11", "Того ж ранку", "2025-12-10", "2025-12-10", TimePrecision.Day)]
    [InlineData("Порт атаковали 9 декабря. В тот же день министерство сообщило о пожаре.", "2025-12-11", "тот же день", "2025-12-09", "2025-12-09", TimePrecision.Day)]
    public void Process_OpenOrNamedExpression_ResolvesAgainstPublication(string text, string? published, string expected, string? from, string? to, TimePrecision precision) =>
        AssertTime(text, published, expected, from, to, precision);

    [Theory]
    // two dated days joined by "and" are two days, not a range
    [InlineData("Удари зафіксовано 24.02.22 і 12.12.25.", "2025-12-12", "24.02.22|12.12.25")]
    // a part of the day next to a weekday or a date only qualifies it
    [InlineData("У середу вранці ворог обстріляв громаду.", "2025-12-11", "середу")]
    [InlineData("Утром 5 декабря беспилотник атаковал село.", "2025-12-11", "5 декабря")]
    [InlineData("Утром в четверг беспилотник атаковал село.", "2025-12-11", "четверг")]
    // "до" before a count of people is no date; "before the invasion" alone names no day
    [InlineData("Загинули до 30 осіб.", "2025-12-11", "")]
    [InlineData("Soldiers who fought before the invasion were recalled.", "2025-12-11", "")]
    // a season needs a preposition or a determiner; "the same day" needs an earlier day; clock times alone are no dates
    [InlineData("The spring water supply was cut.", "2025-12-11", "")]
    [InlineData("The same day, officials met in the city.", "2025-12-11", "")]
    [InlineData("Mortars fired from 18:00 until 20:00.", "2025-12-11", "")]
    public void Process_NearMiss_FindsOnlyTheseTimes(string text, string published, string expected)
    {
        var doc = Run(text, published);
        Assert.Equal(expected, string.Join("|", doc.Times.Select(t => t.Text)));
    }
}
