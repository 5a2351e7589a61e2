using Sitrep.Core.Model;

namespace Sitrep.Extraction.Time;

/// <summary>Resolvers for expressions that name a day, month, weekday or year.</summary>
internal static partial class TimeRules
{
    /// <summary>A full date from slots (day, month, year): absolute.</summary>
    public static TimeRule FullDate() => (c, _) =>
        Calendar.Date(c.Year, c.Month, c.Day) is { } d ? TimeValue.Absolute(d, d, TimePrecision.Day) : null;

    /// <summary>A day and month, with or without a year. Without one: the latest such date on or before publication (next one when future).</summary>
    public static TimeRule DayMonth() => (c, a) =>
    {
        if (c.Year != 0)
        {
            return FullDate()(c, a);
        }

        if (!Calendar.IsValid(2024, c.Month, c.Day))
        {
            return null;
        }

        return Relative(c, a, TimePrecision.Day, static (p, c, a) => Calendar.MonthDay(p, c.Month, c.Day, a.Future) is { } d ? (d, d) : null);
    };

    /// <summary>Days Day..Day2 of one month ("10-11 December", "between 10 and 12 December").</summary>
    public static TimeRule DayRange() => (c, a) =>
    {
        if (c.Day2 <= c.Day || c.Day2 - c.Day > 15)
        {
            return null;
        }

        if (c.Year != 0)
        {
            return Calendar.Date(c.Year, c.Month, c.Day) is { } f && Calendar.Date(c.Year, c.Month, c.Day2) is { } t
                ? TimeValue.Absolute(f, t, TimePrecision.Days)
                : null;
        }

        if (!Calendar.IsValid(2024, c.Month, c.Day2))
        {
            return null;
        }

        return Relative(c, a, TimePrecision.Days, static (p, c, a) =>
        {
            var year = Calendar.YearOfMonth(p, c.Month, a.Future);
            if (!a.Future && new DateOnly(year, c.Month, c.Day) > p)
            {
                year--;
            }

            return Calendar.Date(year, c.Month, c.Day) is { } f && Calendar.Date(year, c.Month, c.Day2) is { } t ? (f, t) : null;
        });
    };

    /// <summary>"30 November - 2 December (2025)": a range across a month end; the year, if given, is the end's.</summary>
    public static TimeRule CrossMonthRange() => (c, a) =>
    {
        if (c.Month2 == c.Month || !Calendar.IsValid(2024, c.Month, c.Day) || !Calendar.IsValid(2024, c.Month2, c.Day2))
        {
            return null;
        }

        static (DateOnly, DateOnly)? From(DateOnly? end, int month, int day)
        {
            if (end is not { } e)
            {
                return null;
            }

            var start = Calendar.Date(month > e.Month ? e.Year - 1 : e.Year, month, day);
            return start is { } s && e.DayNumber - s.DayNumber is > 0 and <= 62 ? (s, e) : null;
        }

        if (c.Year != 0)
        {
            return From(Calendar.Date(c.Year, c.Month2, c.Day2), c.Month, c.Day) is { } r ? TimeValue.Absolute(r.Item1, r.Item2, TimePrecision.Days) : null;
        }

        return Relative(c, a, TimePrecision.Days, static (p, c, a) =>
        {
            var y = Calendar.YearOfMonth(p, c.Month, a.Future);
            var end = Calendar.Date(c.Month2 < c.Month ? y + 1 : y, c.Month2, c.Day2);
            return From(end, c.Month, c.Day);
        });
    };

    /// <summary>"the night of December 10", "в ніч на 11 грудня": a night is two days; <paramref name="nightBefore"/> when the date is the morning after.</summary>
    public static TimeRule NightOf(bool nightBefore) => (c, a) =>
    {
        if (DayMonth()(c, a) is not { } v)
        {
            return null;
        }

        if (v.From is not { } d)
        {
            return v with { Precision = TimePrecision.Days };
        }

        return nightBefore
            ? v with { From = d.AddDays(-1), To = d, Precision = TimePrecision.Days }
            : v with { From = d, To = d.AddDays(1), Precision = TimePrecision.Days };
    };

    /// <summary>A month, with or without a year: the latest such month starting on or before publication (next one when future).</summary>
    public static TimeRule Month() => (c, a) =>
    {
        if (c.Year != 0)
        {
            return TimeValue.Absolute(Calendar.MonthStart(c.Year, c.Month), Calendar.MonthEnd(c.Year, c.Month), TimePrecision.Month);
        }

        return Relative(c, a, TimePrecision.Month, static (p, c, a) =>
        {
            var y = Calendar.YearOfMonth(p, c.Month, a.Future);
            return (Calendar.MonthStart(y, c.Month), Calendar.MonthEnd(y, c.Month));
        });
    };

    /// <summary>"early/mid/late December (2025)": days 1-10, 11-20, 21-end.</summary>
    public static TimeRule MonthPartOf(MonthPart part) => (c, a) =>
    {
        if (c.Year != 0)
        {
            var r = PartOf(c.Year, c.Month, part);
            return TimeValue.Absolute(r.From, r.To, TimePrecision.Days);
        }

        return Relative(a, TimePrecision.Days, p =>
        {
            var y = Calendar.YearOfMonth(p, c.Month, a.Future);
            return PartOf(y, c.Month, part);
        });
    };

    /// <summary>"since (the beginning of) November": the first of that month to publication.</summary>
    public static TimeRule SinceMonth() => (c, a) =>
    {
        if (a.Published is not { } p)
        {
            return c.Year != 0 ? new TimeValue(Calendar.MonthStart(c.Year, c.Month), null, TimePrecision.Days, true) : new TimeValue(null, null, TimePrecision.Days, true);
        }

        var y = c.Year != 0 ? c.Year : Calendar.YearOfMonth(p, c.Month, future: false);
        var from = Calendar.MonthStart(y, c.Month);
        return from <= p ? new TimeValue(from, p, TimePrecision.Days, true) : null;
    };

    /// <summary>"since 1 December": that day to publication.</summary>
    public static TimeRule SinceDay() => (c, a) =>
    {
        var day = DayMonth()(c, a with { Future = false });
        if (day is not { From: { } from })
        {
            return day is null ? null : new TimeValue(null, null, TimePrecision.Days, true);
        }

        return a.Published is { } p && from <= p ? new TimeValue(from, p, TimePrecision.Days, true) : new TimeValue(from, null, TimePrecision.Days, true);
    };

    /// <summary>A year: absolute.</summary>
    public static TimeRule Year() => (c, _) => TimeValue.Absolute(new DateOnly(c.Year, 1, 1), new DateOnly(c.Year, 12, 31), TimePrecision.Year);

    /// <summary>"since 2014": 1 January of that year to publication (open end without a publication date).</summary>
    public static TimeRule SinceYear() => (c, a) =>
    {
        var from = new DateOnly(c.Year, 1, 1);
        return a.Published is { } p && from <= p ? new TimeValue(from, p, TimePrecision.Year, true) : new TimeValue(from, null, TimePrecision.Year, true);
    };

    /// <summary>A weekday: the latest one on or before publication (publication day included), the next one when future.</summary>
    public static TimeRule Weekday() => (c, a) =>
        Relative(c, a, TimePrecision.Day, static (p, c, a) =>
        {
            var d = a.Future ? Calendar.Next(p, c.Weekday!.Value, true) : Calendar.Previous(p, c.Weekday!.Value, true);
            return (d, d);
        });

    /// <summary>"Monday night": the night from that weekday into the next day.</summary>
    public static TimeRule WeekdayNight() => (c, a) =>
        Relative(c, a, TimePrecision.Days, static (p, c, a) =>
        {
            var d = a.Future ? Calendar.Next(p, c.Weekday!.Value, true) : Calendar.Previous(p, c.Weekday!.Value, true);
            return (d, d.AddDays(1));
        });

    /// <summary>"last Friday": the latest one strictly before publication.</summary>
    public static TimeRule LastWeekday() => (c, a) =>
        Relative(c, a, TimePrecision.Day, static (p, c, _) => { var d = Calendar.Previous(p, c.Weekday!.Value, false); return (d, d); });

    /// <summary>"next Friday": the first one strictly after publication.</summary>
    public static TimeRule NextWeekday() => (c, a) =>
        Relative(c, a, TimePrecision.Day, static (p, c, _) => { var d = Calendar.Next(p, c.Weekday!.Value, false); return (d, d); });

    /// <summary>"overnight into Wednesday", "в ніч на середу": the weekday before to the weekday.</summary>
    public static TimeRule NightIntoWeekday() => (c, a) =>
        Relative(c, a, TimePrecision.Days, static (p, c, a) =>
        {
            var d = a.Future ? Calendar.Next(p, c.Weekday!.Value, true) : Calendar.Previous(p, c.Weekday!.Value, true);
            return (d.AddDays(-1), d);
        });
}
