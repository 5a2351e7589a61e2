using Sitrep.Core.Contract;

namespace Sitrep.Reconcile.Events;

/// <summary>
/// Builds the reconciled event from its reports (given in ingest order). Date, place, type and trigger come from
/// the report with the finest time precision and location (earliest on ties); actors are the union; figures,
/// sources and evidence are kept per report (figures de-duplicated when equal); confidence is the highest reported.
/// <see cref="EventMergeState"/> builds the same event one report at a time.
/// </summary>
public static class EventMerger
{
    public static EventDto Merge(string id, IReadOnlyList<EventReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            throw new ArgumentException("An event needs at least one report.", nameof(reports));
        }

        var state = new EventMergeState();
        foreach (var report in reports)
        {
            state.Add(report);
        }

        return state.ToEvent(id);
    }
}
