using static Sitrep.Extraction.Time.TimeRules;

namespace Sitrep.Extraction.Time.Languages;

/// <summary>Russian month names (nominative, genitive, prepositional), weekdays and time patterns.</summary>
internal static class RussianTime
{
    private const NameFlags Prep = NameFlags.NeedsPreposition;

    public static TimeLanguage Language { get; } = new()
    {
        Code = "ru",
        Months = CyrillicNames.Expand(
        [
            ["январь", "января", "январе"], ["февраль", "февраля", "феврале"], ["март", "марта", "марте"],
            ["апрель", "апреля", "апреле"], ["май", "мая", "мае"], ["июнь", "июня", "июне"],
            ["июль", "июля", "июле"], ["август", "августа", "августе"], ["сентябрь", "сентября", "сентябре"],
            ["октябрь", "октября", "октябре"], ["ноябрь", "ноября", "ноябре"], ["декабрь", "декабря", "декабре"],
        ]),
        Weekdays =
        [
            ("понедельник", 1, Prep), ("вторник", 2, Prep), ("среду", 3, Prep), ("среда", 3, Prep), ("четверг", 4, Prep),
            ("пятницу", 5, Prep), ("пятница", 5, Prep), ("субботу", 6, Prep), ("суббота", 6, Prep), ("воскресенье", 0, Prep),
        ],
        WeekdayPrepositions = ["в", "во", "на", "прошлый", "прошлую", "прошлое", "этот", "эту", "это"],
        FutureMarkers = ["будет", "будут", "планирует", "планируют", "запланировано", "следующей", "следующем"],
        Patterns =
        [
            ("сегодня", DayOffset(0)),
            ("сегодня утром|днем|днём|вечером", DayOffset(0)),
            ("вчера", DayOffset(-1)),
            ("вчера утром|днем|днём|вечером", DayOffset(-1)),
            ("позавчера", DayOffset(-2)),
            ("завтра", DayOffset(1)),
            ("ночью", Overnight()),
            ("сегодня|вчера ночью", Overnight()),
            ("этой|прошлой|минувшей ночью", Overnight()),
            ("за минувшие|прошедшие|последние сутки", PastDays(1)),
            ("за сутки", PastDays(1)),
            ("в течение суток", PastDays(1)),
            ("за последние {n} часа|часов|час", PastNHours()),
            ("за последние {n} дня|дней|суток", PastNDays()),
            ("за прошедшую|минувшую|последнюю неделю", PastDays(7)),
            ("{n} дня|дней|день назад", DaysAgo()),
            ("{n}? неделю|недели|недель назад", WeeksAgo()),
            ("{n}? месяц|месяца|месяцев назад", MonthsAgo()),
            ("{n}? год|года|лет назад", YearsAgo()),
            ("на этой неделе", ThisWeek()),
            ("в начале недели", EarlierThisWeek()),
            ("в начале этой недели", EarlierThisWeek()),
            ("на прошлой неделе", LastWeek()),
            ("в|на выходные|выходных", Weekend()),
            ("в минувшие|прошлые выходные", Weekend()),
            ("в этом месяце", ThisMonth()),
            ("в прошлом месяце", LastMonth()),
            ("в начале прошлого месяца", MonthPartRelative(-1, MonthPart.Early)),
            ("в середине прошлого месяца", MonthPartRelative(-1, MonthPart.Mid)),
            ("в конце прошлого месяца", MonthPartRelative(-1, MonthPart.Late)),
            ("в этом году", ThisYear()),
            ("в прошлом году", LastYear()),
            ("с начала года", SinceYearStart()),
            ("с начала месяца", SinceMonthStart()),
            ("с начала {month} {year}? {yearword}?", SinceMonth()),
            ("с {month} {year}? {yearword}?", SinceMonth()),
            ("с {day} {month} {year}? {yearword}?", SinceDay()),
            ("с {year} {yearword}", SinceYear()),
            ("{weekday}", Weekday()),
            ("прошлый|прошлую|прошлое {weekday}", LastWeekday()),
            ("в ночь на {weekday}", NightIntoWeekday()),
            ("{day} {month} {year}? {yearword}?", DayMonth()),
            ("{day} -|–|— {day2} {month} {year}? {yearword}?", DayRange()),
            ("с|от {day} до|по {day2} {month} {year}? {yearword}?", DayRange()),
            ("между {day} и {day2} {month} {year}? {yearword}?", DayRange()),
            ("с|от {day} {month} до|по {day2} {month2} {year}? {yearword}?", CrossMonthRange()),
            ("{day} {month} -|–|— {day2} {month2} {year}? {yearword}?", CrossMonthRange()),
            ("в ночь на {day} {month} {year}? {yearword}?", NightOf(nightBefore: true)),
            ("в ночь с {day} на {day2} {month} {year}? {yearword}?", DayRange()),
            ("^в|во {month} {year}? {yearword}?", Month()),
            ("{month} {year} {yearword}?", Month()),
            ("в начале {month} {year}? {yearword}?", MonthPartOf(MonthPart.Early)),
            ("в середине {month} {year}? {yearword}?", MonthPartOf(MonthPart.Mid)),
            ("в конце {month} {year}? {yearword}?", MonthPartOf(MonthPart.Late)),
            ("{year} {yearword}", Year()),
        ],
    };
}
