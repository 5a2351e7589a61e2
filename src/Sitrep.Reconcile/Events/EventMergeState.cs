using Sitrep.Core.Contract;

namespace Sitrep.Reconcile.Events;

/// <summary>
/// <see cref="EventMerger"/> one report at a time: reports added in ingest order give, at any point, the event that
/// <see cref="EventMerger.Merge"/> builds from all of them. A store that appends a new report to a large event
/// updates the state instead of re-reading every report (two events that become one are rebuilt from their reports).
/// The lists of the event (actors, figures, sources, evidence, documents) only ever grow at their end; a subclass
/// may keep them in another form (e.g. serialised) by overriding the <c>Keep</c> methods, which receive each item
/// once, in order, when it joins its list. The state holds no report: only the head fields of the report that gives
/// the event's date and place, and the key of each kept item.
/// </summary>
public class EventMergeState
{
    private static readonly string[] PrecisionOrder = ["day", "days", "week", "month", "year"];

    // the lists and key sets are made when their first item comes: most events have one report and few lists
    private List<ActorDto>? actors;
    private List<QuantityDto>? quantities;
    private List<SourceDto>? sources;
    private List<EvidenceDto>? evidence;
    private List<string>? documents;
    private HashSet<(string, string?, string)>? actorKeys;
    private HashSet<(string, double?, double?, double?, string?, string?)>? quantityKeys;
    private HashSet<(string, string?, string?, string)>? sourceKeys;
    private HashSet<string>? documentKeys;
    private Head? primary;
    private (int Time, int Place) primaryRank;
    private LocationDto? located;
    private string? firstOutcome;
    private double confidence;

    /// <summary>How many reports were added.</summary>
    public int Count { get; private set; }

    /// <summary>The order of the last report added (reports are added in increasing order).</summary>
    public long LastOrder { get; private set; } = -1;

    /// <summary>Adds the next report in ingest order.</summary>
    public void Add(EventReport report) => Add(report, LastOrder + 1);

    /// <summary>Adds a report whose place in ingest order is <paramref name="order"/>, after every report added so far
    /// (orders increase).</summary>
    public void Add(EventReport report, long order)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (order <= LastOrder)
        {
            throw new ArgumentOutOfRangeException(nameof(order), "Reports are added in increasing order.");
        }

        var e = report.Event;
        var rank = (TimeRank(e.TimePrecision), e.Location?.Precision ?? int.MaxValue);
        if (primary is null || rank.CompareTo(primaryRank) < 0)
        {
            (primary, primaryRank) = (new Head(e), rank);
        }

        if (e.Location is { } l && (located is null || l.Precision < located.Precision))
        {
            located = l;
        }

        if (firstOutcome is null && e.Outcome is not null)
        {
            firstOutcome = e.Outcome;
        }

        if (Count == 0 || e.Confidence > confidence || double.IsNaN(confidence))
        {
            confidence = e.Confidence;
        }

        foreach (var a in e.Actors)
        {
            if ((actorKeys ??= []).Add((a.Name, a.Side, a.Role)))
            {
                KeepActor(a);
            }
        }

        foreach (var q in e.Quantities)
        {
            if ((quantityKeys ??= []).Add((q.Unit, q.Value, q.Low, q.High, q.Side, q.Subject)))
            {
                KeepQuantity(q);
            }
        }

        foreach (var s in e.Sources)
        {
            if ((sourceKeys ??= []).Add((s.Name, s.DocumentId, s.Medium, string.Join('|', s.Via))))
            {
                KeepSource(s);
            }
        }

        foreach (var x in e.Evidence)
        {
            KeepEvidence(x);
        }

        if ((documentKeys ??= new HashSet<string>(StringComparer.Ordinal)).Add(report.DocumentId))
        {
            KeepDocument(report.DocumentId);
        }

        Count++;
        LastOrder = order;
    }

    /// <summary>The merged event of the reports added so far, under <paramref name="id"/>.</summary>
    public EventDto ToEvent(string id) => Build(id, [.. actors ?? []], [.. quantities ?? []], [.. sources ?? []], [.. evidence ?? []], [.. documents ?? []]);

    /// <summary>The merged event with the given lists (the kept ones, or empty ones for a subclass that keeps them
    /// in another form).</summary>
    protected EventDto Build(string id, List<ActorDto> actorList, List<QuantityDto> quantityList, List<SourceDto> sourceList,
        List<EvidenceDto> evidenceList, List<string> documentList)
    {
        if (primary is not { } p)
        {
            throw new InvalidOperationException("An event needs at least one report.");
        }

        return new EventDto
        {
            Id = id,
            Type = p.Type,
            Subtype = p.Subtype,
            From = p.From,
            To = p.To,
            TimePrecision = p.TimePrecision,
            Location = p.Location ?? located,
            Actors = actorList,
            Quantities = quantityList,
            Outcome = p.Outcome ?? firstOutcome,
            Sources = sourceList,
            Evidence = evidenceList,
            Confidence = confidence,
            DateNote = p.DateNote,
            Trigger = p.Trigger,
            Documents = documentList,
        };
    }

    protected virtual void KeepActor(ActorDto actor) => (actors ??= []).Add(actor);

    protected virtual void KeepQuantity(QuantityDto quantity) => (quantities ??= []).Add(quantity);

    protected virtual void KeepSource(SourceDto source) => (sources ??= []).Add(source);

    protected virtual void KeepEvidence(EvidenceDto item) => (evidence ??= []).Add(item);

    protected virtual void KeepDocument(string documentId) => (documents ??= []).Add(documentId);

    private static int TimeRank(string? precision)
    {
        var i = precision is null ? -1 : Array.IndexOf(PrecisionOrder, precision);
        return i < 0 ? PrecisionOrder.Length : i;
    }

    /// <summary>What the merged event takes from its primary report.</summary>
    private sealed class Head(EventDto e)
    {
        public string Type { get; } = e.Type;

        public string Subtype { get; } = e.Subtype;

        public string? From { get; } = e.From;

        public string? To { get; } = e.To;

        public string? TimePrecision { get; } = e.TimePrecision;

        public LocationDto? Location { get; } = e.Location;

        public string? Outcome { get; } = e.Outcome;

        public string? DateNote { get; } = e.DateNote;

        public string? Trigger { get; } = e.Trigger;
    }
}
