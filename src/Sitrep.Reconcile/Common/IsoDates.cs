using System.Globalization;

namespace Sitrep.Reconcile.Common;

/// <summary>The contract's ISO dates (<c>yyyy-MM-dd</c>) as <see cref="DateOnly"/> and back.</summary>
public static class IsoDates
{
    public static DateOnly? Parse(string? iso)
    {
        if (iso is null)
        {
            return null;
        }

        // the common case without the general parser (reconciliation parses dates of every compared pair)
        if (iso.Length == 10 && iso[4] == '-' && iso[7] == '-' && Digits(iso, 0, 4) is var year and >= 1 &&
            Digits(iso, 5, 2) is var month and >= 1 and <= 12 && Digits(iso, 8, 2) is var day and >= 1 &&
            day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        return DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    /// <summary>The number written by <paramref name="count"/> ASCII digits at <paramref name="start"/>, or -1.</summary>
    private static int Digits(string s, int start, int count)
    {
        var value = 0;
        for (var i = start; i < start + count; i++)
        {
            if (s[i] is < '0' or > '9')
            {
                return -1;
            }

            value = (value * 10) + (s[i] - '0');
        }

        return value;
    }

    public static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Days between two inclusive intervals: 0 when they overlap, else the gap (1 = adjacent days).</summary>
    public static int Gap(DateOnly aFrom, DateOnly aTo, DateOnly bFrom, DateOnly bTo)
    {
        if (aTo < bFrom)
        {
            return bFrom.DayNumber - aTo.DayNumber;
        }

        return bTo < aFrom ? aFrom.DayNumber - bTo.DayNumber : 0;
    }
}
