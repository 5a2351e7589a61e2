using Sitrep.Core.Model;

namespace Sitrep.Extraction.Time;

/// <summary>Resolvers for seasons, month-to-month ranges, weekday-to-weekday ranges and "the same day".</summary>
internal static partial class TimeRules
{
    /// <summary>The three months of the season starting in <paramref name="startMonth"/> of <paramref name="year"/> (winter runs into the next year).</summary>
    private static (DateOnly From, DateOnly To) SeasonIn(int year, int startMonth)
    {
        var end = new DateOnly(year, startMonth, 1).AddMonths(3).AddDays(-1);
        return (new DateOnly(year, startMonth, 1), end);
    }

    /// <summary>The year in which the latest season starting in <paramref name="startMonth"/> began on or before <paramref name="p"/>.</summary>
    private static int LatestSeasonYear(DateOnly p, int startMonth) => startMonth <= p.Month ? p.Year : p.Year - 1;

    /// <summary>
    /// "in (the) summer", "влітку", "летом": the latest such season that began on or before publication (whole),
    /// the next one when the clause speaks of the future.
    /// </summary>
    public static TimeRule Season(int startMonth) => (_, a) => Relative(a, TimePrecision.Month, p =>
    {
        var year = LatestSeasonYear(p, startMonth);
        var s = SeasonIn(year, startMonth);
        return a.Future && s.To < p ? SeasonIn(year + 1, startMonth) : s;
    });

    /// <summary>"this autumn", "цієї осені", "этой осенью": the latest such season, cut at publication while it lasts.</summary>
    public static TimeRule ThisSeason(int startMonth) => (_, a) => Relative(a, TimePrecision.Month, p =>
    {
        var s = SeasonIn(LatestSeasonYear(p, startMonth), startMonth);
        return (s.From, s.To < p ? s.To : p);
    });

    /// <summary>"last summer", "минулого літа", "прошлым летом": the latest such season that ended before publication.</summary>
    public static TimeRule LastSeason(int startMonth) => (_, a) => Relative(a, TimePrecision.Month, p =>
    {
        var year = LatestSeasonYear(p, startMonth);
        var s = SeasonIn(year, startMonth);
        return s.To < p ? s : SeasonIn(year - 1, startMonth);
    });

    /// <summary>"since the summer": from the start of the latest such season that began on or before publication, to publication.</summary>
    public static TimeRule SinceSeason(int startMonth) => (_, a) => Relative(a, TimePrecision.Days, p =>
        (SeasonIn(LatestSeasonYear(p, startMonth), startMonth).From, p));

    /// <summary>"summer 2024", "літо 2024 року": absolute.</summary>
    public static TimeRule SeasonOfYear(int startMonth) => (c, _) =>
    {
        var s = SeasonIn(c.Year, startMonth);
        return TimeValue.Absolute(s.From, s.To, TimePrecision.Month);
    };

    /// <summary>"between July and November (2025)": the first of one month to the end of the other; the end month placed like "in November".</summary>
    public static TimeRule MonthRange() => (c, a) =>
    {
        if (c.Month2 == c.Month)
        {
            return null;
        }

        static (DateOnly, DateOnly) Span(int endYear, int from, int to) =>
            (Calendar.MonthStart(from > to ? endYear - 1 : endYear, from), Calendar.MonthEnd(endYear, to));

        if (c.Year != 0)
        {
            var r = Span(c.Year, c.Month, c.Month2);
            return TimeValue.Absolute(r.Item1, r.Item2, TimePrecision.Month);
        }

        return Relative(a, TimePrecision.Month, p => Span(Calendar.YearOfMonth(p, c.Month2, a.Future), c.Month, c.Month2));
    };

    /// <summary>"from Thursday until Friday", "з понеділка до середи": the end weekday placed like "on Friday", the start the latest such weekday on or before it.</summary>
    public static TimeRule WeekdayRange() => (c, a) => c.Weekday2 is not { } endDay || c.Weekday is not { } startDay
        ? null
        : Relative(a, TimePrecision.Days, p =>
        {
            var to = a.Future ? Calendar.Next(p, endDay, true) : Calendar.Previous(p, endDay, true);
            var from = Calendar.Previous(to, startDay, includeAnchor: false);
            return (from, to);
        });

    /// <summary>
    /// "the same day", "того ж дня", "в тот же день": the day of the previous dated expression in the document;
    /// the stage fills it in (unresolved here).
    /// </summary>
    public static TimeRule SameDay { get; } = (_, _) => new TimeValue(null, null, TimePrecision.Day, true);

    /// <summary>"during the night", "упродовж ночі": the night into the previous dated day of the document; the stage fills it in (the night before publication here).</summary>
    public static TimeRule TheNight { get; } = (c, a) => Overnight()(c, a);

    /// <summary>"the following night", "that night", "наступної ночі", "следующей ночью": the night after the previous dated
    /// day of the document; the stage fills it in (unresolved here).</summary>
    public static TimeRule NextNight { get; } = (_, _) => new TimeValue(null, null, TimePrecision.Days, true);

    /// <summary>
    /// "two days later", "a day later", "через два дні", "спустя два дня": the day that many days after the previous dated
    /// day of the document; the stage fills it in (unresolved here, nothing without one). The count travels in
    /// <see cref="TimeValue.From"/> as days after <see cref="DateOnly.MinValue"/> (1 when the pattern has no number).
    /// </summary>
    /// <summary>
    /// "during the reporting period", "за звітний період", "за отчётный период": the stretch of days the document named
    /// first (a report's "1-7 June 2026" in its title); the stage fills it in (nothing without one).
    /// </summary>
    public static TimeRule ReportingPeriod { get; } = (_, _) => new TimeValue(null, null, TimePrecision.Days, true);

    public static TimeRule DaysLater { get; } = (c, _) => c.N is >= 0 and <= 31
        ? new TimeValue(DateOnly.MinValue.AddDays(c.N == 0 ? 1 : c.N), null, TimePrecision.Day, true)
        : null;
}
