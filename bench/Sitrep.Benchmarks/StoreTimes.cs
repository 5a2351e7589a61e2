using System.Diagnostics;
using System.Diagnostics.Metrics;
using System.Globalization;
using System.Runtime;
using Sitrep.Core.Contract;
using Sitrep.Core.Documents;
using Sitrep.Extraction;
using Sitrep.Ingest;
using Sitrep.Storage;

namespace Sitrep.Benchmarks;

/// <summary>
/// `store-times FILE [--db STORE.db] [--limit N] [--warm-up N] [--realtime]`: extracts every document of FILE first (in memory, on all cores),
/// then stores them into a fresh SQLite store the way `sitrep ingest` does when storing is the slower side: batches
/// of 64 documents prepared as the ingest prepares them (<see cref="NewDocument.Compact"/>), two batches of the same
/// source stored in one transaction (up to 128 documents), and a compacting collection after every 16 transactions.
/// The storing runs on a thread of its own; what is printed is that thread's CPU time (user and system) and what it
/// allocated, with the compacting collections counted apart, so other processes on the machine disturb it less than
/// the wall clock. Before that, the first transactions (about 512 documents, or N) are stored into a scratch store
/// that is thrown away, so the code runs as it does through most of an ingest and not as a cold process runs it
/// (--warm-up 0 for the cold figure). With --realtime the storing thread runs in the round-robin real-time class (as
/// root), so other jobs of a shared machine take its core less often. Also: what reconciliation read back (the store's counters) and the size of the store.
/// With SITREP_ALLOCATION_TYPES=1, also what the storing thread allocated by type (<see cref="AllocationTypes"/>).
/// </summary>
internal static class StoreTimes
{
    private const int BatchSize = 64;
    private const int MaxStoredAtOnce = 2 * BatchSize;
    private const int CompactEvery = 16;

    public static async Task<int> RunAsync(string path, string? dbPath, int limit, int warmUp, bool realtime, TextWriter output, CancellationToken ct)
    {
        var documents = new List<Document>();
        await foreach (var read in DocumentReader.ReadSourceAsync(path, new ReaderOptions(), ct))
        {
            if (read.IsSuccess && documents.Count < limit)
            {
                documents.Add(read.Value!);
            }
        }

        var extractStart = Stopwatch.GetTimestamp();
        var prepared = new NewDocument[documents.Count];
        var count = documents.Count;
        Parallel.For(0, documents.Count, i =>
        {
            prepared[i] = new NewDocument(ExtractOutputMapper.Map(SitrepPipeline.Default.Process(documents[i], ct)), documents[i].Metadata.Origin).Compact();
        });
        documents.Clear();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"extracted {prepared.Length} documents in {Stopwatch.GetElapsedTime(extractStart).TotalSeconds:F1} s"));

        // the transactions as the ingest forms them from one source: batches of 64, the last one (possibly empty) ending
        // the source; a batch takes the next one along while both fit in 128 documents and it does not end the source
        var batches = prepared.Chunk(BatchSize).Select(b => (Documents: b, EndsSource: false)).ToList();
        if (batches.Count == 0 || batches[^1].Documents.Length == BatchSize)
        {
            batches.Add(([], true));
        }
        else
        {
            batches[^1] = (batches[^1].Documents, true);
        }

        var transactions = new List<NewDocument[]>();
        Array.Clear(prepared); // the transactions hold the documents from here on
        for (var i = 0; i < batches.Count; i++)
        {
            var (docs, ends) = batches[i];
            while (!ends && docs.Length + BatchSize <= MaxStoredAtOnce && i + 1 < batches.Count)
            {
                i++;
                docs = [.. docs, .. batches[i].Documents];
                ends = batches[i].EndsSource;
            }

            transactions.Add(docs);
        }

        batches.Clear();

        var db = Path.GetFullPath(dbPath ?? Path.Combine(Path.GetTempPath(), $"store-times-{Environment.ProcessId}.db"));
        foreach (var file in new[] { db, db + "-wal", db + "-shm" })
        {
            File.Delete(file);
        }

        var counters = new Dictionary<string, long>(StringComparer.Ordinal);
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == "Sitrep.Storage")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((instrument, value, _, _) =>
        {
            lock (counters)
            {
                counters[instrument.Name] = counters.GetValueOrDefault(instrument.Name) + value;
            }
        });
        listener.Start();

        // a warm-up: the first transactions stored into a store thrown away, so the code that stores runs compiled at
        // its final tier (as through most of a long ingest), not interpreted by the first calls of a cold process
        if (warmUp > 0)
        {
            var scratch = db + ".warm-up";
            var warm = await SitrepStores.OpenAsync(scratch, TimeProvider.System, ct);
            var warmed = 0;
            foreach (var transaction in transactions)
            {
                if (warmed >= warmUp)
                {
                    break;
                }

                await warm.AddDocumentsAsync(transaction, ct);
                warmed += transaction.Length;
            }

            await warm.DisposeAsync();
            foreach (var file in new[] { scratch, scratch + "-wal", scratch + "-shm" })
            {
                File.Delete(file);
            }

            Thread.Sleep(1000); // the runtime compiles the hot methods again in the background
            lock (counters)
            {
                counters.Clear();
            }
        }

        // what extraction left behind collected now, so the storing thread does not pay for it
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var heap = GC.GetTotalMemory(false);
        var store = await SitrepStores.OpenAsync(db, TimeProvider.System, ct);
        Result? result = null;
        Exception? failure = null;
        var processCpu = Process.GetCurrentProcess().TotalProcessorTime;
        var wall = Stopwatch.GetTimestamp();
        using var allocationTypes = Environment.GetEnvironmentVariable("SITREP_ALLOCATION_TYPES") == "1" ? new AllocationTypes() : null;
        var thread = new Thread(() =>
        {
            try
            {
                allocationTypes?.Watch();
                if (realtime && !RealTime())
                {
                    output.WriteLine("(the storing thread could not be given the real-time class; measuring without it)");
                }

                result = Store(store, transactions, ct);
                allocationTypes?.Stop();
            }
            catch (Exception ex)
            {
                failure = ex;
            }
        });
        thread.Name = "storing"; // the thread's name in a profile (perf's comm)
        var latency = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        thread.Start();
        thread.Join();
        GCSettings.LatencyMode = latency;
        var elapsed = Stopwatch.GetElapsedTime(wall);
        processCpu = Process.GetCurrentProcess().TotalProcessorTime - processCpu;
        await store.DisposeAsync();
        if (failure is not null)
        {
            throw new InvalidOperationException("storing failed", failure);
        }

        var r = result!;
        var n = (double)count;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stored {count} documents in {transactions.Count} transactions, {elapsed.TotalSeconds:F2} s wall, process CPU {processCpu.TotalSeconds:F2} s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"storing thread CPU {r.CpuNs / 1e9:F3} s = {r.CpuNs / 1e6 / n:F3} ms a document (user {r.UserTicks / (double)r.TicksPerSecond:F2} s, system {r.SystemTicks / (double)r.TicksPerSecond:F2} s); allocated {r.Allocated / n / 1024:F1} KB a document"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"the storing thread's reads and writes through the kernel (the log, checkpoints, pages read back): read {r.BytesRead / n / 1024:F1} KB, wrote {r.BytesWritten / n / 1024:F1} KB a document"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"compacting collections: {r.Compactions}, CPU {r.CompactNs / 1e9:F3} s (not counted above); collections gen0 {r.Gen0}, gen1 {r.Gen1}, gen2 {r.Gen2}, paused {r.Paused.TotalSeconds:F3} s in all; heap of the extracted documents {heap / 1048576} MB"));
        allocationTypes?.Print(output, n);
        output.WriteLine("read back: " + string.Join(", ", counters.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}")));
        var size = new FileInfo(db).Length + (File.Exists(db + "-wal") ? new FileInfo(db + "-wal").Length : 0);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"store {size / 1048576.0:F1} MB ({db})"));
        if (dbPath is null)
        {
            foreach (var file in new[] { db, db + "-wal", db + "-shm" })
            {
                File.Delete(file);
            }
        }

        return 0;
    }

    private sealed record Result(long CpuNs, long UserTicks, long SystemTicks, long TicksPerSecond, long Allocated, long CompactNs, int Compactions, int Gen0, int Gen1, int Gen2, TimeSpan Paused, long BytesRead, long BytesWritten);

    /// <summary>Runs on the storing thread: every transaction in order, timed on this thread alone.</summary>
    private static Result Store(ISitrepStore store, List<NewDocument[]> transactions, CancellationToken ct)
    {
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var paused = GC.GetTotalPauseDuration();
        var (user, system) = ThreadTicks();
        var (read, written) = ThreadIo();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var start = ThreadCpu.Nanoseconds();
        long compactNs = 0;
        long compactUser = 0, compactSystem = 0;
        var compactions = 0;
        var stored = 0;
        for (var i = 0; i < transactions.Count; i++)
        {
            // SQLite's calls complete synchronously, so the whole batch runs on this thread; a stored batch is let go,
            // as the ingest lets it go, so the collector does not keep walking documents stored long ago
            var transaction = transactions[i];
            transactions[i] = [];
            store.AddDocumentsAsync(transaction, ct).GetAwaiter().GetResult();
            if (++stored % CompactEvery == 0)
            {
                var before = ThreadCpu.Nanoseconds();
                var (u, s) = ThreadTicks();
                GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
                GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
                var (u2, s2) = ThreadTicks();
                compactNs += ThreadCpu.Nanoseconds() - before;
                compactUser += u2 - u;
                compactSystem += s2 - s;
                compactions++;
            }
        }

        var cpu = ThreadCpu.Nanoseconds() - start - compactNs;
        paused = GC.GetTotalPauseDuration() - paused;
        var (user2, system2) = ThreadTicks();
        var (read2, written2) = ThreadIo();
        return new Result(cpu, user2 - user - compactUser, system2 - system - compactSystem, 100,
            GC.GetAllocatedBytesForCurrentThread() - allocated, compactNs, compactions,
            GC.CollectionCount(0) - gcs.Item1, GC.CollectionCount(1) - gcs.Item2, GC.CollectionCount(2) - gcs.Item3, paused, read2 - read, written2 - written);
    }

    /// <summary>Puts the calling thread in the round-robin real-time class (Linux, root), ahead of the other jobs of a
    /// shared machine: what it is charged is then less inflated by other processes taking its core and cache.</summary>
    private static bool RealTime()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        var priority = 1;
        return SchedSetScheduler(0, 2, ref priority) == 0; // 2: SCHED_RR; 0: the calling thread
    }

#pragma warning disable SYSLIB1054 // a blittable call: the source-generated form needs unsafe code in this project
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "sched_setscheduler")]
    [System.Runtime.InteropServices.DefaultDllImportSearchPaths(System.Runtime.InteropServices.DllImportSearchPath.SafeDirectories)]
    private static extern int SchedSetScheduler(int pid, int policy, ref int priority);
#pragma warning restore SYSLIB1054

    /// <summary>Bytes the calling thread read and wrote through system calls (Linux: rchar and wchar of /proc), which
    /// do not depend on what else the machine runs.</summary>
    private static (long Read, long Written) ThreadIo()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/proc/thread-self/io"))
        {
            return (0, 0);
        }

        long read = 0, written = 0;
        foreach (var line in File.ReadAllLines("/proc/thread-self/io"))
        {
            if (line.StartsWith("rchar:", StringComparison.Ordinal))
            {
                read = long.Parse(line.AsSpan(6).Trim(), CultureInfo.InvariantCulture);
            }
            else if (line.StartsWith("wchar:", StringComparison.Ordinal))
            {
                written = long.Parse(line.AsSpan(6).Trim(), CultureInfo.InvariantCulture);
            }
        }

        return (read, written);
    }

    /// <summary>The calling thread's user and system time in clock ticks (100 a second on Linux), from /proc.</summary>
    private static (long User, long System) ThreadTicks()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists("/proc/thread-self/stat"))
        {
            return (0, 0);
        }

        var stat = File.ReadAllText("/proc/thread-self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        // after the command: state is field 3, utime 14 and stime 15 (1-based over the whole line)
        return (long.Parse(fields[11], CultureInfo.InvariantCulture), long.Parse(fields[12], CultureInfo.InvariantCulture));
    }
}
