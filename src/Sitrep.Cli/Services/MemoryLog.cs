using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Diagnostics.Tracing;
using System.Globalization;

namespace Sitrep.Cli.Services;

/// <summary>
/// With <c>SITREP_MEMORY_LOG=N</c>, ingest writes one line to stderr every N transactions: documents stored, wall and
/// CPU time, resident and peak memory, the collector's heap (after the last collection and after the last blocking
/// full one, which is close to the live data), fragmentation, bytes allocated, collections per generation and the time threads were paused for them,
/// and what reconciliation read back from the store so far (the store's <c>Sitrep.Storage</c> meter: stored reports
/// read into the window, stored reports read to rebuild events, stored claims read into the claim window). It is
/// how the memory of a long ingest was measured (docs/benchmarks.md, "Memory"); off by default.
/// </summary>
internal sealed class MemoryLog : IDisposable
{
    public const string Variable = "SITREP_MEMORY_LOG";

    private readonly Stopwatch clock = Stopwatch.StartNew();
    private readonly TextWriter output;
    private readonly int every;
    private readonly MeterListener listener = new();
    private readonly ConcurrentDictionary<string, long> reads = new(StringComparer.Ordinal);
    private readonly CollectionReasons reasons = new();
    private int transactions;

    public MemoryLog(TextWriter output, int every)
    {
        (this.output, this.every) = (output, every);
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Sitrep.Storage")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) => reads.AddOrUpdate(instrument.Name, value, (_, total) => total + value));
        listener.Start();
    }

    public void Dispose()
    {
        listener.Dispose();
        reasons.Dispose();
    }

    public static MemoryLog? FromEnvironment(TextWriter output) =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), NumberStyles.None, CultureInfo.InvariantCulture, out var every) && every > 0
            ? new MemoryLog(output, every)
            : null;

    public void Transaction(int documents)
    {
        if (++transactions % every == 0)
        {
            Write(documents);
        }
    }

    public void Write(int documents)
    {
        var last = GC.GetGCMemoryInfo(GCKind.Any);
        var full = GC.GetGCMemoryInfo(GCKind.FullBlocking);
        var process = Process.GetCurrentProcess();
        var (rss, peak) = (process.WorkingSet64, process.PeakWorkingSet64);
        var cpu = process.TotalProcessorTime.TotalSeconds;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"memory: {documents} docs {clock.Elapsed.TotalSeconds:F1} s cpu {cpu:F1} s rss {Mb(rss)} peak {Mb(peak)} " +
            $"heap {Mb(last.HeapSizeBytes)} after-full {Mb(full.HeapSizeBytes)} fragmented {Mb(last.FragmentedBytes)} " +
            $"committed {Mb(last.TotalCommittedBytes)} allocated {Mb(GC.GetTotalAllocatedBytes())} " +
            $"gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} paused {GC.GetTotalPauseDuration().TotalSeconds:F1} s " +
            $"read {Read("window_reports")}/{Read("state_reports")}/{Read("window_claims")} reasons {reasons}"));
    }

    private long Read(string name) => reads.GetValueOrDefault("sitrep.store." + name + "_read");

    private static long Mb(long bytes) => bytes / (1024 * 1024);

    /// <summary>Why the collector ran, from the runtime's own events: generation and reason (the runtime's names, such
    /// as <c>AllocSmall</c> for a full young-generation budget and <c>Induced</c> for a collection the app asked for),
    /// counted since the log started, e.g. <c>gen1:AllocSmall=30 gen2:Induced=2</c>. Empty in the natively compiled app,
    /// which is built without the runtime's event source (run the JIT build to see them).</summary>
    private sealed class CollectionReasons : EventListener
    {
        private static readonly string[] Names =
        [
            "AllocSmall", "Induced", "LowMemory", "Empty", "AllocLarge", "OutOfSpaceSOH", "OutOfSpaceLOH", "InducedNotForced",
            "Internal", "InducedLowMemory", "InducedCompacting", "LowMemoryHost", "PMFullGC", "LowMemoryHostBlocking",
        ];

        private readonly ConcurrentDictionary<string, int> counts = new(StringComparer.Ordinal);

        protected override void OnEventSourceCreated(EventSource source)
        {
            if (source.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(source, EventLevel.Informational, (EventKeywords)1); // the GC keyword
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs e)
        {
            if (e.EventName is not { } name || !name.StartsWith("GCStart", StringComparison.Ordinal) || e.Payload is null || e.PayloadNames is null)
            {
                return;
            }

            var depth = Convert.ToInt32(e.Payload[e.PayloadNames.IndexOf("Depth")], CultureInfo.InvariantCulture);
            var reason = Convert.ToInt32(e.Payload[e.PayloadNames.IndexOf("Reason")], CultureInfo.InvariantCulture);
            var key = $"gen{depth}:{(reason >= 0 && reason < Names.Length ? Names[reason] : reason.ToString(CultureInfo.InvariantCulture))}";
            counts.AddOrUpdate(key, 1, (_, n) => n + 1);
        }

        public override string ToString() =>
            string.Join(' ', counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key}={c.Value}"));
    }
}
