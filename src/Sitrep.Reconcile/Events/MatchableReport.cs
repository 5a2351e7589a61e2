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

    public MatchableReport(EventReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        Report = report;
        From = report.From;
        To = report.To;
        Family = EventMatcher.Family(report.Event);
    }

    public EventReport Report { get; }

    public DateOnly? From { get; }

    public DateOnly? To { get; }

    /// <summary>The ACLED type (see <see cref="EventMatcher.Family(Sitrep.Core.Contract.EventDto)"/>).</summary>
    public string Family { get; }

    /// <summary>The distinct shingles of the evidence (see <see cref="ShingleSimilarity"/>).</summary>
    internal ShingleSet Shingles => shingles ??= ShingleSet.Of(Report.EvidenceText);

    internal EvidenceCues Cues => cues ??= EvidenceCues.Of(Report.EvidenceText);
}
