using Sitrep.Core.Model;

namespace Sitrep.Extraction.Time;

/// <summary>Resolvers for ranges with a year on both ends, open-ended intervals and named days.</summary>
internal static partial class TimeRules
{
    /// <summary>"з 24.02.22 по 12.12.25", "from 28 December 2024 to 3 January 2025": both ends carry a year; absolute.</summary>
    public static TimeRule FullRange() => (c, _) =>
        Calendar.Date(c.Year, c.Month, c.Day) is { } f && Calendar.Date(c.Year2, c.Month2, c.Day2) is { } t && f < t
            ? TimeValue.Absolute(f, t, TimePrecision.Days)
            : null;

    /// <summary>"until Saturday", "до суботи": the first such weekday strictly after publication, whatever the tense.</summary>
    public static TimeRule UntilWeekday() => NextWeekday();

    /// <summary>"since Monday", "з понеділка": the latest such weekday on or before publication, to publication.</summary>
    public static TimeRule SinceWeekday() => (c, a) =>
        Relative(a, TimePrecision.Days, p => (Calendar.Previous(p, c.Weekday!.Value, true), p));

    /// <summary>"before 2022", "до 2022 року": an open start (from null) to 31 December of the year before.</summary>
    public static TimeRule BeforeYear() => (c, _) =>
        c.Year > 1900 ? new TimeValue(null, new DateOnly(c.Year - 1, 12, 31), TimePrecision.Year, false) : null;

    /// <summary>"New Year's Eve": a named day of the year; the latest one on or before publication (the next one when future).</summary>
    public static TimeRule NamedDay(int month, int day) => (c, a) => DayMonth()(c with { Month = month, Day = day, Year = 0 }, a);

    /// <summary>"новорічна ніч": the night that starts on a named day.</summary>
    public static TimeRule NamedNight(int month, int day) => (c, a) => NightOf(nightBefore: false)(c with { Month = month, Day = day, Year = 0 }, a);

    /// <summary>"from 2014 to 2022", "з 2014 по 2022 рік": 1 January of the first year to 31 December of the second.</summary>
    public static TimeRule YearRange() => (c, _) =>
        c.Year2 > c.Year ? TimeValue.Absolute(new DateOnly(c.Year, 1, 1), new DateOnly(c.Year2, 12, 31), TimePrecision.Year) : null;

    /// <summary>
    /// A part of the day alone ("утром", "вранці", "к вечеру"): the publication day. The matcher drops it when it
    /// stands next to another time expression ("у середу вранці"), which it only qualifies.
    /// </summary>
    public static TimeRule PartOfDay { get; } = (_, a) => Relative(a, TimePrecision.Day, p => (p, p));

    /// <summary>
    /// "Удень ...", "Днём ...": the daytime opening a sentence, the publication day like "вранці". The matcher takes it
    /// only as the sentence's first word and not before "ранее", "позже" ("Днём ранее" is "a day earlier"); inside a
    /// sentence the word is too often a noun ("с каждым днём", "вдень і вночі").
    /// </summary>
    public static TimeRule DaytimeOpening { get; } = (_, a) => Relative(a, TimePrecision.Day, p => (p, p));

    /// <summary>"Від початку доби", "С начала суток", "since the start of the day": the publication day up to the report.</summary>
    public static TimeRule SinceDayStart { get; } = (_, a) => Relative(a, TimePrecision.Day, p => (p, p));

    /// <summary>"since the full-scale invasion": a known date to publication (open end without one).</summary>
    public static TimeRule SinceDate(int year, int month, int day) => (_, a) =>
    {
        var from = new DateOnly(year, month, day);
        return a.Published is { } p && from <= p ? new TimeValue(from, p, TimePrecision.Days, true) : new TimeValue(from, null, TimePrecision.Days, true);
    };

    /// <summary>"before the full-scale invasion": an open start to the day before a known date.</summary>
    public static TimeRule BeforeDate(int year, int month, int day) => (_, _) =>
        new TimeValue(null, new DateOnly(year, month, day).AddDays(-1), TimePrecision.Days, false);
}
