using Sitrep.Core.Model;

namespace Sitrep.Reconcile.Events;

/// <summary>
/// What bounds an event in time: an event is one happening, a day or a night across two dates, not every report of a
/// place that chains day to day. Two rules hold between every two reports of an event:
/// <list type="number">
/// <item>their dates are at most <see cref="EventMatchOptions.MaxDayGap"/> apart, as the matcher asks of a matching
/// pair: so the latest start of the event's reports is at most one day after their earliest end;</item>
/// <item>two reports that each name one single day of their own (a time expression of the text, not the publication
/// date the extraction fell back on) name the same day: Monday's shelling and Tuesday's shelling of a town are two
/// events, as ACLED codes them, while "overnight" (the two dates of the night) and "yesterday evening" still meet.</item>
/// </list>
/// The span keeps what checking a new report or another event against all of an event's reports needs: the latest
/// start, the earliest end and the named day (day numbers).
/// </summary>
public readonly record struct EventSpan(int LatestFrom, int EarliestTo, int? NamedDay)
{
    /// <summary>The span of one report; null when it has no date (it never matches anything).</summary>
    public static EventSpan? Of(EventReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.From is not { } from || report.To is not { } to)
        {
            return null;
        }

        var named = from == to && !string.Equals(report.Event.DateNote, ConflictEvent.PublicationDateNote, StringComparison.Ordinal);
        return new EventSpan(from.DayNumber, to.DayNumber, named ? from.DayNumber : null);
    }

    /// <summary>The span of the reports of both.</summary>
    public EventSpan With(EventSpan other) =>
        new(Math.Max(LatestFrom, other.LatestFrom), Math.Min(EarliestTo, other.EarliestTo), NamedDay ?? other.NamedDay);

    /// <summary>How far apart the farthest two reports of both are, in days (0 when every two share a day).</summary>
    public int Spread(EventSpan other) => Math.Max(0, Math.Max(LatestFrom, other.LatestFrom) - Math.Min(EarliestTo, other.EarliestTo));

    /// <summary>Whether the reports of both may be one event (see the rules above).</summary>
    public bool Fits(EventSpan other, EventMatchOptions? options = null) =>
        Spread(other) <= (options ?? EventMatchOptions.Default).MaxDayGap &&
        (NamedDay is not { } day || other.NamedDay is not { } otherDay || day == otherDay);
}
