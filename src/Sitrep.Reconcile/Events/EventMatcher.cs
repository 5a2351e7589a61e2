using System.Globalization;
using System.Text;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Reconcile.Common;

namespace Sitrep.Reconcile.Events;

/// <summary>
/// Decides whether two reports from different documents describe the same event: same type family (ACLED type),
/// same place (GeoNames id, or within a few kilometres), overlapping or adjacent dates (each known to a week or
/// better), and compatible content
/// (no strongly conflicting figures unless the evidence is a near-verbatim republication). Symmetric, so the
/// clusters a store builds from it do not depend on the order documents arrive in.
/// </summary>
public static class EventMatcher
{
    public static EventMatch Match(EventReport a, EventReport b, EventMatchOptions? options = null) =>
        Match(new MatchableReport(a), new MatchableReport(b), options);

    /// <summary>The same verdict as <see cref="Match(EventReport, EventReport, EventMatchOptions?)"/> for the two
    /// reports, reusing what each prepared report has already derived.</summary>
    public static EventMatch Match(MatchableReport preparedA, MatchableReport preparedB, EventMatchOptions? options = null)
    {
        var reason = new StringBuilder();
        var match = Evaluate(preparedA, preparedB, options, new ReasonWriter(reason));
        return match.Reason.Length > 0 ? match : match with { Reason = reason.ToString() };
    }

    /// <summary>Appends the reason of <see cref="Match(MatchableReport, MatchableReport, EventMatchOptions?)"/> for the
    /// two reports to <paramref name="text"/> (the same words, written straight into it: a store puts the reason of
    /// every report that joins an event into words) and returns whether they match.</summary>
    public static bool AppendReason(StringBuilder text, MatchableReport preparedA, MatchableReport preparedB, EventMatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var start = text.Length;
        var match = Evaluate(preparedA, preparedB, options, new ReasonWriter(text));
        if (match.Reason.Length > 0)
        {
            // a short reason of no match replaces the parts written before it was found
            text.Length = start;
            text.Append(match.Reason);
        }

        return match.IsMatch;
    }

    /// <summary><see cref="EventMatch.IsMatch"/> of <see cref="Match(MatchableReport, MatchableReport, EventMatchOptions?)"/>
    /// without putting the reason into words (most candidates a store compares do not match).</summary>
    /// <remarks>The text similarity is worked out only when the verdict depends on it (conflicting cues or figures,
    /// or a region-level place without agreeing figures, which a republication overrides), and then only as far as
    /// needed to tell whether it reaches <see cref="EventMatchOptions.RepublicationSimilarity"/>.</remarks>
    public static bool IsMatch(MatchableReport preparedA, MatchableReport preparedB, EventMatchOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(preparedA);
        ArgumentNullException.ThrowIfNull(preparedB);
        var (a, b) = (preparedA.Report, preparedB.Report);
        options ??= EventMatchOptions.Default;
        if (a.DocumentId == b.DocumentId || !Place(a.Event.Location, b.Event.Location, options, null) ||
            !Dates(preparedA, preparedB, options, null) || !Family(preparedA, preparedB, null))
        {
            return false;
        }

        // Evaluate: not a match when, without a republication, the cues conflict, the figures conflict strongly, or
        // the place is region-level without agreeing figures; a match otherwise
        var figures = QuantityComparison.Compare(a.Event.Quantities, b.Event.Quantities);
        var coarse = Math.Max(a.Event.Location!.Precision, b.Event.Location!.Precision) >= options.CoarsePrecision;
        if (!figures.StrongConflict && !(coarse && figures.Agreeing.Count == 0) && EvidenceCues.Conflict(preparedA.Cues, preparedB.Cues) is null)
        {
            return true;
        }

        return ShingleSet.JaccardAtLeast(preparedA.Shingles, preparedB.Shingles, options.RepublicationSimilarity);
    }

    /// <summary>The text similarity <see cref="Match(MatchableReport, MatchableReport, EventMatchOptions?)"/> gives two
    /// reports it finds matching (word-shingle Jaccard of their evidence).</summary>
    public static double TextSimilarity(MatchableReport preparedA, MatchableReport preparedB)
    {
        ArgumentNullException.ThrowIfNull(preparedA);
        ArgumentNullException.ThrowIfNull(preparedB);
        return ShingleSet.Jaccard(preparedA.Shingles, preparedB.Shingles);
    }

    /// <summary>The verdict, its reason written by <paramref name="parts"/> (the verdict's own
    /// <see cref="EventMatch.Reason"/> is empty then, except for the short reasons of <see cref="EventMatch.No"/>).</summary>
    private static EventMatch Evaluate(MatchableReport preparedA, MatchableReport preparedB, EventMatchOptions? options, ReasonWriter parts)
    {
        ArgumentNullException.ThrowIfNull(preparedA);
        ArgumentNullException.ThrowIfNull(preparedB);
        var (a, b) = (preparedA.Report, preparedB.Report);
        options ??= EventMatchOptions.Default;

        if (a.DocumentId == b.DocumentId)
        {
            return EventMatch.No("same document");
        }

        if (!Place(a.Event.Location, b.Event.Location, options, parts))
        {
            return EventMatch.No("different places");
        }

        if (!Dates(preparedA, preparedB, options, parts))
        {
            return EventMatch.No("different dates");
        }

        if (!Family(preparedA, preparedB, parts))
        {
            return EventMatch.No("different event types");
        }

        var similarity = ShingleSet.Jaccard(preparedA.Shingles, preparedB.Shingles);
        var figures = QuantityComparison.Compare(a.Event.Quantities, b.Event.Quantities);
        var republication = similarity >= options.RepublicationSimilarity;
        parts.Next().Append(CultureInfo.InvariantCulture, $"text similarity {similarity:0.00}");
        if (figures.Agreeing.Count > 0)
        {
            parts.Next().Append("figures agree on ").AppendJoin(", ", figures.Agreeing);
        }

        if (!republication && EvidenceCues.Conflict(preparedA.Cues, preparedB.Cues) is { } apart)
        {
            // "at dawn ... the eastern outskirts" and "in the evening ... the northern part": two assaults on one town
            parts.Next().Append(apart);
            return new EventMatch(false, "", similarity);
        }

        if (figures.StrongConflict)
        {
            parts.Next().Append("figures conflict: ").AppendJoin(", ", figures.Conflicting);
            if (!republication)
            {
                return new EventMatch(false, "", similarity);
            }
        }

        var coarse = Math.Max(a.Event.Location!.Precision, b.Event.Location!.Precision) >= options.CoarsePrecision;
        if (coarse && !republication && figures.Agreeing.Count == 0)
        {
            parts.Next().Append("region-level location without agreeing figures");
            return new EventMatch(false, "", similarity);
        }

        return new EventMatch(true, "", similarity);
    }

    /// <summary>Writes a reason's parts into a text, separated by commas (the parts of one reason: the text may hold
    /// other words before them).</summary>
    private sealed class ReasonWriter(StringBuilder text)
    {
        private readonly int start = text.Length;

        /// <summary>The text, ready for the next part.</summary>
        public StringBuilder Next() => text.Length > start ? text.Append(", ") : text;
    }

    /// <summary>The ACLED type of an event (from its subtype when the type is missing or unknown).</summary>
    public static string Family(EventDto e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return EventTaxonomy.TypeOf(e.Subtype) ?? e.Type;
    }

    private static bool Place(LocationDto? a, LocationDto? b, EventMatchOptions options, ReasonWriter? parts)
    {
        if (a is null || b is null)
        {
            return false;
        }

        if (a.GeonameId == b.GeonameId)
        {
            parts?.Next().Append(CultureInfo.InvariantCulture, $"same place {a.GeonameId}");
            return true;
        }

        var km = GeoDistance.Km(a.Lat, a.Lon, b.Lat, b.Lon);
        if (km > options.MaxDistanceKm)
        {
            return false;
        }

        parts?.Next().Append(CultureInfo.InvariantCulture, $"{km:0.0} km apart ({a.GeonameId}, {b.GeonameId})");
        return true;
    }

    private static bool Dates(MatchableReport a, MatchableReport b, EventMatchOptions options, ReasonWriter? parts)
    {
        if (a.From is not { } af || a.To is not { } at || b.From is not { } bf || b.To is not { } bt)
        {
            return false;
        }

        if (at.DayNumber - af.DayNumber >= options.MaxIntervalDays || bt.DayNumber - bf.DayNumber >= options.MaxIntervalDays)
        {
            return false;
        }

        var gap = IsoDates.Gap(af, at, bf, bt);
        if (gap > options.MaxDayGap)
        {
            return false;
        }

        var sameDay = af == at && bf == bt && af == bf;
        if (parts is not null)
        {
            if (sameDay || gap == 0)
            {
                parts.Next().Append(sameDay ? "same day" : "overlapping dates");
            }
            else
            {
                parts.Next().Append(CultureInfo.InvariantCulture, $"{gap} day apart");
            }
        }

        return true;
    }

    private static bool Family(MatchableReport a, MatchableReport b, ReasonWriter? parts)
    {
        if (a.Report.Event.Subtype == b.Report.Event.Subtype)
        {
            parts?.Next().Append("same subtype");
            return true;
        }

        var family = a.Family;
        if (family != b.Family)
        {
            return false;
        }

        parts?.Next().Append("same type ").Append(family).Append(" (").Append(a.Report.Event.Subtype).Append('/').Append(b.Report.Event.Subtype).Append(')');
        return true;
    }
}
