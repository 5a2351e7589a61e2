using System.Diagnostics;
using System.Globalization;

namespace Sitrep.Cli.Services;

/// <summary>
/// With <c>SITREP_MEMORY_LOG=N</c>, ingest writes one line to stderr every N transactions: documents stored, wall and
/// CPU time, resident and peak memory, the collector's heap (after the last collection and after the last blocking
/// full one, which is close to the live data), fragmentation, bytes allocated, collections per generation and the time threads were paused for them. It is
/// how the memory of a long ingest was measured (docs/benchmarks.md, "Memory"); off by default.
/// </summary>
internal sealed class MemoryLog(TextWriter output, int every)
{
    public const string Variable = "SITREP_MEMORY_LOG";

    private readonly Stopwatch clock = Stopwatch.StartNew();
    private int transactions;

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
            $"gc {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)} paused {GC.GetTotalPauseDuration().TotalSeconds:F1} s"));
    }

    private static long Mb(long bytes) => bytes / (1024 * 1024);
}
