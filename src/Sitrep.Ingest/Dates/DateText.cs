using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Ingest.Dates;

/// <summary>
/// Finds calendar dates written in text or in metadata values, keeping the day as written (an offset or a
/// time of day never moves the date). Dotted dates are day first (11.12.2025); slashed dates are month first
/// (12/11/2025) unless the first number cannot be a month.
/// </summary>
internal static partial class DateText
{
    private const string Word = @"[A-Za-z\u0400-\u04FF]{3,12}\.?";

    [GeneratedRegex(@"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")]
    private static partial Regex Iso();

    [GeneratedRegex(@"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")]
    private static partial Regex DayFirstNumeric();

    [GeneratedRegex(@"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")]
    private static partial Regex SlashNumeric();

    [GeneratedRegex(@"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+(" + Word + @"),?\s+(\d{4})(?!\d)")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b(" + Word + @")\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?!\d)")]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?:©|\([cC]\)|Copyright|Усі права|Все права)\s*(?:\d{4}\s*[-–]\s*)?(20\d{2}|19\d{2})(?!\d)")]
    private static partial Regex Copyright();

    /// <summary>The year of a copyright notice ("© 2025 ...", "© 2014-2025"), the latest year when a range.</summary>
    public static int? CopyrightYear(string text)
    {
        var m = Copyright().Match(text);
        return m.Success ? int.Parse(m.Groups[1].ValueSpan, CultureInfo.InvariantCulture) : null;
    }

    /// <summary>A metadata value: ISO 8601 first (its date part as written), then any written date.</summary>
    public static DateOnly? ParseValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var m = Iso().Match(value);
        if (m.Success && m.Index <= 2 && TryMake(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value, out var iso))
        {
            return iso;
        }

        return Find(value)?.Date;
    }

    /// <summary>The first date written in <paramref name="text"/>, with where it was found.</summary>
    public static DateMatch? Find(string text)
    {
        DateMatch? best = null;
        Consider(Iso().Match(text), 1, 2, 3, false, ref best);
        Consider(DayFirstNumeric().Match(text), 3, 2, 1, false, ref best);
        var slash = SlashNumeric().Match(text);
        var dayFirst = slash.Success && int.Parse(slash.Groups[1].ValueSpan, CultureInfo.InvariantCulture) > 12;
        Consider(slash, 3, dayFirst ? 2 : 1, dayFirst ? 1 : 2, false, ref best);
        Consider(DayMonthYear().Match(text), 3, 2, 1, true, ref best);
        Consider(MonthDayYear().Match(text), 3, 1, 2, true, ref best);
        return best;
    }

    /// <summary>Builds a date from its parts; false for an impossible date.</summary>
    public static bool TryMake(int year, int month, int day, out DateOnly date)
    {
        date = default;
        if (year is < 1900 or > 2200 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryMake(string y, string m, string d, out DateOnly date)
    {
        date = default;
        return int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(d, NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && TryMake(year, month, day, out date);
    }

    private static void Consider(Match m, int y, int mo, int d, bool monthIsWord, ref DateMatch? best)
    {
        for (; m.Success; m = m.NextMatch())
        {
            if (best is not null && m.Index >= best.Index)
            {
                return;
            }

            var month = monthIsWord ? MonthNames.Lookup(m.Groups[mo].ValueSpan).ToString(CultureInfo.InvariantCulture) : m.Groups[mo].Value;
            if (TryMake(m.Groups[y].Value, month, m.Groups[d].Value, out var date))
            {
                best = new DateMatch(date, m.Index, m.Length);
                return;
            }
        }
    }
}

/// <summary>A date found in text and the span it was written in.</summary>
internal sealed record DateMatch(DateOnly Date, int Index, int Length);
