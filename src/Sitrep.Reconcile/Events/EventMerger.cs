using Sitrep.Core.Contract;

namespace Sitrep.Reconcile.Events;

/// <summary>
/// Builds the reconciled event from its reports (given in ingest order). Date, place, type and trigger come from
/// the report with the finest time precision and location (earliest on ties); actors are the union; figures,
/// sources and evidence are kept per report (figures de-duplicated when equal); confidence is the highest reported.
/// </summary>
public static class EventMerger
{
    private static readonly string[] PrecisionOrder = ["day", "days", "week", "month", "year"];

    public static EventDto Merge(string id, IReadOnlyList<EventReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            throw new ArgumentException("An event needs at least one report.", nameof(reports));
        }

        var primary = reports
            .Select((r, i) => (r, i))
            .OrderBy(x => TimeRank(x.r.Event.TimePrecision))
            .ThenBy(x => x.r.Event.Location?.Precision ?? int.MaxValue)
            .ThenBy(x => x.i)
            .First().r.Event;
        var located = reports.Select(r => r.Event.Location).Where(l => l is not null).MinBy(l => l!.Precision) ?? primary.Location;

        return new EventDto
        {
            Id = id,
            Type = primary.Type,
            Subtype = primary.Subtype,
            From = primary.From,
            To = primary.To,
            TimePrecision = primary.TimePrecision,
            Location = primary.Location ?? located,
            Actors = [.. reports.SelectMany(r => r.Event.Actors).DistinctBy(a => (a.Name, a.Side, a.Role))],
            Quantities = [.. reports.SelectMany(r => r.Event.Quantities).DistinctBy(q => (q.Unit, q.Value, q.Low, q.High, q.Side, q.Subject))],
            Outcome = primary.Outcome ?? reports.Select(r => r.Event.Outcome).FirstOrDefault(o => o is not null),
            Sources = [.. reports.SelectMany(r => r.Event.Sources).DistinctBy(s => (s.Name, s.DocumentId, s.Medium, string.Join('|', s.Via)))],
            Evidence = [.. reports.SelectMany(r => r.Event.Evidence)],
            Confidence = reports.Max(r => r.Event.Confidence),
            DateNote = primary.DateNote,
            Trigger = primary.Trigger,
            Documents = [.. reports.Select(r => r.DocumentId).Distinct(StringComparer.Ordinal)],
        };
    }

    private static int TimeRank(string? precision)
    {
        var i = precision is null ? -1 : Array.IndexOf(PrecisionOrder, precision);
        return i < 0 ? PrecisionOrder.Length : i;
    }
}
