using Sitrep.Core.Model;

namespace Sitrep.Extraction.Time;

/// <summary>What a pattern resolved to: an inclusive interval (null ends when it could not be anchored).</summary>
internal readonly record struct TimeValue(DateOnly? From, DateOnly? To, TimePrecision Precision, bool Relative)
{
    public static TimeValue Absolute(DateOnly from, DateOnly to, TimePrecision precision) => new(from, to, precision, false);
}

/// <summary>What a resolver may anchor on: the publication date and whether the sentence speaks of the future.</summary>
internal readonly record struct TimeAnchor(DateOnly? Published, bool Future);

/// <summary>The values a pattern's slots captured. Zero means "not captured".</summary>
internal struct TimeCaptures
{
    public int Day;
    public int Day2;
    public int Month;
    public int Month2;
    public int Year;
    public int Year2;
    public int N;
    public DayOfWeek? Weekday;
    public DayOfWeek? Weekday2;
}
