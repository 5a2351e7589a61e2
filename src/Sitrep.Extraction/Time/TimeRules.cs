using Sitrep.Core.Model;

namespace Sitrep.Extraction.Time;

/// <summary>A resolver turns a pattern's captures into an interval.</summary>
internal delegate TimeValue? TimeRule(TimeCaptures c, TimeAnchor a);

/// <summary>
/// The resolvers language patterns point at. Relative rules return an unresolved value (null ends) when there is
/// no publication date: a relative expression is never guessed.
/// </summary>
internal static partial class TimeRules
{
    private static TimeValue? Relative(TimeAnchor a, TimePrecision precision, Func<DateOnly, (DateOnly From, DateOnly To)?> resolve)
    {
        if (a.Published is not { } p)
        {
            return new TimeValue(null, null, precision, true);
        }

        return resolve(p) is { } r ? new TimeValue(r.From, r.To, precision, true) : null;
    }

    /// <summary>
    /// <see cref="Relative(TimeAnchor, TimePrecision, Func{DateOnly, ValueTuple{DateOnly, DateOnly}?})"/> with the
    /// captures and the anchor handed to a static resolver, so that a rule matched at many tokens allocates no
    /// closure each time.
    /// </summary>
    private static TimeValue? Relative(TimeCaptures c, TimeAnchor a, TimePrecision precision, Func<DateOnly, TimeCaptures, TimeAnchor, (DateOnly From, DateOnly To)?> resolve)
    {
        if (a.Published is not { } p)
        {
            return new TimeValue(null, null, precision, true);
        }

        return resolve(p, c, a) is { } r ? new TimeValue(r.From, r.To, precision, true) : null;
    }

    /// <summary>"today" (0), "yesterday" (-1), "the day before yesterday" (-2), "tomorrow" (+1).</summary>
    public static TimeRule DayOffset(int offset) => (_, a) => Relative(a, TimePrecision.Day, p => (p.AddDays(offset), p.AddDays(offset)));

    /// <summary>"overnight", "last night": the night before publication, from the day before to the day itself.</summary>
    public static TimeRule Overnight() => (_, a) => Relative(a, TimePrecision.Days, p => (p.AddDays(-1), p));

    /// <summary>"the past 24 hours", "the past N days": N days back to publication.</summary>
    public static TimeRule PastDays(int days) => (_, a) => Relative(a, TimePrecision.Days, p => (p.AddDays(-days), p));

    /// <summary>"the past N days" with N captured.</summary>
    public static TimeRule PastNDays() => (c, a) => c.N is > 0 and <= 366 ? Relative(a, TimePrecision.Days, p => (p.AddDays(-c.N), p)) : null;

    /// <summary>"the past N hours": whole days back, at least one.</summary>
    public static TimeRule PastNHours() => (c, a) => c.N is > 0 and <= 24 * 31
        ? Relative(a, TimePrecision.Days, p => (p.AddDays(-Math.Max(1, (c.N + 23) / 24)), p))
        : null;

    /// <summary>"N days ago".</summary>
    public static TimeRule DaysAgo() => (c, a) => c.N is > 0 and <= 366 ? Relative(a, TimePrecision.Day, p => (p.AddDays(-c.N), p.AddDays(-c.N))) : null;

    /// <summary>"N weeks ago": the Monday-to-Sunday week containing the day N weeks back.</summary>
    public static TimeRule WeeksAgo() => (c, a) => c.N is > 0 and <= 60
        ? Relative(a, TimePrecision.Week, p => { var m = Calendar.Monday(p.AddDays(-7 * c.N)); return (m, m.AddDays(6)); })
        : null;

    /// <summary>"N months ago": the calendar month N months back.</summary>
    public static TimeRule MonthsAgo() => (c, a) => c.N is > 0 and <= 120
        ? Relative(a, TimePrecision.Month, p => { var d = p.AddMonths(-c.N); return (Calendar.MonthStart(d.Year, d.Month), Calendar.MonthEnd(d.Year, d.Month)); })
        : null;

    /// <summary>"N years ago": the calendar year N years back.</summary>
    public static TimeRule YearsAgo() => (c, a) => c.N is > 0 and <= 100
        ? Relative(a, TimePrecision.Year, p => (new DateOnly(p.Year - c.N, 1, 1), new DateOnly(p.Year - c.N, 12, 31)))
        : null;

    /// <summary>"this week": Monday of the publication week to publication.</summary>
    public static TimeRule ThisWeek() => (_, a) => Relative(a, TimePrecision.Week, p => (Calendar.Monday(p), p));

    /// <summary>"earlier this week": Monday to the day before publication (Monday itself when published on a Monday).</summary>
    public static TimeRule EarlierThisWeek() => (_, a) => Relative(a, TimePrecision.Week, p =>
    {
        var m = Calendar.Monday(p);
        return (m, p > m ? p.AddDays(-1) : m);
    });

    /// <summary>"last week": the previous Monday-to-Sunday week.</summary>
    public static TimeRule LastWeek() => (_, a) => Relative(a, TimePrecision.Week, p =>
    {
        var m = Calendar.Monday(p).AddDays(-7);
        return (m, m.AddDays(6));
    });

    /// <summary>
    /// "over the weekend": the latest Saturday on or before publication, to Sunday or publication, whichever is first;
    /// in a clause about the future ("rain is expected at the weekend") the next Saturday and Sunday.
    /// </summary>
    public static TimeRule Weekend() => (_, a) => Relative(a, TimePrecision.Days, p =>
    {
        if (a.Future && p.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
        {
            var next = Calendar.Next(p, DayOfWeek.Saturday, includeAnchor: false);
            return (next, next.AddDays(1));
        }

        var sat = Calendar.Previous(p, DayOfWeek.Saturday, includeAnchor: true);
        var sun = sat.AddDays(1);
        return (sat, sun <= p ? sun : p);
    });

    /// <summary>"this month", "earlier this month": the first of the month to publication.</summary>
    public static TimeRule ThisMonth() => (_, a) => Relative(a, TimePrecision.Month, p => (Calendar.MonthStart(p.Year, p.Month), p));

    /// <summary>"last month": the previous calendar month.</summary>
    public static TimeRule LastMonth() => (_, a) => Relative(a, TimePrecision.Month, p =>
    {
        var d = p.AddMonths(-1);
        return (Calendar.MonthStart(d.Year, d.Month), Calendar.MonthEnd(d.Year, d.Month));
    });

    /// <summary>"early/mid/late last month" (monthOffset -1) or "early this month" (0): days 1-10, 11-20, 21-end.</summary>
    public static TimeRule MonthPartRelative(int monthOffset, MonthPart part) => (_, a) => Relative(a, TimePrecision.Days, p =>
    {
        var d = p.AddMonths(monthOffset);
        var r = PartOf(d.Year, d.Month, part);
        return (r.From, r.To < p || monthOffset < 0 ? r.To : p);
    });

    /// <summary>"until the end of the month", "до кінця місяця", "к концу месяца": the last third of the publication
    /// month, whole (a school closed until then looks forward, past the publication day).</summary>
    public static TimeRule ThisMonthEnd() => (_, a) => Relative(a, TimePrecision.Days, p => PartOf(p.Year, p.Month, MonthPart.Late));

    /// <summary>"last year": the previous calendar year.</summary>
    public static TimeRule LastYear() => (_, a) => Relative(a, TimePrecision.Year, p => (new DateOnly(p.Year - 1, 1, 1), new DateOnly(p.Year - 1, 12, 31)));

    /// <summary>"this year", "earlier this year": 1 January to publication.</summary>
    public static TimeRule ThisYear() => (_, a) => Relative(a, TimePrecision.Year, p => (new DateOnly(p.Year, 1, 1), p));

    /// <summary>"since the beginning of the year": 1 January to publication, day by day.</summary>
    public static TimeRule SinceYearStart() => (_, a) => Relative(a, TimePrecision.Days, p => (new DateOnly(p.Year, 1, 1), p));

    /// <summary>"since the beginning of the month".</summary>
    public static TimeRule SinceMonthStart() => (_, a) => Relative(a, TimePrecision.Days, p => (Calendar.MonthStart(p.Year, p.Month), p));

    internal static (DateOnly From, DateOnly To) PartOf(int year, int month, MonthPart part) => part switch
    {
        MonthPart.Early => (new DateOnly(year, month, 1), new DateOnly(year, month, 10)),
        MonthPart.Mid => (new DateOnly(year, month, 11), new DateOnly(year, month, 20)),
        _ => (new DateOnly(year, month, 21), Calendar.MonthEnd(year, month)),
    };
}

internal enum MonthPart
{
    Early,
    Mid,
    Late,
}
