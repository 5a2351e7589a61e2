using System.Data.Common;
using Sitrep.Core.Contract;
using Sitrep.Core.Text;
using Sitrep.Reconcile.Common;
using Sitrep.Reconcile.Events;
using Sitrep.Storage.Relational;

namespace Sitrep.Storage;

public sealed partial class SitrepStore
{
    private sealed record StoredReport(EventReport Report, string EventId, long FirstSeq);

    /// <summary>
    /// Each report joins every stored event one of whose reports it matches (<see cref="EventMatcher"/>); when it
    /// matches several events they become one, kept under the id of the earliest. So events are the connected
    /// components of the match graph: their number does not depend on ingest order.
    /// </summary>
    private async Task AddEventsAsync(Statements connection, DbTransaction tx, PreparedDocument prepared, long seq, TouchedEvents touched, CancellationToken ct)
    {
        var reports = prepared.Reports.Select(r => r with { Sequence = seq }).ToList();
        for (var ordinal = 0; ordinal < reports.Count; ordinal++)
        {
            var report = reports[ordinal];
            var matches = new List<(StoredReport Stored, EventMatch Match)>();
            foreach (var candidate in await CandidatesAsync(connection, tx, report, ct))
            {
                var match = EventMatcher.Match(report, candidate.Report);
                if (match.IsMatch)
                {
                    matches.Add((candidate, match));
                }
            }

            string eventId;
            string reason;
            if (matches.Count == 0)
            {
                eventId = StableIds.Event(report.DocumentId, report.LocalId);
                reason = "first report";
                await connection.ExecAsync(tx, """
                    INSERT INTO events (id, first_seq, type, subtype, date_from, date_to, geoname_id, place_key, json)
                    VALUES (@id, @seq, @type, @subtype, NULL, NULL, NULL, NULL, '{}')
                    """, ct, ("@id", eventId), ("@seq", seq), ("@type", report.Event.Type), ("@subtype", report.Event.Subtype));
            }
            else
            {
                var byEvent = matches.GroupBy(m => m.Stored.EventId)
                    .Select(g => g.OrderByDescending(m => m.Match.TextSimilarity).First())
                    .OrderBy(m => m.Stored.FirstSeq).ThenBy(m => m.Stored.EventId, StringComparer.Ordinal)
                    .ToList();
                eventId = byEvent[0].Stored.EventId;
                reason = string.Join("; ", byEvent.Select(m => $"matches {m.Stored.EventId} (report {m.Stored.Report.LocalId} of {m.Stored.Report.DocumentId}): {m.Match.Reason}"));
                foreach (var other in byEvent.Skip(1))
                {
                    await connection.ExecAsync(tx, "UPDATE event_reports SET event_id = @to WHERE event_id = @from", ct,
                        ("@to", eventId), ("@from", other.Stored.EventId));
                    await connection.ExecAsync(tx, "DELETE FROM events WHERE id = @id", ct, ("@id", other.Stored.EventId));
                    await connection.ExecAsync(tx, "UPDATE event_aliases SET event_id = @to WHERE event_id = @from", ct,
                        ("@to", eventId), ("@from", other.Stored.EventId));
                    await connection.ExecAsync(tx, "INSERT INTO event_aliases (alias, event_id) VALUES (@from, @to)", ct,
                        ("@to", eventId), ("@from", other.Stored.EventId));
                    touched.Remove(other.Stored.EventId);
                }
            }

            await connection.ExecAsync(tx, """
                INSERT INTO event_reports (document_id, local_id, event_id, seq, ordinal, family, date_from, date_to,
                                           geoname_id, lat, lon, reason, json)
                VALUES (@doc, @local, @event, @seq, @ordinal, @family, @from, @to, @geoname, @lat, @lon, @reason, @json)
                """, ct,
                ("@doc", report.DocumentId), ("@local", report.LocalId), ("@event", eventId), ("@seq", seq), ("@ordinal", (long)ordinal),
                ("@family", EventMatcher.Family(report.Event)), ("@from", IsoDates.Format(report.From)), ("@to", IsoDates.Format(report.To)),
                ("@geoname", report.Event.Location?.GeonameId), ("@lat", report.Event.Location?.Lat), ("@lon", report.Event.Location?.Lon),
                ("@reason", reason), ("@json", prepared.ReportJson[ordinal]));
            touched.Add(eventId);
        }

        await SplitAsync(connection, tx, reports, seq, touched, ct);
    }

    /// <summary>
    /// Undoes a merge that a later document shows to be wrong: when two reports of this document, told apart by
    /// their own text (different parts of the day or sides of the town), landed in one event through earlier
    /// reports, the event splits. The first keeps the event; each other report of the event follows the report
    /// of this document it matches best, and its stored reason says so.
    /// </summary>
    private async Task SplitAsync(Statements connection, DbTransaction tx, IReadOnlyList<EventReport> reports, long seq, TouchedEvents touched, CancellationToken ct)
    {
        if (reports.Count < 2)
        {
            return;
        }

        var placed = await connection.QueryAsync(tx, "SELECT local_id, event_id FROM event_reports WHERE document_id = @doc ORDER BY ordinal",
            r => (Local: r.GetString(0), Event: r.GetString(1)), ct, ("@doc", reports[0].DocumentId));
        foreach (var group in placed.GroupBy(p => p.Event).Where(g => g.Count() > 1).ToList())
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
            for (var k = 1; k < apart.Count; k++)
            {
                await connection.ExecAsync(tx, """
                    INSERT INTO events (id, first_seq, type, subtype, date_from, date_to, geoname_id, place_key, json)
                    VALUES (@id, @seq, @type, @subtype, NULL, NULL, NULL, NULL, '{}')
                    """, ct, ("@id", ids[k]), ("@seq", seq), ("@type", apart[k].Event.Type), ("@subtype", apart[k].Event.Subtype));
                await MoveReportAsync(connection, tx, apart[k].DocumentId, apart[k].LocalId, ids[k],
                    $"split from {group.Key}: {apart[k].DocumentId} reports it apart from {apart[0].LocalId}", ct);
                touched.Add(ids[k]);
            }

            var others = (await ReportsAsync(connection, tx, group.Key, reportJson.Parse, ct)).Where(r => r.DocumentId != apart[0].DocumentId).ToList();
            foreach (var other in others)
            {
                var report = new EventReport(other.DocumentId, other.LocalId, 0, other.Report);
                var best = apart.Select((a, k) => (k, m: EventMatcher.Match(report, a))).Where(x => x.m.IsMatch)
                    .OrderByDescending(x => x.m.TextSimilarity).ThenBy(x => x.k).FirstOrDefault();
                if (best.m is not null && best.k > 0)
                {
                    await MoveReportAsync(connection, tx, other.DocumentId, other.LocalId, ids[best.k],
                        $"split from {group.Key} by {apart[0].DocumentId}: matches its report {apart[best.k].LocalId}: {best.m.Reason}", ct);
                }
            }
        }
    }

    private static Task MoveReportAsync(Statements connection, DbTransaction tx, string documentId, string localId, string eventId, string reason, CancellationToken ct) =>
        connection.ExecAsync(tx, "UPDATE event_reports SET event_id = @event, reason = @reason WHERE document_id = @doc AND local_id = @local", ct,
            ("@event", eventId), ("@reason", reason), ("@doc", documentId), ("@local", localId));

    /// <summary>Stored reports of other documents in the same type family whose dates are within the matcher's gap
    /// (starting at most a week earlier, as longer intervals never match) and
    /// whose place is the same or inside a box a little larger than the matcher's distance.</summary>
    private async Task<List<StoredReport>> CandidatesAsync(Statements connection, DbTransaction tx, EventReport report, CancellationToken ct)
    {
        if (report.From is not { } from || report.To is not { } to || report.Event.Location is null)
        {
            return [];
        }

        var gap = EventMatchOptions.Default.MaxDayGap;
        var location = report.Event.Location;
        var dLat = EventMatchOptions.Default.MaxDistanceKm / 100.0;
        var dLon = dLat / Math.Max(0.1, Math.Cos(location.Lat * Math.PI / 180));
        return await connection.QueryAsync(tx, """
            SELECT r.document_id, r.local_id, r.seq, r.json, r.event_id, e.first_seq
            FROM event_reports r JOIN events e ON e.id = r.event_id
            WHERE r.family = @family AND r.date_from BETWEEN @earliest AND @max AND r.date_to >= @min AND r.document_id <> @doc
              AND (r.geoname_id = @geoname OR (r.lat BETWEEN @latLow AND @latHigh AND r.lon BETWEEN @lonLow AND @lonHigh))
            ORDER BY r.seq, r.ordinal
            """, r => new StoredReport(new EventReport(r.GetString(0), r.GetString(1), r.Long(2), reportJson.Parse(r.GetString(3))), r.GetString(4), r.Long(5)),
            ct,
            ("@family", EventMatcher.Family(report.Event)), ("@max", IsoDates.Format(to.AddDays(gap))),
            ("@min", IsoDates.Format(from.AddDays(-gap))),
            ("@earliest", IsoDates.Format(from.AddDays(-gap - EventMatchOptions.Default.MaxIntervalDays))), ("@doc", report.DocumentId), ("@geoname", location.GeonameId),
            ("@latLow", location.Lat - dLat), ("@latHigh", location.Lat + dLat), ("@lonLow", location.Lon - dLon), ("@lonHigh", location.Lon + dLon));
    }

    private async Task RebuildEventAsync(Statements connection, DbTransaction tx, string eventId, CancellationToken ct)
    {
        var reports = await ReportsAsync(connection, tx, eventId, reportJson.Parse, ct);
        var merged = EventMerger.Merge(eventId, [.. reports.Select(r => new EventReport(r.DocumentId, r.LocalId, 0, r.Report))]);
        await connection.ExecAsync(tx, """
            UPDATE events SET type = @type, subtype = @subtype, date_from = @from, date_to = @to,
                              geoname_id = @geoname, place_key = @place, json = @json
            WHERE id = @id
            """, ct,
            ("@id", eventId), ("@type", merged.Type), ("@subtype", merged.Subtype), ("@from", merged.From ?? merged.To),
            ("@to", merged.To ?? merged.From), ("@geoname", merged.Location?.GeonameId), ("@place", PlaceKey(merged.Location?.Name)),
            ("@json", Json(merged)));
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
        return await connection.ScalarAsync(null, """
            SELECT json FROM events WHERE id = @id
            UNION ALL
            SELECT e.json FROM event_aliases a JOIN events e ON e.id = a.event_id WHERE a.alias = @id
            """, cancellationToken, ("@id", eventId)) is string json
            ? FromJson<EventDto>(json)
            : null;
    }

    public async Task<IReadOnlyList<EventDto>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var where = new List<string>();
        var args = new List<(string, object?)> { ("@limit", (long)query.Limit) };
        PlaceFilter(query.Place, "geoname_id", "place_key", where, args);
        if (query.From is { } from)
        {
            where.Add("date_to >= @from");
            args.Add(("@from", IsoDates.Format(from)));
        }

        if (query.To is { } to)
        {
            where.Add("date_from <= @to");
            args.Add(("@to", IsoDates.Format(to)));
        }

        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            where.Add("(type = @type OR subtype = @type)");
            args.Add(("@type", query.Type.Trim().ToLowerInvariant()));
        }

        var filter = where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QueryAsync(null, $"""
            SELECT json FROM events {filter}
            ORDER BY CASE WHEN date_from IS NULL THEN 1 ELSE 0 END, date_from, id
            LIMIT @limit
            """, r => FromJson<EventDto>(r.GetString(0)), cancellationToken, [.. args]);
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

    private static string? PlaceKey(string? name) => name?.Trim().ToLowerInvariant();
}
