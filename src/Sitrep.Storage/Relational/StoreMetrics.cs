using System.Diagnostics.Metrics;

namespace Sitrep.Storage.Relational;

/// <summary>
/// What reconciliation reads back from the store because memory did not hold it, and how much of the events' rows
/// it writes again (the meter <c>Sitrep.Storage</c>;
/// counters cost nothing unless something listens, as <c>sitrep ingest</c> does with <c>SITREP_MEMORY_LOG</c>).
/// </summary>
internal static class StoreMetrics
{
    public const string MeterName = "Sitrep.Storage";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Stored reports read to fill the reconciliation window.</summary>
    public static readonly Counter<long> WindowReports = Meter.CreateCounter<long>("sitrep.store.window_reports_read");

    /// <summary>Stored reports read to rebuild the merge state of an event.</summary>
    public static readonly Counter<long> StateReports = Meter.CreateCounter<long>("sitrep.store.state_reports_read");

    /// <summary>Stored claims read to fill the claim window.</summary>
    public static readonly Counter<long> WindowClaims = Meter.CreateCounter<long>("sitrep.store.window_claims_read");

    /// <summary>Bytes of event JSON written (rows inserted and rewritten).</summary>
    public static readonly Counter<long> EventJsonBytes = Meter.CreateCounter<long>("sitrep.store.event_json_bytes_written");

    /// <summary>Event rows rewritten with their indexed columns (type, dates or place changed, or not known).</summary>
    public static readonly Counter<long> EventIndexUpdates = Meter.CreateCounter<long>("sitrep.store.event_rows_reindexed");

    /// <summary>Event rows rewritten without their indexed columns (only the JSON and bounds changed).</summary>
    public static readonly Counter<long> EventJsonUpdates = Meter.CreateCounter<long>("sitrep.store.event_rows_rewritten");
}
