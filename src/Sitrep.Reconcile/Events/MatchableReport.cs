using Sitrep.Core.Contract;
using Sitrep.Core.Text;
using Sitrep.Reconcile.Common;

namespace Sitrep.Reconcile.Events;

/// <summary>
/// A report with what <see cref="EventMatcher"/> derives from it computed once: its dates, its type family, the
/// word shingles and the time-of-day and side cues of its evidence. A store compares each new report with many
/// stored ones, and each stored one with many new ones; matching prepared reports gives exactly the verdicts of
/// matching the reports themselves. The report's event must not change afterwards.
/// </summary>
public sealed class MatchableReport
{
    private ShingleSet? shingles;
    private EvidenceCues? cues;

    /// <summary>The evidence of a report prepared for matching only, until its shingles are needed (most reports a
    /// store keeps are never compared closely enough to need them).</summary>
    private string? evidence;

    public MatchableReport(EventReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Report = report;
        From = report.From;
        To = report.To;
        Family = EventMatcher.Family(report.Event);
        Span = EventSpan.Of(report);
    }

    /// <summary>The report with the cues of its evidence worked out already (<see cref="EvidenceCues.Of(string)"/> of
    /// its evidence text), e.g. on another thread: the same verdicts and reasons as computing them here.</summary>
    public MatchableReport(EventReport report, EvidenceCues cues)
        : this(report)
    {
        ArgumentNullException.ThrowIfNull(cues);
        this.cues = cues;
    }

    /// <summary>The report with the cues and the text of its evidence (<see cref="EventReport.EvidenceText"/>) worked
    /// out already, e.g. on another thread: the same verdicts and reasons as computing them here.</summary>
    public MatchableReport(EventReport report, EvidenceCues cues, string evidenceText)
        : this(report, cues)
    {
        ArgumentNullException.ThrowIfNull(evidenceText);
        evidence = evidenceText;
    }

    /// <summary>A copy for another report of the same event (e.g. the report given its sequence in the store): what
    /// was derived from the event (dates, family, span, cues, evidence or shingles) is shared, not worked out again.</summary>
    private MatchableReport(EventReport report, MatchableReport derived)
    {
        Report = report;
        From = derived.From;
        To = derived.To;
        Family = derived.Family;
        Span = derived.Span;
        cues = derived.cues;
        shingles = derived.shingles;
        evidence = derived.evidence;
    }

    /// <summary>This prepared report with its report's <see cref="EventReport.Sequence"/> set: the same event, so the
    /// same verdicts, with nothing derived again.</summary>
    public MatchableReport WithSequence(long sequence) => new(Report with { Sequence = sequence }, this);

    public EventReport Report { get; }

    /// <summary>
    /// The same report for matching only, holding what <see cref="EventMatcher"/> reads: its cues computed now (its
    /// shingles too if computed already, else the evidence's text to compute them from when first needed), and its
    /// event without evidence, sources and actors (the largest part of a report; figures, place, dates and type stay). Matching it gives the verdicts and reasons of the full report; a store that keeps
    /// tens of thousands of stored reports to match against keeps these instead.
    /// </summary>
    public MatchableReport ForMatching() => ForMatching(null);

    /// <summary><see cref="ForMatching()"/>, with the strings and places of the slim report taken from
    /// <paramref name="pool"/> when it holds equal ones (a store keeps tens of thousands of reports of a few hundred
    /// places, types and days).</summary>
    public MatchableReport ForMatching(ReportPool? pool)
    {
        var e = Report.Event;
        var slim = new EventDto
        {
            Id = Share(pool, e.Id)!, Type = Share(pool, e.Type)!, Subtype = Share(pool, e.Subtype)!, From = Share(pool, e.From), To = Share(pool, e.To),
            TimePrecision = Share(pool, e.TimePrecision), Location = pool is null ? e.Location : pool.Place(e.Location), Actors = [],
            Quantities = e.Quantities, Outcome = Share(pool, e.Outcome), Sources = [], Evidence = [], Confidence = e.Confidence,
        };
        return new MatchableReport(this, new EventReport(Share(pool, Report.DocumentId)!, Share(pool, Report.LocalId)!, Report.Sequence, slim));
    }

    private static string? Share(ReportPool? pool, string? text) => pool is null ? text : pool.Text(text);

    private MatchableReport(MatchableReport full, EventReport slim)
    {
        Report = slim;
        From = full.From;
        To = full.To;
        Family = full.Family;
        Span = full.Span;
        var text = full.shingles is null || full.cues is null ? full.evidence ?? full.Report.EvidenceText : null;
        cues = full.cues ?? EvidenceCues.Of(text!);
        shingles = full.shingles;
        evidence = shingles is null ? text : null;
    }

    public DateOnly? From { get; }

    public DateOnly? To { get; }

    /// <summary>The ACLED type (see <see cref="EventMatcher.Family(Sitrep.Core.Contract.EventDto)"/>).</summary>
    public string Family { get; }

    /// <summary>The report's dates as an event's bound sees them (<see cref="EventSpan"/>); null when undated.</summary>
    public EventSpan? Span { get; }

    /// <summary>The distinct shingles of the evidence (see <see cref="ShingleSimilarity"/>).</summary>
    internal ShingleSet Shingles
    {
        get
        {
            if (shingles is null)
            {
                shingles = ShingleSet.Of(evidence ?? Report.EvidenceText);
                evidence = null;
            }

            return shingles;
        }
    }

    internal EvidenceCues Cues => cues ??= EvidenceCues.Of(Report.EvidenceText);
}
