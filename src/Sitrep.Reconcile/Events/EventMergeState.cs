using Sitrep.Core.Contract;

namespace Sitrep.Reconcile.Events;

/// <summary>
/// <see cref="EventMerger"/> one report at a time: reports added in ingest order give, at any point, the event that
/// <see cref="EventMerger.Merge"/> builds from all of them. A store that appends a new report to a large event
/// updates the state instead of re-reading every report, and combines the states of two events that become one
/// (<see cref="Absorb"/>) into the state their reports would give in ingest order, without the reports.
/// The lists of the event (actors, figures, sources, evidence, documents) only ever grow at their end; a subclass
/// may keep them in another form (e.g. serialised) by overriding the <c>Keep</c> methods, which receive each item
/// once, in order, when it joins its list, and <see cref="MergeList"/>. The state holds no report: only the head
/// fields of the report that gives the event's date and place, and the order and key of each kept item.
/// </summary>
public class EventMergeState
{
    private static readonly string[] PrecisionOrder = ["day", "days", "week", "month", "year"];

    // the lists and orders are made when their first item comes: most events have one report and few lists
    private List<ActorDto>? actors;
    private List<QuantityDto>? quantities;
    private List<SourceDto>? sources;
    private List<EvidenceDto>? evidence;
    private List<string>? documents;
    private readonly KeptItems<(string, string?, string)> actorItems = new();
    private readonly KeptItems<(string, double?, double?, double?, string?, string?)> quantityItems = new();
    private readonly KeptItems<(string, string?, string?, string)> sourceItems = new();
    private readonly KeptItems<string> documentItems = new(StringComparer.Ordinal);
    private List<long>? evidenceOrders;
    private Head? primary;
    private (int Time, int Place) primaryRank;
    private long primaryOrder;
    private LocationDto? located;
    private long locatedOrder;
    private string? firstOutcome;
    private long outcomeOrder;
    private double confidence;
    private long confidenceOrder;

    /// <summary>How many reports were added.</summary>
    public int Count { get; private set; }

    /// <summary>The order of the last report added (reports are added in increasing order).</summary>
    public long LastOrder { get; private set; } = -1;

    /// <summary>Adds the next report in ingest order.</summary>
    public void Add(EventReport report) => Add(report, LastOrder + 1);

    /// <summary>Adds a report whose place in ingest order is <paramref name="order"/>, after every report added so far
    /// (orders increase); <see cref="Absorb"/> interleaves two states by these orders.</summary>
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
            (primary, primaryRank, primaryOrder) = (new Head(e), rank, order);
        }

        if (e.Location is { } l && (located is null || l.Precision < located.Precision))
        {
            (located, locatedOrder) = (l, order);
        }

        if (firstOutcome is null && e.Outcome is not null)
        {
            (firstOutcome, outcomeOrder) = (e.Outcome, order);
        }

        if (Count == 0 || e.Confidence > confidence || double.IsNaN(confidence))
        {
            (confidence, confidenceOrder) = (e.Confidence, order);
        }

        foreach (var a in e.Actors)
        {
            if (actorItems.TryAdd((a.Name, a.Side, a.Role), order))
            {
                KeepActor(a);
            }
        }

        foreach (var q in e.Quantities)
        {
            if (quantityItems.TryAdd((q.Unit, q.Value, q.Low, q.High, q.Side, q.Subject), order))
            {
                KeepQuantity(q);
            }
        }

        foreach (var s in e.Sources)
        {
            if (sourceItems.TryAdd((s.Name, s.DocumentId, s.Medium, string.Join('|', s.Via)), order))
            {
                KeepSource(s);
            }
        }

        foreach (var x in e.Evidence)
        {
            (evidenceOrders ??= []).Add(order);
            KeepEvidence(x);
        }

        if (documentItems.TryAdd(report.DocumentId, order))
        {
            KeepDocument(report.DocumentId);
        }

        Count++;
        LastOrder = order;
    }

    /// <summary>
    /// Takes in the reports of <paramref name="other"/> (none of them in this state): afterwards this state is what
    /// adding the reports of both in order would have given. <paramref name="other"/> must not be used afterwards.
    /// </summary>
    public void Absorb(EventMergeState other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (GetType() != other.GetType())
        {
            throw new ArgumentException("Both states must keep their lists in the same form.", nameof(other));
        }

        if (other.Count == 0)
        {
            return;
        }

        if (primary is null || (other.primaryRank, other.primaryOrder).CompareTo((primaryRank, primaryOrder)) < 0)
        {
            (primary, primaryRank, primaryOrder) = (other.primary, other.primaryRank, other.primaryOrder);
        }

        if (other.located is { } l && (located is null || l.Precision < located.Precision ||
            (l.Precision == located.Precision && other.locatedOrder < locatedOrder)))
        {
            (located, locatedOrder) = (l, other.locatedOrder);
        }

        if (other.firstOutcome is not null && (firstOutcome is null || other.outcomeOrder < outcomeOrder))
        {
            (firstOutcome, outcomeOrder) = (other.firstOutcome, other.outcomeOrder);
        }

        // one by one the confidence is the first of the highest values that are numbers (NaN only when none is)
        if (Count == 0 || (double.IsNaN(confidence) && !double.IsNaN(other.confidence)) ||
            (!double.IsNaN(other.confidence) && (other.confidence > confidence ||
                (other.confidence == confidence && other.confidenceOrder < confidenceOrder))))
        {
            (confidence, confidenceOrder) = (other.confidence, other.confidenceOrder);
        }

        MergeList(ItemList.Actors, other, actorItems.Absorb(other.actorItems));
        MergeList(ItemList.Quantities, other, quantityItems.Absorb(other.quantityItems));
        MergeList(ItemList.Sources, other, sourceItems.Absorb(other.sourceItems));
        MergeList(ItemList.Evidence, other, MergeOrders(evidenceOrders ??= [], other.evidenceOrders ?? []));
        MergeList(ItemList.Documents, other, documentItems.Absorb(other.documentItems));
        Count += other.Count;
        LastOrder = Math.Max(LastOrder, other.LastOrder);
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

    /// <summary>
    /// Replaces one kept list by its merge with the same list of <paramref name="other"/> (<see cref="Absorb"/>):
    /// <paramref name="picks"/> are the items of the merged list in order, each an index into this state's list or
    /// (when <c>FromOther</c>) into <paramref name="other"/>'s. A subclass that keeps the lists itself overrides this.
    /// </summary>
    protected virtual void MergeList(ItemList list, EventMergeState other, IReadOnlyList<(bool FromOther, int Index)> picks)
    {
        ArgumentNullException.ThrowIfNull(other);
        ArgumentNullException.ThrowIfNull(picks);
        switch (list)
        {
            case ItemList.Actors: actors = Pick(actors, other.actors, picks); break;
            case ItemList.Quantities: quantities = Pick(quantities, other.quantities, picks); break;
            case ItemList.Sources: sources = Pick(sources, other.sources, picks); break;
            case ItemList.Evidence: evidence = Pick(evidence, other.evidence, picks); break;
            default: documents = Pick(documents, other.documents, picks); break;
        }
    }

    private static List<T> Pick<T>(List<T>? mine, List<T>? theirs, IReadOnlyList<(bool FromOther, int Index)> picks) =>
        [.. picks.Select(p => (p.FromOther ? theirs : mine)![p.Index])];

    /// <summary>Two lists of orders (each increasing) merged; on equal orders this state's items come first.</summary>
    internal static List<(bool FromOther, int Index)> MergeOrders(List<long> mine, List<long> theirs)
    {
        var picks = new List<(bool, int)>(mine.Count + theirs.Count);
        var merged = new List<long>(mine.Count + theirs.Count);
        var (i, j) = (0, 0);
        while (i < mine.Count || j < theirs.Count)
        {
            if (j >= theirs.Count || (i < mine.Count && mine[i] <= theirs[j]))
            {
                merged.Add(mine[i]);
                picks.Add((false, i++));
            }
            else
            {
                merged.Add(theirs[j]);
                picks.Add((true, j++));
            }
        }

        mine.Clear();
        mine.AddRange(merged);
        return picks;
    }

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

/// <summary>The lists of a merged event.</summary>
public enum ItemList
{
    Actors,
    Quantities,
    Sources,
    Evidence,
    Documents,
}
