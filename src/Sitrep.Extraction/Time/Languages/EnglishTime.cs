using static Sitrep.Extraction.Time.TimeRules;

namespace Sitrep.Extraction.Time.Languages;

/// <summary>English month and weekday names and time patterns (see docs/time.md for the rules with examples).</summary>
internal static class EnglishTime
{
    private const NameFlags Cap = NameFlags.Capitalized;
    private const NameFlags Abbr = NameFlags.Capitalized | NameFlags.Abbreviation;

    public static TimeLanguage Language { get; } = new()
    {
        Code = "en",
        Months =
        [
            ("January", 1, Cap), ("February", 2, Cap), ("March", 3, Cap), ("April", 4, Cap), ("May", 5, Cap), ("June", 6, Cap),
            ("July", 7, Cap), ("August", 8, Cap), ("September", 9, Cap), ("October", 10, Cap), ("November", 11, Cap), ("December", 12, Cap),
            ("Jan", 1, Abbr), ("Feb", 2, Abbr), ("Mar", 3, Abbr), ("Apr", 4, Abbr), ("Jun", 6, Abbr), ("Jul", 7, Abbr), ("Aug", 8, Abbr),
            ("Sep", 9, Abbr), ("Sept", 9, Abbr), ("Oct", 10, Abbr), ("Nov", 11, Abbr), ("Dec", 12, Abbr),
        ],
        Weekdays =
        [
            ("Monday", 1, Cap), ("Tuesday", 2, Cap), ("Wednesday", 3, Cap), ("Thursday", 4, Cap), ("Friday", 5, Cap),
            ("Saturday", 6, Cap), ("Sunday", 0, Cap),
        ],
        FutureMarkers = ["will", "shall", "scheduled", "upcoming", "due", "plan", "plans", "planning", "expect", "expects"],
        FutureCarriers = ["with", "bringing"],
        Patterns =
        [
            // deictic days
            ("today", DayOffset(0)),
            ("earlier today", DayOffset(0)),
            ("tonight", DayOffset(0)),
            ("this morning|afternoon|evening", DayOffset(0)),
            ("yesterday", DayOffset(-1)),
            ("yesterday morning|afternoon|evening", DayOffset(-1)),
            ("late|early yesterday", DayOffset(-1)),
            ("the? day before yesterday", DayOffset(-2)),
            ("tomorrow", DayOffset(1)),
            ("overnight", Overnight()),
            ("last night", Overnight()),
            ("overnight into|to|on {weekday}", NightIntoWeekday()),

            // rolling windows
            ("the? past|last {n} hours", PastNHours()),
            ("the? past|last day", PastDays(1)),
            ("the? past|last {n} days", PastNDays()),
            ("the past|last week", PastDays(7)),
            ("past week", PastDays(7)),
            ("{n} days ago", DaysAgo()),
            ("{n} week|weeks ago", WeeksAgo()),
            ("{n} month|months ago", MonthsAgo()),
            ("{n} year|years ago", YearsAgo()),

            // calendar weeks, months, years
            ("this week", ThisWeek()),
            ("earlier this week", EarlierThisWeek()),
            ("last week", LastWeek()),
            ("^over|at|during the weekend", Weekend()),
            ("this|last weekend", Weekend()),
            ("this month", ThisMonth()),
            ("earlier this month", ThisMonth()),
            ("last month", LastMonth()),
            ("early last month", MonthPartRelative(-1, MonthPart.Early)),
            ("the beginning|start of last month", MonthPartRelative(-1, MonthPart.Early)),
            ("mid last month", MonthPartRelative(-1, MonthPart.Mid)),
            ("late last month", MonthPartRelative(-1, MonthPart.Late)),
            ("the end of last month", MonthPartRelative(-1, MonthPart.Late)),
            ("this year", ThisYear()),
            ("earlier this year", ThisYear()),
            ("last year", LastYear()),
            ("since the beginning|start of the year", SinceYearStart()),
            ("since the beginning|start of the month", SinceMonthStart()),
            ("since the beginning|start of {month} {year}?", SinceMonth()),
            ("since {month} {year}?", SinceMonth()),
            ("since {month} {day} {year}?", SinceDay()),
            ("since {day} {month} {year}?", SinceDay()),
            ("since {year!}", SinceYear()),
            ("before {year!}", BeforeYear()),
            ("between|from {year} and|to|until {year2}", YearRange()),
            ("since the? start|beginning of the full-scale invasion", SinceDate(2022, 2, 24)),
            ("since the? start|beginning of the special military operation", SinceDate(2022, 2, 24)),
            ("since the|Russia's full-scale invasion", SinceDate(2022, 2, 24)),
            ("before the|Russia's full-scale invasion", BeforeDate(2022, 2, 24)),
            ("New Year's Eve", NamedDay(12, 31)),
            ("New Year's Day", NamedDay(1, 1)),

            // weekdays
            ("{weekday}", Weekday()),
            ("{weekday} morning|afternoon|evening", Weekday()),
            ("{weekday} night", WeekdayNight()),
            ("last {weekday}", LastWeekday()),
            ("next {weekday}", NextWeekday()),
            ("this coming {weekday}", NextWeekday()),
            ("^until|till {weekday}", UntilWeekday()),
            ("since {weekday}", SinceWeekday()),

            // dates
            ("{month} {day} {year}?", DayMonth()),
            ("{day} of? {month} {year}?", DayMonth()),
            ("the {day} of {month} {year}?", DayMonth()),
            ("{month} {day} -|–|—|to|and {day2} {year}?", DayRange()),
            ("{day} -|–|—|to|and {day2} {month} {year}?", DayRange()),
            ("between|from {day} and|to|until {day2} {month} {year}?", DayRange()),
            ("between|from {month} {day} and|to|until {day2} {year}?", DayRange()),
            ("the? night of|on {month} {day} -|–|to|into {day2} {year}?", DayRange()),
            ("the? night of|on {day} -|–|to|into {day2} {month} {year}?", DayRange()),
            ("the? night of {month} {day} {year}?", NightOf(nightBefore: false)),
            ("the? night of {day} {month} {year}?", NightOf(nightBefore: false)),
            ("{day} {month} -|–|—|to|until {day2} {month2} {year}?", CrossMonthRange()),
            ("{month} {day} -|–|—|to|until {month2} {day2} {year}?", CrossMonthRange()),
            ("between|from {day} {month} and|to|until {day2} {month2} {year}?", CrossMonthRange()),
            ("between|from {month} {day} and|to|until {month2} {day2} {year}?", CrossMonthRange()),
            ("{dotted}", FullDate()),
            ("between|from {dotted} and|to|until {dotted2}", FullRange()),
            ("{dotted} -|–|—|‒ {dotted2}", FullRange()),
            ("{day} {month} {year} -|–|—|to|until {day2} {month2} {year2}", FullRange()),
            ("between|from {day} {month} {year} and|to|until {day2} {month2} {year2}", FullRange()),
            ("{month} {day} {year} -|–|—|to|until {month2} {day2} {year2}", FullRange()),
            ("between|from {month} {day} {year} and|to|until {month2} {day2} {year2}", FullRange()),
            ("{iso}", FullDate()),
            ("{slash}", FullDate()),

            // seasons (meteorological: spring is March-May, winter December-February)
            ("^in|during|over|through|throughout the? spring", Season(3)),
            ("this spring", ThisSeason(3)),
            ("earlier this spring", ThisSeason(3)),
            ("last spring", LastSeason(3)),
            ("since the? spring", SinceSeason(3)),
            ("the? spring of? {year}", SeasonOfYear(3)),
            ("^in|during|over|through|throughout the? summer", Season(6)),
            ("this summer", ThisSeason(6)),
            ("earlier this summer", ThisSeason(6)),
            ("last summer", LastSeason(6)),
            ("since the? summer", SinceSeason(6)),
            ("the? summer of? {year}", SeasonOfYear(6)),
            ("^in|during|over|through|throughout the? autumn", Season(9)),
            ("this autumn", ThisSeason(9)),
            ("earlier this autumn", ThisSeason(9)),
            ("last autumn", LastSeason(9)),
            ("since the? autumn", SinceSeason(9)),
            ("the? autumn of? {year}", SeasonOfYear(9)),
            ("^in|during|over|through|throughout the? winter", Season(12)),
            ("this winter", ThisSeason(12)),
            ("earlier this winter", ThisSeason(12)),
            ("last winter", LastSeason(12)),
            ("since the? winter", SinceSeason(12)),
            ("between|from {month} and|to|until|through {month2} {year}?", MonthRange()),
            ("during|through|in the night", TheNight),
            ("the|that same day|morning|evening", SameDay),
            ("later that day", SameDay),
            ("earlier|later in the day", SameDay),
            ("in the morning|afternoon|evening", PartOfDay),
            ("from|between {clock}? on? {weekday} until|to|till|through|and {clock}? on? {weekday2}", WeekdayRange()),

            // months and years
            ("{month} {year}", Month()),
            ("{month} of {year}", Month()),
            ("^in|during|by|until|through|throughout|of|from|before|after|last|this {month}", Month()),
            ("early {month} {year}?", MonthPartOf(MonthPart.Early)),
            ("the beginning|start of {month} {year}?", MonthPartOf(MonthPart.Early)),
            ("{midmonth} {year}?", MonthPartOf(MonthPart.Mid)),
            ("the middle of {month} {year}?", MonthPartOf(MonthPart.Mid)),
            ("late {month} {year}?", MonthPartOf(MonthPart.Late)),
            ("the end of {month} {year}?", MonthPartOf(MonthPart.Late)),
            ("^in|during|by|until|through|throughout|of|from|before|after {year!}", Year()),
        ],
    };
}
