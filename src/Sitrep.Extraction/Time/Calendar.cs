namespace Sitrep.Extraction.Time;

/// <summary>Date arithmetic the resolvers share. All intervals are inclusive.</summary>
internal static class Calendar
{
    public static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    public static DateOnly? Date(int year, int month, int day) =>
        IsValid(year, month, day) ? new DateOnly(year, month, day) : null;

    public static DateOnly MonthStart(int year, int month) => new(year, month, 1);

    public static DateOnly MonthEnd(int year, int month) => new(year, month, DateTime.DaysInMonth(year, month));

    /// <summary>The Monday of the ISO week containing <paramref name="date"/>.</summary>
    public static DateOnly Monday(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));

    /// <summary>The latest <paramref name="day"/> on or before (or strictly before) <paramref name="anchor"/>.</summary>
    public static DateOnly Previous(DateOnly anchor, DayOfWeek day, bool includeAnchor)
    {
        var diff = ((int)anchor.DayOfWeek - (int)day + 7) % 7;
        if (diff == 0 && !includeAnchor)
        {
            diff = 7;
        }

        return anchor.AddDays(-diff);
    }

    /// <summary>The earliest <paramref name="day"/> on or after (or strictly after) <paramref name="anchor"/>.</summary>
    public static DateOnly Next(DateOnly anchor, DayOfWeek day, bool includeAnchor)
    {
        var diff = ((int)day - (int)anchor.DayOfWeek + 7) % 7;
        if (diff == 0 && !includeAnchor)
        {
            diff = 7;
        }

        return anchor.AddDays(diff);
    }

    /// <summary>The year in which a month without a year falls: the latest one starting on or before the anchor, or the next one when future.</summary>
    public static int YearOfMonth(DateOnly anchor, int month, bool future) =>
        future ? (month < anchor.Month ? anchor.Year + 1 : anchor.Year) : (month > anchor.Month ? anchor.Year - 1 : anchor.Year);

    /// <summary>A month and day without a year: the latest such date on or before the anchor (or the next on or after it when future).</summary>
    public static DateOnly? MonthDay(DateOnly anchor, int month, int day, bool future)
    {
        for (var k = 0; k < 8; k++)
        {
            var year = future ? anchor.Year + k : anchor.Year - k;
            if (Date(year, month, day) is { } d && (future ? d >= anchor : d <= anchor))
            {
                return d;
            }
        }

        return null;
    }
}
