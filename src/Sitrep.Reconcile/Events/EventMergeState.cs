using Sitrep.Core.Contract;

namespace Sitrep.Reconcile.Events;

/// <summary>
/// <see cref="EventMerger"/> one report at a time: reports added in ingest order give, at any point, the event that
/// <see cref="EventMerger.Merge"/> builds from all of them. A store that appends a new report to a large event
/// updates the state instead of re-reading every report. Reports must not change after they are added.
/// </summary>
public sealed class EventMergeState
{
    private static readonly string[] PrecisionOrder = ["day", "days", "week", "month", "year"];

    private readonly List<ActorDto> actors = [];
    private readonly HashSet<(string, string?, string)> actorKeys = [];
    private readonly List<QuantityDto> quantities = [];
    private readonly HashSet<(string, double?, double?, double?, string?, string?)> quantityKeys = [];
    private readonly List<SourceDto> sources = [];
    private readonly HashSet<(string, string?, string?, string)> sourceKeys = [];
    private readonly List<EvidenceDto> evidence = [];
    private readonly List<string> documents = [];
    private readonly HashSet<string> documentKeys = new(StringComparer.Ordinal);
    private EventDto? primary;
    private (int Time, int Place) primaryRank;
    private LocationDto? located;
    private string? firstOutcome;
    private double confidence;

    /// <summary>How many reports were added.</summary>
    public int Count { get; private set; }

    public void Add(EventReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var e = report.Event;
        var rank = (TimeRank(e.TimePrecision), e.Location?.Precision ?? int.MaxValue);
        if (primary is null || rank.CompareTo(primaryRank) < 0)
        {
            (primary, primaryRank) = (e, rank);
        }

        if (e.Location is { } l && (located is null || l.Precision < located.Precision))
        {
            located = l;
        }

        firstOutcome ??= e.Outcome;
        confidence = Count == 0 || e.Confidence > confidence || double.IsNaN(confidence) ? e.Confidence : confidence;
        foreach (var a in e.Actors)
        {
            if (actorKeys.Add((a.Name, a.Side, a.Role)))
            {
                actors.Add(a);
            }
        }

        foreach (var q in e.Quantities)
        {
            if (quantityKeys.Add((q.Unit, q.Value, q.Low, q.High, q.Side, q.Subject)))
            {
                quantities.Add(q);
            }
        }

        foreach (var s in e.Sources)
        {
            if (sourceKeys.Add((s.Name, s.DocumentId, s.Medium, string.Join('|', s.Via))))
            {
                sources.Add(s);
            }
        }

        evidence.AddRange(e.Evidence);
        if (documentKeys.Add(report.DocumentId))
        {
            documents.Add(report.DocumentId);
        }

        Count++;
    }

    /// <summary>The merged event of the reports added so far, under <paramref name="id"/>.</summary>
    public EventDto ToEvent(string id)
    {
        if (primary is null)
        {
            throw new InvalidOperationException("An event needs at least one report.");
        }

        return new EventDto
        {
            Id = id,
            Type = primary.Type,
            Subtype = primary.Subtype,
            From = primary.From,
            To = primary.To,
            TimePrecision = primary.TimePrecision,
            Location = primary.Location ?? located,
            Actors = [.. actors],
            Quantities = [.. quantities],
            Outcome = primary.Outcome ?? firstOutcome,
            Sources = [.. sources],
            Evidence = [.. evidence],
            Confidence = confidence,
            DateNote = primary.DateNote,
            Trigger = primary.Trigger,
            Documents = [.. documents],
        };
    }

    private static int TimeRank(string? precision)
    {
        var i = precision is null ? -1 : Array.IndexOf(PrecisionOrder, precision);
        return i < 0 ? PrecisionOrder.Length : i;
    }
}
