using System.Data.Common;
using Sitrep.Core.Contract;
using Sitrep.Core.Text;
using Sitrep.Reconcile.Common;
using Sitrep.Reconcile.Events;
using Sitrep.Storage.Relational;

namespace Sitrep.Storage;

public sealed partial class SitrepStore
{
    /// <summary>
    /// Each report joins the stored events one of whose reports it matches (<see cref="EventMatcher"/>), as far as an
    /// event stays one happening in time (<see cref="EventSpan"/>: every two reports at most a day apart, and never two
    /// different days named by the reports themselves). The matched events are taken closest in dates first (the
    /// smallest spread of dates with the report: a report of Tuesday prefers Tuesday's event to Monday's), then earliest
    /// (first stored document, then id): the report joins the first one it fits, and each later one whose reports fit
    /// with it and those taken before is merged into it; the others stay apart, and the report's reason says so. A report that fits
    /// none opens an event. So where no bound is hit, events are the connected components of the match graph and do
    /// not depend on ingest order. The candidates come from the reconciliation window (<see cref="EventWindow"/>),
    /// which reads from the store only what it does not hold.
    /// </summary>
    private async Task AddEventsAsync(Statements connection, DbTransaction tx, PreparedDocument prepared, long seq, TouchedEvents touched, CancellationToken ct)
    {
        var reports = new EventReport[prepared.Reports.Count];
        var placed = new EventNode[reports.Length];
        for (var ordinal = 0; ordinal < reports.Length; ordinal++)
        {
            var prepare = prepared.Matchable[ordinal].WithSequence(seq);
            var report = reports[ordinal] = prepare.Report;
            var matches = placing.Matches;
            matches.Clear();
            if (EventWindow.CanMatch(prepare))
            {
                foreach (var candidate in await CandidatesAsync(connection, tx, prepare, ct))
                {
                    if (EventMatcher.IsMatch(prepare, candidate.Prepared))
                    {
                        matches.Add((candidate, candidate.Event.Resolve()));
                    }
                }
            }

            var byEvent = BestByEvent(prepare, matches);
            placing.Order(byEvent, prepare.Span);
            var (joined, apart) = placing.Bounded(byEvent, prepare.Span);
            EventNode node;
            string? reason; // null: the reason is what reasonText holds
            if (joined.Count == 0)
            {
                node = window.NewEvent(StableIds.Event(report.DocumentId, report.LocalId), seq, prepare.Span);
                reason = "first report";
                unwrittenEvents.Add(node.Id, seq);
            }
            else
            {
                node = joined[0].Event;
                reason = null;
                reasonText.Clear();
                foreach (var m in joined)
                {
                    (reasonText.Length > 0 ? reasonText.Append("; ") : reasonText).Append("matches ").Append(m.Event.Id)
                        .Append(" (report ").Append(m.Stored.Prepared.Report.LocalId).Append(" of ").Append(m.Stored.Prepared.Report.DocumentId).Append("): ");
                    EventMatcher.AppendReason(reasonText, prepare, m.Stored.Prepared);
                }

                for (var j = 1; j < joined.Count; j++)
                {
                    var other = joined[j].Event;
                    await connection.ExecAsync(tx, "UPDATE event_reports SET event_id = @to WHERE event_id = @from", ct,
                        ("@to", node.Id), ("@from", other.Id));
                    if (!unwrittenEvents.Remove(other.Id))
                    {
                        await connection.ExecAsync(tx, "DELETE FROM events WHERE id = @id", ct, ("@id", other.Id));
                    }

                    eventRows.Remove(other.Id);

                    await connection.ExecAsync(tx, "UPDATE event_aliases SET event_id = @to WHERE event_id = @from", ct,
                        ("@to", node.Id), ("@from", other.Id));
                    await connection.ExecAsync(tx, "INSERT INTO event_aliases (alias, event_id) VALUES (@from, @to)", ct,
                        ("@to", node.Id), ("@from", other.Id));
                    touched.Remove(other.Id);
                    window.Merge(other, node);
                    states.Merge(other.Id, node.Id);
                    node.Widen(other.Span);
                }

                node.Widen(prepare.Span);
            }

            if (apart.Count > 0)
            {
                // matched, but one happening does not span those dates: said, so the stored reason explains the split
                if (reason is not null)
                {
                    reasonText.Clear().Append(reason);
                }

                foreach (var m in apart)
                {
                    reasonText.Append("; also matches ").Append(m.Event.Id).Append(" (report ").Append(m.Stored.Prepared.Report.LocalId)
                        .Append(" of ").Append(m.Stored.Prepared.Report.DocumentId).Append("), kept apart: its dates");
                }

                reason = null;
            }

            reason ??= reasonText.ToString();

            states.Append(node.Id, new OrderedReport(seq, ordinal, report), isNew: joined.Count == 0, prepared.ReportJson[ordinal], prepared.ReportItems[ordinal]);

            var location = report.Event.Location;
            await dialect.InsertReportAsync(connection, tx, new ReportRow(
                report.DocumentId, report.LocalId, node.Id, seq, ordinal, prepare.Family, prepared.ReportDays[ordinal].From, prepared.ReportDays[ordinal].To,
                location?.GeonameId, location?.Lat, location?.Lon, reason, prepared.ReportJson[ordinal]), ct);
            touched.Add(node);
            placed[ordinal] = node;
            if (EventWindow.CanMatch(prepare))
            {
                window.Add(new WindowReport(prepare.ForMatching(windowPool), seq, ordinal, node));
            }
        }

        await SplitAsync(connection, tx, reports, placed, seq, touched, ct);
    }

    /// <summary>
    /// For each matched event (in the order of their first matching report), the report of it the new one resembles
    /// most: the first of the highest text similarity, as <see cref="EventMatch.TextSimilarity"/> ranks them. The
    /// similarity is worked out only for events that more than one report matches, and the reason in words (see
    /// <see cref="EventMatcher.Match(MatchableReport, MatchableReport, EventMatchOptions?)"/>) only for the events
    /// the report joins.
    /// </summary>
    internal static List<(WindowReport Stored, EventNode Event)> BestByEvent(MatchableReport report, List<(WindowReport Stored, EventNode Event)> matches)
    {
        if (matches.Count < 2)
        {
            return matches;
        }

        var best = new List<(WindowReport Stored, EventNode Event, double Similarity)>();
        var at = new Dictionary<EventNode, int>(ReferenceEqualityComparer.Instance);
        foreach (var (stored, node) in matches)
        {
            if (!at.TryGetValue(node, out var i))
            {
                at[node] = best.Count;
                best.Add((stored, node, double.NaN));
                continue;
            }

            var kept = best[i];
            var keptSimilarity = double.IsNaN(kept.Similarity) ? EventMatcher.TextSimilarity(report, kept.Stored.Prepared) : kept.Similarity;
            var similarity = EventMatcher.TextSimilarity(report, stored.Prepared);
            best[i] = similarity > keptSimilarity ? (stored, node, similarity) : (kept.Stored, node, keptSimilarity);
        }

        return best.ConvertAll(b => (b.Stored, b.Event));
    }

    /// <summary>The lists that placing one report fills, reused from report to report by the one thread that writes
    /// (the matches, the events joined and those kept apart), and the order of preference of the matched events.</summary>
    private sealed class Placing
    {
        public List<(WindowReport Stored, EventNode Event)> Matches { get; } = [];

        private readonly List<(WindowReport Stored, EventNode Event)> joined = [];
        private readonly List<(WindowReport Stored, EventNode Event)> apart = [];
        private readonly Comparison<(WindowReport Stored, EventNode Event)> preference;
        private EventSpan? span;

        public Placing() => preference = Prefer;

        /// <summary>Sorts the matched events (one entry each) closest in dates to <paramref name="reportSpan"/> first,
        /// then earliest (first stored document, then id). Event ids are unique, so the order is total and an unstable
        /// sort gives what a stable one would.</summary>
        public void Order(List<(WindowReport Stored, EventNode Event)> byEvent, EventSpan? reportSpan)
        {
            if (byEvent.Count > 1)
            {
                span = reportSpan;
                byEvent.Sort(preference);
            }
        }

        private int Prefer((WindowReport Stored, EventNode Event) x, (WindowReport Stored, EventNode Event) y)
        {
            var bySpread = Spread(span, x.Event.Span).CompareTo(Spread(span, y.Event.Span));
            if (bySpread != 0)
            {
                return bySpread;
            }

            var bySeq = x.Event.FirstSeq.CompareTo(y.Event.FirstSeq);
            return bySeq != 0 ? bySeq : string.CompareOrdinal(x.Event.Id, y.Event.Id);
        }

        /// <summary>The matched events (in order of preference) a report joins: the first one its dates fit, then each
        /// one that fits with it and those taken before (<see cref="EventSpan"/>); and those kept apart. The lists are
        /// this object's own, valid until the next call.</summary>
        public (List<(WindowReport Stored, EventNode Event)> Joined, List<(WindowReport Stored, EventNode Event)> Apart) Bounded(
            List<(WindowReport Stored, EventNode Event)> byEvent, EventSpan? reportSpan)
        {
            joined.Clear();
            apart.Clear();
            var taken = reportSpan;
            foreach (var m in byEvent)
            {
                var e = m.Event;
                if (taken is not { } t || e.Span is not { } s || t.Fits(s))
                {
                    joined.Add(m);
                    taken = taken is { } a && e.Span is { } b ? a.With(b) : taken ?? e.Span;
                }
                else
                {
                    apart.Add(m);
                }
            }

            return (joined, apart);
        }
    }

    /// <summary>
    /// Undoes a merge that a later document shows to be wrong: when two reports of this document, told apart by
    /// their own text (different parts of the day or sides of the town), landed in one event through earlier
    /// reports, the event splits. The first keeps the event; each other report of the event follows the report
    /// of this document it matches best, and its stored reason says so.
    /// </summary>
    private async Task SplitAsync(Statements connection, DbTransaction tx, IReadOnlyList<EventReport> reports, EventNode[] placed, long seq, TouchedEvents touched, CancellationToken ct)
    {
        if (reports.Count < 2 || !SharesEvent(placed))
        {
            return;
        }

        var events = placed.Select((n, i) => (Local: reports[i].LocalId, Event: n.Resolve())).ToList();
        foreach (var group in events.GroupBy(p => p.Event.Id).Where(g => g.Count() > 1).ToList())
        {
            var anchors = group.Select(p => reports.First(r => r.LocalId == p.Local)).ToList();
            var cues = anchors.ConvertAll(a => EvidenceCues.Of(a.EvidenceText));
            var apart = new List<EventReport> { anchors[0] };
            for (var i = 1; i < anchors.Count; i++)
            {
                if (Enumerable.Range(0, i).All(j => EvidenceCues.Conflict(cues[i], cues[j]) is not null))
                {
                    apart.Add(anchors[i]);
                }
            }

            if (apart.Count < 2)
            {
                continue;
            }

            var ids = apart.ConvertAll(a => a == apart[0] ? group.Key : StableIds.Event(a.DocumentId, a.LocalId));
            var split = new EventNode[apart.Count];
            states.Forget(group.Key);
            for (var k = 1; k < apart.Count; k++)
            {
                split[k] = window.NewEvent(ids[k], seq, null);
                unwrittenEvents.Add(ids[k], seq); // an id taken already fails the batch, as inserting its row would
                await MoveReportAsync(connection, tx, apart[k].DocumentId, apart[k].LocalId, split[k],
                    $"split from {group.Key}: {apart[k].DocumentId} reports it apart from {apart[0].LocalId}", ct);
                touched.Add(split[k]);
            }

            // the reports that stay and those that move give each event its dates again
            var spans = apart.ConvertAll(EventSpan.Of);
            spans[0] = anchors.Where(a => !apart.Skip(1).Contains(a)).Select(EventSpan.Of).Aggregate(spans[0], Widen);
            var others = (await ReportsAsync(connection, tx, group.Key, reportJson.Parse, ct)).Where(r => r.DocumentId != apart[0].DocumentId).ToList();
            foreach (var other in others)
            {
                var report = new EventReport(other.DocumentId, other.LocalId, 0, other.Report);
                var best = apart.Select((a, k) => (k, m: EventMatcher.Match(report, a))).Where(x => x.m.IsMatch)
                    .OrderByDescending(x => x.m.TextSimilarity).ThenBy(x => x.k).FirstOrDefault();
                var to = best.m is not null ? best.k : 0;
                spans[to] = Widen(spans[to], EventSpan.Of(report));
                if (to > 0)
                {
                    await MoveReportAsync(connection, tx, other.DocumentId, other.LocalId, split[to],
                        $"split from {group.Key} by {apart[0].DocumentId}: matches its report {apart[to].LocalId}: {best.m!.Reason}", ct);
                }
            }

            group.First().Event.Span = spans[0];
            for (var k = 1; k < apart.Count; k++)
            {
                split[k].Span = spans[k];
            }
        }
    }

    /// <summary>Whether two of the document's reports are in one event now.</summary>
    private static bool SharesEvent(EventNode[] placed)
    {
        for (var i = 1; i < placed.Length; i++)
        {
            var node = placed[i].Resolve();
            for (var j = 0; j < i; j++)
            {
                if (string.Equals(placed[j].Resolve().Id, node.Id, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int Spread(EventSpan? a, EventSpan? b) => a is { } x && b is { } y ? x.Spread(y) : 0;

    private static EventSpan? Widen(EventSpan? span, EventSpan? more) => span is { } a && more is { } b ? a.With(b) : span ?? more;

    private Task MoveReportAsync(Statements connection, DbTransaction tx, string documentId, string localId, EventNode to, string reason, CancellationToken ct)
    {
        window.Move(documentId, localId, to);
        states.Forget(to.Id);
        return connection.ExecAsync(tx, "UPDATE event_reports SET event_id = @event, reason = @reason WHERE document_id = @doc AND local_id = @local", ct,
            ("@event", to.Id), ("@reason", reason), ("@doc", documentId), ("@local", localId));
    }

    /// <summary>Stored reports of other documents that may match <paramref name="report"/> (see
    /// <see cref="EventWindow.Candidates"/>), after loading into the window the days of its family it lacks: every
    /// stored report of the family dated to one of them (starting at most a week earlier, as longer intervals never match).</summary>
    private async ValueTask<List<WindowReport>> CandidatesAsync(Statements connection, DbTransaction tx, MatchableReport report, CancellationToken ct)
    {
        var (first, last) = EventWindow.Days(report);
        foreach (var area in window.Areas(report))
        {
            var missing = window.Missing(report.Family, area, first, last);
            if (missing.Count == 0)
            {
                continue;
            }

            var (latLow, latHigh, lonLow, lonHigh) = window.Bounds(area);
            var rows = await connection.QueryAsync(tx, """
                SELECT r.document_id, r.local_id, r.seq, r.ordinal, r.json, r.event_id, e.first_seq, r.lat, r.lon,
                       e.latest_from, e.earliest_to, e.named_day
                FROM event_reports r LEFT JOIN events e ON e.id = r.event_id
                WHERE r.family = @family AND r.date_from BETWEEN @earliest AND @last AND r.date_to >= @first
                  AND r.geoname_id IS NOT NULL AND r.lat BETWEEN @latLow AND @latHigh AND r.lon BETWEEN @lonLow AND @lonHigh
                """, r =>
                {
                    var (doc, local, json) = (r.GetString(0), r.GetString(1), r.GetString(4));
                    var storedSeq = r.Long(2);
                    var span = SpanOf(r.Text(9), r.Text(10), r.Text(11));
                    var eventId = r.GetString(5);
                    var firstSeq = r.IsDBNull(6) ? unwrittenEvents[eventId] : r.Long(6);
                    return new StoredRow(doc, local, storedSeq, r.Long(3), eventId, firstSeq, span, r.GetDouble(7), r.GetDouble(8),
                        () => new MatchableReport(new EventReport(doc, local, storedSeq, reportJson.Parse(json))).ForMatching(windowPool));
                },
                ct,
                ("@family", report.Family),
                ("@earliest", IsoDates.Format(DateOnly.FromDayNumber(missing[0] - EventMatchOptions.Default.MaxIntervalDays + 1))),
                ("@last", IsoDates.Format(DateOnly.FromDayNumber(missing[^1]))),
                ("@first", IsoDates.Format(DateOnly.FromDayNumber(missing[0]))),
                ("@latLow", latLow), ("@latHigh", latHigh), ("@lonLow", lonLow), ("@lonHigh", lonHigh));
            StoreMetrics.WindowReports.Add(rows.Count);
            window.Load(report.Family, area, missing, rows);
        }

        window.Candidates(report, candidates);
        return candidates;
    }

    /// <summary>Before a batch: the positions of the GeoNames ids stored (once) and of the batch's reports, which decide
    /// whether the window may keep its reports by area (<see cref="EventWindow.CheckPositions"/>).</summary>
    private async Task CheckPositionsAsync(Statements connection, DbTransaction tx, IReadOnlyList<NewDocument> documents, CancellationToken ct)
    {
        if (!window.PositionsKnown)
        {
            window.KnowPositions(await connection.QueryAsync(tx, """
                SELECT DISTINCT geoname_id, lat, lon FROM event_reports
                WHERE geoname_id IS NOT NULL AND lat IS NOT NULL AND lon IS NOT NULL
                """, r => (r.Long(0), r.GetDouble(1), r.GetDouble(2)), ct));
        }

        window.CheckPositions(documents.SelectMany(d => d.Prepared.Reports).Select(r => r.Event.Location).OfType<Core.Contract.LocationDto>());
    }

    private async Task RebuildEventAsync(Statements connection, DbTransaction tx, EventNode node, CancellationToken ct)
    {
        var eventId = node.Id;
        var state = states.Get(eventId) ?? states.Set(eventId, await StoredReportsAsync(connection, tx, eventId, ct));
        var head = state.Head(eventId);
        eventJson.ResetWrittenCount();
        if (state.Count > 1)
        {
            state.WriteJson(head, eventJson);
        }

        // else the event of its one report: the row keeps no JSON (empty), readers merge that report (OneReportEvent)
        var row = new EventColumns(eventId, head.Type, head.Subtype, head.From ?? head.To, head.To ?? head.From, head.Location?.GeonameId, PlaceKey(head.Location?.Name),
            Day(node.Span?.LatestFrom), Day(node.Span?.EarliestTo), Day(node.Span?.NamedDay));
        var indexed = new EventIndexed(row);
        if (unwrittenEvents.Remove(eventId, out var firstSeq))
        {
            await dialect.InsertEventAsync(connection, tx, row, firstSeq, eventJson.WrittenMemory, ct);
        }
        else if (eventRows.TryGetValue(eventId, out var written) && written == indexed)
        {
            await dialect.UpdateEventJsonAsync(connection, tx, row, eventJson.WrittenMemory, ct);
            StoreMetrics.EventJsonUpdates.Add(1);
        }
        else
        {
            await dialect.UpdateEventAsync(connection, tx, row, eventJson.WrittenMemory, ct);
            StoreMetrics.EventIndexUpdates.Add(1);
        }

        StoreMetrics.EventJsonBytes.Add(eventJson.WrittenCount);

        if (eventRows.Count >= EventRowsKept && !eventRows.ContainsKey(eventId))
        {
            eventRows.Clear(); // the events of the last days come back at their next full update
        }

        eventRows[eventId] = indexed;
    }

    /// <summary>A day as stored (ISO), from the few days an ingest's events are bounded by, written once each.</summary>
    private string? Day(int? dayNumber)
    {
        if (dayNumber is not { } d)
        {
            return null;
        }

        if (!days.TryGetValue(d, out var day))
        {
            if (days.Count >= 4_096)
            {
                days.Clear();
            }

            days[d] = day = IsoDates.Format(DateOnly.FromDayNumber(d))!;
        }

        return day;
    }

    private readonly Dictionary<int, string> days = [];

    private static EventSpan? SpanOf(string? latestFrom, string? earliestTo, string? namedDay) =>
        IsoDates.Parse(latestFrom) is { } from && IsoDates.Parse(earliestTo) is { } to
            ? new EventSpan(from.DayNumber, to.DayNumber, IsoDates.Parse(namedDay)?.DayNumber)
            : null;

    /// <summary>An event's stored reports in ingest order.</summary>
    private async Task<List<OrderedReport>> StoredReportsAsync(Statements connection, DbTransaction tx, string eventId, CancellationToken ct)
    {
        var reports = await connection.QueryAsync(tx, """
            SELECT document_id, local_id, seq, ordinal, json FROM event_reports
            WHERE event_id = @id ORDER BY seq, ordinal
            """, r => new OrderedReport(r.Long(2), r.Long(3), new EventReport(r.GetString(0), r.GetString(1), 0, reportJson.Parse(r.GetString(4)))),
            ct, ("@id", eventId));
        StoreMetrics.StateReports.Add(reports.Count);
        return reports;
    }

    private static Task<List<EventReportRecord>> ReportsAsync(Statements connection, DbTransaction? tx, string eventId, Func<string, EventDto> parse, CancellationToken ct) =>
        connection.QueryAsync(tx, """
            SELECT event_id, document_id, local_id, reason, json FROM event_reports
            WHERE event_id = @id ORDER BY seq, ordinal
            """, r => new EventReportRecord(r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), parse(r.GetString(4))),
            ct, ("@id", eventId));

    public async Task<IReadOnlyList<EventReportRecord>> GetEventReportsAsync(string eventId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var statements = new Statements(connection);
        return await ReportsAsync(statements, null, eventId, FromJson<EventDto>, cancellationToken);
    }

    /// <summary>Also finds an event by the id it had before another event was merged into it.</summary>
    public async Task<EventDto?> GetEventAsync(string eventId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var found = await connection.QueryAsync(null, $"""
            SELECT {EventColumnsRead} FROM events e {OneReportJoin} WHERE e.id = @id
            UNION ALL
            SELECT {EventColumnsRead} FROM event_aliases a JOIN events e ON e.id = a.event_id {OneReportJoin} WHERE a.alias = @id
            """, EventOf, cancellationToken, ("@id", eventId));
        return found.Count > 0 ? found[0] : null;
    }

    public async Task<IReadOnlyList<EventDto>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new List<string>();
        var args = new List<(string, object?)> { ("@limit", (long)query.Limit) };
        PlaceFilter(query.Place, "e.geoname_id", "e.place_key", where, args);
        if (query.From is { } from)
        {
            where.Add("e.date_to >= @from");
            args.Add(("@from", IsoDates.Format(from)));
        }

        if (query.To is { } to)
        {
            where.Add("e.date_from <= @to");
            args.Add(("@to", IsoDates.Format(to)));
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            where.Add("(e.type = @type OR e.subtype = @type)");
            args.Add(("@type", query.Type.Trim().ToLowerInvariant()));
        }

        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QueryAsync(null, $"""
            SELECT {EventColumnsRead} FROM events e {OneReportJoin} {filter}
            ORDER BY CASE WHEN e.date_from IS NULL THEN 1 ELSE 0 END, e.date_from, e.id
            LIMIT @limit
            """, EventOf, cancellationToken, [.. args]);
    }

    /// <summary>What <see cref="EventOf"/> reads of an event (<c>e</c>) and, when its row keeps no JSON, of its one
    /// report (<c>r</c>, joined by <see cref="OneReportJoin"/>).</summary>
    private const string EventColumnsRead = "e.json, e.id, r.document_id, r.local_id, r.json";

    private const string OneReportJoin = "LEFT JOIN event_reports r ON e.json = '' AND r.event_id = e.id";

    /// <summary>An event as stored: its JSON, or for an event of one report (whose row keeps none) that report's event
    /// merged alone, which is what its JSON would have held (see <see cref="RebuildEventAsync"/>).</summary>
    private static EventDto EventOf(DbDataReader r) => r.GetString(0) is { Length: > 0 } json
        ? FromJson<EventDto>(json)
        : OneReportEvent(r.GetString(1), r.GetString(2), r.GetString(3), FromJson<EventDto>(r.GetString(4)));

    /// <summary>The event <paramref name="eventId"/> made of one stored report.</summary>
    internal static EventDto OneReportEvent(string eventId, string documentId, string localId, EventDto report)
    {
        var merge = new EventMergeState();
        merge.Add(new EventReport(documentId, localId, 0, report));
        return merge.ToEvent(eventId);
    }

    /// <summary>A numeric place is a GeoNames id; anything else a name compared case-insensitively.</summary>
    private static void PlaceFilter(string? place, string idColumn, string keyColumn, List<string> where, List<(string, object?)> args)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return;
        }

        if (long.TryParse(place.Trim(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var geonameId))
        {
            where.Add($"{idColumn} = @geoname");
            args.Add(("@geoname", geonameId));
        }
        else
        {
            where.Add($"{keyColumn} = @place");
            args.Add(("@place", PlaceKey(place)));
        }
    }

    internal static string? PlaceKey(string? name) => name?.Trim().ToLowerInvariant();
}
