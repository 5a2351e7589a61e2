using System.Diagnostics.Metrics;

namespace Sitrep.Storage.Relational;

/// <summary>
/// What reconciliation reads back from the store because memory did not hold it (the meter <c>Sitrep.Storage</c>;
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
}
