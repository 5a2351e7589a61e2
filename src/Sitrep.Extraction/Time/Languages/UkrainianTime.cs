using static Sitrep.Extraction.Time.TimeRules;

namespace Sitrep.Extraction.Time.Languages;

/// <summary>Ukrainian month names (nominative, genitive, locative), weekdays and time patterns.</summary>
internal static class UkrainianTime
{
    private const NameFlags Prep = NameFlags.NeedsPreposition;

    public static TimeLanguage Language { get; } = new()
    {
        Code = "uk",
        Months = CyrillicNames.Expand(
        [
            ["січень", "січня", "січні"], ["лютий", "лютого", "лютому"], ["березень", "березня", "березні"],
            ["квітень", "квітня", "квітні"], ["травень", "травня", "травні"], ["червень", "червня", "червні"],
            ["липень", "липня", "липні"], ["серпень", "серпня", "серпні"], ["вересень", "вересня", "вересні"],
            ["жовтень", "жовтня", "жовтні"], ["листопад", "листопада", "листопаді"], ["грудень", "грудня", "грудні"],
        ]),
        Weekdays =
        [
            ("понеділок", 1, Prep), ("вівторок", 2, Prep), ("середу", 3, Prep), ("середа", 3, Prep), ("четвер", 4, Prep),
            ("п'ятницю", 5, Prep), ("п'ятниця", 5, Prep), ("суботу", 6, Prep), ("субота", 6, Prep), ("неділю", 0, Prep), ("неділя", 0, Prep),
        ],
        WeekdayPrepositions = ["у", "в", "ув", "на", "проти", "минулого", "минулої", "минулу", "минулий", "цю", "цей", "цього", "цієї"],
        FutureMarkers = ["буде", "будуть", "будемо", "планує", "планують", "заплановано", "наступного", "наступної"],
        Patterns =
        [
            ("сьогодні", DayOffset(0)),
            ("сьогодні вранці|зранку|вдень|ввечері|увечері", DayOffset(0)),
            ("вчора|учора", DayOffset(-1)),
            ("вчора|учора вранці|зранку|вдень|ввечері|увечері", DayOffset(-1)),
            ("позавчора", DayOffset(-2)),
            ("завтра", DayOffset(1)),
            ("вночі|уночі", Overnight()),
            ("сьогодні|вчора вночі|уночі", Overnight()),
            ("цієї|минулої ночі", Overnight()),
            ("минулої|останньої доби", PastDays(1)),
            ("за|протягом|впродовж|упродовж минулу|минулої|останню|останньої добу|доби", PastDays(1)),
            ("за добу", PastDays(1)),
            ("за останні {n} години|годин|годину", PastNHours()),
            ("за останні {n} дні|днів|доби", PastNDays()),
            ("за минулий|останній тиждень", PastDays(7)),
            ("{n} дні|днів|день|доби тому", DaysAgo()),
            ("{n}? тиждень|тижні|тижнів тому", WeeksAgo()),
            ("{n}? місяць|місяці|місяців тому", MonthsAgo()),
            ("{n}? рік|роки|років тому", YearsAgo()),
            ("цього тижня", ThisWeek()),
            ("на цьому тижні", ThisWeek()),
            ("на початку тижня", EarlierThisWeek()),
            ("на початку цього тижня", EarlierThisWeek()),
            ("минулого тижня", LastWeek()),
            ("на минулому тижні", LastWeek()),
            ("у|в|на вихідні|вихідних", Weekend()),
            ("минулих вихідних", Weekend()),
            ("цього місяця", ThisMonth()),
            ("у|в цьому місяці", ThisMonth()),
            ("минулого місяця", LastMonth()),
            ("у|в минулому місяці", LastMonth()),
            ("на початку минулого місяця", MonthPartRelative(-1, MonthPart.Early)),
            ("у|в середині минулого місяця", MonthPartRelative(-1, MonthPart.Mid)),
            ("наприкінці минулого місяця", MonthPartRelative(-1, MonthPart.Late)),
            ("у|в кінці минулого місяця", MonthPartRelative(-1, MonthPart.Late)),
            ("цього року", ThisYear()),
            ("у|в цьому році", ThisYear()),
            ("минулого року", LastYear()),
            ("у|в минулому році", LastYear()),
            ("торік", LastYear()),
            ("з|із|від початку року", SinceYearStart()),
            ("з|із|від початку місяця", SinceMonthStart()),
            ("з|із|від початку {month} {year}? {yearword}?", SinceMonth()),
            ("з|із {month} {year}? {yearword}?", SinceMonth()),
            ("з|із {day} {month} {year}? {yearword}?", SinceDay()),
            ("з|із {year} {yearword}", SinceYear()),
            ("{weekday}", Weekday()),
            ("минулого|минулої|минулу|минулий {weekday}", LastWeekday()),
            ("у|в ніч на|проти {weekday}", NightIntoWeekday()),
            ("{day} {month} {year}? {yearword}?", DayMonth()),
            ("{day} -|–|— {day2} {month} {year}? {yearword}?", DayRange()),
            ("з|із|від {day} до|по {day2} {month} {year}? {yearword}?", DayRange()),
            ("між {day} і|та {day2} {month} {year}? {yearword}?", DayRange()),
            ("з|із|від {day} {month} до|по {day2} {month2} {year}? {yearword}?", CrossMonthRange()),
            ("{day} {month} -|–|— {day2} {month2} {year}? {yearword}?", CrossMonthRange()),
            ("у|в ніч на|проти {day} {month} {year}? {yearword}?", NightOf(nightBefore: true)),
            ("у|в ніч з|із {day} на {day2} {month} {year}? {yearword}?", DayRange()),
            ("^у|в|ув {month} {year}? {yearword}?", Month()),
            ("{month} {year} {yearword}?", Month()),
            ("на початку {month} {year}? {yearword}?", MonthPartOf(MonthPart.Early)),
            ("у|в середині {month} {year}? {yearword}?", MonthPartOf(MonthPart.Mid)),
            ("наприкінці {month} {year}? {yearword}?", MonthPartOf(MonthPart.Late)),
            ("у|в кінці {month} {year}? {yearword}?", MonthPartOf(MonthPart.Late)),
            ("{year} {yearword}", Year()),
        ],
    };
}
