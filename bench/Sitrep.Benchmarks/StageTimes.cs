using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Documents;
using Sitrep.Extraction;
using Sitrep.Ingest;

namespace Sitrep.Benchmarks;

/// <summary>
/// `stage-times FILE [ROUNDS]`: reads every document of FILE into memory once, then runs the default pipeline over
/// all of them ROUNDS times (the first round is a warm-up and is not counted), timing each stage. Prints, per stage,
/// milliseconds per document, share of the total and allocations; the best round (least disturbed on a shared
/// machine); and documents per CPU second of the process over the counted
/// rounds (the pipeline runs on one thread, so that is also documents per second of one core), and the same for the
/// first round (what the first pass of a process costs, JIT compilation included). It also times, outside the totals,
/// what the extracting threads of `sitrep ingest` do after the stages: mapping to the output contract and preparing
/// what the store writes (<see cref="Sitrep.Storage.NewDocument.Compact"/>).
/// </summary>
internal static class StageTimes
{
    public static async Task<int> RunAsync(string path, int rounds, TextWriter output, CancellationToken ct)
    {
        var documents = new List<Document>();
        await foreach (var read in DocumentReader.ReadSourceAsync(path, new ReaderOptions(), ct))
        {
            if (read.IsSuccess)
            {
                documents.Add(read.Value!);
            }
        }

        var pipeline = SitrepPipeline.Default;
        var ticks = new long[pipeline.Stages.Count];
        var firstRound = new long[pipeline.Stages.Count];
        var bytes = new long[pipeline.Stages.Count];
        var threadCpu = new long[pipeline.Stages.Count];
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pause = TimeSpan.Zero;
        var bestRound = long.MaxValue;
        var cpu = TimeSpan.Zero;
        var firstCpu = TimeSpan.Zero;
        long mapCpu = 0, prepareCpu = 0, mapBytes = 0, prepareBytes = 0;
        for (var round = 0; round <= rounds; round++)
        {
            var cpuStart = Process.GetCurrentProcess().TotalProcessorTime;
            var roundStart = Stopwatch.GetTimestamp();
            if (round == 1)
            {
                gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
                pause = GC.GetTotalPauseDuration();
            }

            foreach (var source in documents)
            {
                var document = new Document(source.Text, source.Metadata);
                for (var i = 0; i < pipeline.Stages.Count; i++)
                {
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var threadStart = ThreadCpu.Nanoseconds();
                    var start = Stopwatch.GetTimestamp();
                    pipeline.Stages[i].Process(document, ct);
                    if (round > 0)
                    {
                        bytes[i] += GC.GetAllocatedBytesForCurrentThread() - allocated;
                        threadCpu[i] += ThreadCpu.Nanoseconds() - threadStart;
                    }

                    (round > 0 ? ticks : firstRound)[i] += Stopwatch.GetTimestamp() - start;
                }

                {
                    var allocated = GC.GetAllocatedBytesForCurrentThread();
                    var threadStart = ThreadCpu.Nanoseconds();
                    var output0 = Sitrep.Core.Contract.ExtractOutputMapper.Map(document);
                    var mid = ThreadCpu.Nanoseconds();
                    var midAllocated = GC.GetAllocatedBytesForCurrentThread();
                    _ = new Sitrep.Storage.NewDocument(output0, document.Metadata.Origin).Compact();
                    if (round > 0)
                    {
                        mapCpu += mid - threadStart;
                        prepareCpu += ThreadCpu.Nanoseconds() - mid;
                        mapBytes += midAllocated - allocated;
                        prepareBytes += GC.GetAllocatedBytesForCurrentThread() - midAllocated;
                    }
                }
            }

            if (round > 0)
            {
                cpu += Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
                bestRound = Math.Min(bestRound, Stopwatch.GetTimestamp() - roundStart);
            }
            else
            {
                firstCpu = Process.GetCurrentProcess().TotalProcessorTime - cpuStart;
            }
        }

        // the first round's CPU (the process's, JIT threads included) spread over the stages by their share of its time
        var firstTotal = firstRound.Sum();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first round CPU: {firstCpu.TotalSeconds:F2} s = {documents.Count / firstCpu.TotalSeconds:F0} documents per CPU second; by stage {string.Join(", ", firstRound.Select((t, i) => $"{pipeline.Stages[i].Name} {firstCpu.TotalMilliseconds * t / firstTotal / documents.Count:F3}"))} CPU ms/doc"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first round (warm-up, not counted): {string.Join(", ", firstRound.Select((t, i) => $"{pipeline.Stages[i].Name} {t * 1000.0 / Stopwatch.Frequency / documents.Count:F3}"))} ms/doc"));
        var runs = (double)documents.Count * rounds;
        var total = ticks.Sum();
        for (var i = 0; i < ticks.Length; i++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{pipeline.Stages[i].Name,-12} {ticks[i] * 1000.0 / Stopwatch.Frequency / runs,8:F3} ms/doc {100.0 * ticks[i] / total,6:F1}% {bytes[i] / runs / 1024,8:F1} KB/doc {threadCpu[i] / 1e6 / runs,8:F3} thread CPU ms/doc"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"map",-12} {mapCpu / 1e6 / runs,8:F3} thread CPU ms/doc {mapBytes / runs / 1024,8:F1} KB/doc; {"prepare",-12} {prepareCpu / 1e6 / runs,8:F3} thread CPU ms/doc {prepareBytes / runs / 1024,8:F1} KB/doc (not in the totals)"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"thread CPU",-12} {threadCpu.Sum() / 1e6 / runs,8:F3} ms/doc (the pipeline thread's own CPU time around each stage, GC it triggered included)"));

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{"total",-12} {total * 1000.0 / Stopwatch.Frequency / runs,8:F3} ms/doc; {documents.Count} documents x {rounds} rounds; {runs / cpu.TotalSeconds:F0} documents per CPU second; best round {bestRound * 1000.0 / Stopwatch.Frequency / documents.Count:F3} ms/doc"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"GC over the counted rounds: gen0 {GC.CollectionCount(0) - gcs.Item1}, gen1 {GC.CollectionCount(1) - gcs.Item2}, gen2 {GC.CollectionCount(2) - gcs.Item3}, paused {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:F0} ms; heap {GC.GetGCMemoryInfo().HeapSizeBytes / 1048576} MB"));
        return 0;
    }
}
