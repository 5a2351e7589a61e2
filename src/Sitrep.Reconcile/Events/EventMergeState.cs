using Sitrep.Core.Contract;

namespace Sitrep.Reconcile.Events;

/// <summary>
/// <see cref="EventMerger"/> one report at a time: reports added in ingest order give, at any point, the event that
/// <see cref="EventMerger.Merge"/> builds from all of them. A store that appends a new report to a large event
/// updates the state instead of re-reading every report. Reports must not change after they are added.
/// The lists of the event (actors, figures, sources, evidence, documents) only ever grow at their end; a subclass
/// may keep them in another form (e.g. serialised) by overriding the <c>Keep</c> methods, which receive each item
/// once, in order, when it joins its list.
/// </summary>
public class EventMergeState
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
                KeepActor(a);
            }
        }

        foreach (var q in e.Quantities)
        {
            if (quantityKeys.Add((q.Unit, q.Value, q.Low, q.High, q.Side, q.Subject)))
            {
                KeepQuantity(q);
            }
        }

        foreach (var s in e.Sources)
        {
            if (sourceKeys.Add((s.Name, s.DocumentId, s.Medium, string.Join('|', s.Via))))
            {
                KeepSource(s);
            }
        }

        foreach (var x in e.Evidence)
        {
            KeepEvidence(x);
        }

        if (documentKeys.Add(report.DocumentId))
        {
            KeepDocument(report.DocumentId);
        }

        Count++;
    }

    /// <summary>The merged event of the reports added so far, under <paramref name="id"/>.</summary>
    public EventDto ToEvent(string id) => Build(id, [.. actors], [.. quantities], [.. sources], [.. evidence], [.. documents]);

    /// <summary>The merged event with the given lists (the kept ones, or empty ones for a subclass that keeps them
    /// in another form).</summary>
    protected EventDto Build(string id, List<ActorDto> actorList, List<QuantityDto> quantityList, List<SourceDto> sourceList,
        List<EvidenceDto> evidenceList, List<string> documentList)
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
            Actors = actorList,
            Quantities = quantityList,
            Outcome = primary.Outcome ?? firstOutcome,
            Sources = sourceList,
            Evidence = evidenceList,
            Confidence = confidence,
            DateNote = primary.DateNote,
            Trigger = primary.Trigger,
            Documents = documentList,
        };
    }

    protected virtual void KeepActor(ActorDto actor) => actors.Add(actor);

    protected virtual void KeepQuantity(QuantityDto quantity) => quantities.Add(quantity);

    protected virtual void KeepSource(SourceDto source) => sources.Add(source);

    protected virtual void KeepEvidence(EvidenceDto item) => evidence.Add(item);

    protected virtual void KeepDocument(string documentId) => documents.Add(documentId);

    private static int TimeRank(string? precision)
    {
        var i = precision is null ? -1 : Array.IndexOf(PrecisionOrder, precision);
        return i < 0 ? PrecisionOrder.Length : i;
    }
}
