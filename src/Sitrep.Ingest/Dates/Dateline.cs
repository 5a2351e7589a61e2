using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Dates;

/// <summary>
/// A wire-style dateline opening a paragraph: "KYIV, Dec 11 (Reuters) -", "ZAPORIZHZHIA, Ukraine, December 11, 2025 (AP) -",
/// "КИЇВ, 11 грудня -". The place is in capitals (or an agency is named); the year is often left out.
/// </summary>
internal sealed partial record Dateline(int Month, int Day, int? Year, string Place, string? Agency)
{
    private const string PlacePattern = @"(?<place>\p{Lu}[\p{L}'’.\-]+(?:\s+\p{Lu}[\p{L}'’.\-]+){0,3})";
    private const string Region = @"(?:,\s*\p{Lu}[\p{L}.]+(?:\s+\p{Lu}[\p{L}.]+){0,2})?";
    private const string MonthDay = @"(?:(?<mon>[A-Za-z\u0400-\u04FF]{3,12}\.?)\s+(?<day>\d{1,2})|(?<day>\d{1,2})\s+(?<mon>[A-Za-z\u0400-\u04FF]{3,12}\.?))";
    private const string AgencyPattern = @"(?:\((?<agency>[^)\n]{2,30})\)|/(?<agency>[^/\n]{2,20})/)";

    [GeneratedRegex("^" + PlacePattern + Region + @",\s*" + MonthDay + @"(?:,?\s+(?<year>\d{4}))?\s*" + AgencyPattern + @"?\s*[-–—]")]
    private static partial Regex Pattern();

    /// <summary>The dateline at the start of <paramref name="paragraph"/>, if any.</summary>
    public static Dateline? Match(string paragraph)
    {
        var m = Pattern().Match(paragraph);
        if (!m.Success)
        {
            return null;
        }

        var place = m.Groups["place"].Value;
        var agency = m.Groups["agency"].Success ? m.Groups["agency"].Value.Trim() : null;
        if (agency is null && place.Any(char.IsLower))
        {
            return null;
        }

        var month = MonthNames.Lookup(m.Groups["mon"].ValueSpan);
        var day = int.Parse(m.Groups["day"].ValueSpan, CultureInfo.InvariantCulture);
        if (month == 0 || day is < 1 or > 31)
        {
            return null;
        }

        int? year = m.Groups["year"].Success ? int.Parse(m.Groups["year"].ValueSpan, CultureInfo.InvariantCulture) : null;
        return new Dateline(month, day, year, place, agency);
    }

    /// <summary>The date, using <paramref name="fallbackYear"/> when the dateline has none; null when no year is known.</summary>
    public DateOnly? Resolve(int? fallbackYear)
    {
        var year = Year ?? fallbackYear;
        return year is int y && DateText.TryMake(y, Month, Day, out var date) ? date : null;
    }

    /// <summary>
    /// The date nearest to <paramref name="near"/> (a full date found elsewhere in the document) when the dateline has no
    /// year: "Dec 31" on a page dated 1 January 2026 is 31 December 2025.
    /// </summary>
    public DateOnly? ResolveNear(DateOnly near)
    {
        if (Year is not null)
        {
            return Resolve(null);
        }

        DateOnly? best = null;
        foreach (var y in new[] { near.Year - 1, near.Year, near.Year + 1 })
        {
            if (DateText.TryMake(y, Month, Day, out var d)
                && (best is null || Math.Abs(d.DayNumber - near.DayNumber) < Math.Abs(best.Value.DayNumber - near.DayNumber)))
            {
                best = d;
            }
        }

        return best;
    }

    /// <summary>Finds a dateline at the start of one of the first paragraphs.</summary>
    public static Dateline? FindIn(IEnumerable<string> paragraphs, int maxParagraphs = 6)
    {
        foreach (var p in paragraphs.Take(maxParagraphs))
        {
            if (Match(p) is { } d)
            {
                return d;
            }
        }

        return null;
    }
}
