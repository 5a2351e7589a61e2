using Sitrep.Reconcile.Events;

namespace Sitrep.Storage.Relational;

/// <summary>A stored event, followed to the event it was merged into.</summary>
internal sealed class EventNode(string id, long firstSeq, EventSpan? span)
{
    public string Id { get; } = id;

    public long FirstSeq { get; } = firstSeq;

    /// <summary>The dates of the event's reports that bound what may join it (null: none dated).</summary>
    public EventSpan? Span { get; set; } = span;

    /// <summary>The span once the reports of <paramref name="other"/> have joined.</summary>
    public void Widen(EventSpan? other) => Span = Span is { } span && other is { } more ? span.With(more) : Span ?? other;

    public EventNode? Into { get; set; }

    public EventNode Resolve()
    {
        var node = this;
        while (node.Into is { } next)
        {
            node = next;
        }

        if (Into is not null && Into != node)
        {
            Into = node;
        }

        return node;
    }
}

/// <summary>A stored report in the window: prepared for matching, with its place, order and current event.</summary>
internal sealed class WindowReport(MatchableReport prepared, long seq, long ordinal, EventNode node)
{
    public MatchableReport Prepared { get; } = prepared;

    public long Seq { get; } = seq;

    public long Ordinal { get; } = ordinal;

    public int From { get; } = prepared.From?.DayNumber ?? 0;

    public int To { get; } = prepared.To?.DayNumber ?? -1;

    public double Lat { get; } = prepared.Report.Event.Location?.Lat ?? double.NaN;

    public double Lon { get; } = prepared.Report.Event.Location?.Lon ?? double.NaN;

    public long GeonameId { get; } = prepared.Report.Event.Location?.GeonameId ?? 0;

    /// <summary>Its event as stored; follow with <see cref="EventNode.Resolve"/>.</summary>
    public EventNode Event { get; set; } = node;

    /// <summary>How many buckets hold it.</summary>
    public int Buckets { get; set; }

    /// <summary>Marks it found by the current query (a report may sit in several buckets).</summary>
    public int Stamp { get; set; }

    public bool InBox(double latLow, double latHigh, double lonLow, double lonHigh) =>
        Lat >= latLow && Lat <= latHigh && Lon >= lonLow && Lon <= lonHigh;
}

/// <summary>A stored report as read from the store to fill the window.</summary>
internal sealed record StoredRow(string DocumentId, string LocalId, long Seq, long Ordinal, string EventId, long FirstSeq, EventSpan? Span, double Lat, double Lon, Func<MatchableReport> Report);
