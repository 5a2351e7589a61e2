using Sitrep.Core.Documents;
using Sitrep.Core.Model;

namespace Sitrep.Extraction.Claims;

/// <summary>
/// The time an own channel's post or summary reports on: "Over the past day, ..." at the top of a General Staff
/// summary, "Сьогодні зранку ..." at the top of a brigade's post. A sentence of the channel that names no time of its
/// own tells of that time, so its claims take it.
/// </summary>
internal static class ReportTime
{
    /// <summary>A time longer than this is a tally or background ("since the beginning of the operation"), not the report's.</summary>
    private const int MaxDays = 7;

    /// <summary>How far before publication the report's time may end.</summary>
    private const int MaxAgeDays = 3;

    /// <summary>A time that can be a report's: a week or less, ending within three days before publication.</summary>
    public static bool IsRecent(DateOnly? published, DateOnly from, DateOnly to) =>
        to.DayNumber - from.DayNumber <= MaxDays && (published is not { } day || (to >= day.AddDays(-MaxAgeDays) && from <= day));

    /// <summary>The last time mentioned before <paramref name="offset"/> that can be the report's, or null.</summary>
    public static TimeMention? Before(Document document, int offset)
    {
        var published = document.Metadata.Published;
        TimeMention? last = null;
        foreach (var t in document.Times)
        {
            if (t.Span.Start >= offset || (last is not null && t.Span.Start < last.Span.Start))
            {
                continue;
            }

            if (t.From is not { } from || t.To is not { } to || !IsRecent(published, from, to) || DatelineTime.Is(document.Text, t))
            {
                continue;
            }

            last = t;
        }

        return last;
    }
}
