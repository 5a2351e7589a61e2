using System.Globalization;

namespace Sitrep.Reconcile.Common;

/// <summary>The contract's ISO dates (<c>yyyy-MM-dd</c>) as <see cref="DateOnly"/> and back.</summary>
public static class IsoDates
{
    public static DateOnly? Parse(string? iso) =>
        iso is not null && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

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
