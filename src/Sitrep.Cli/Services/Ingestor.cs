using System.Runtime;
using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Sitrep.Core.Contract;
using Sitrep.Core.Documents;
using Sitrep.Core.Errors;
using Sitrep.Extraction;
using Sitrep.Ingest;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Services;

/// <summary>ingest -> extraction -> store, for every document of every input, with progress on a terminal.</summary>
internal sealed class Ingestor(ISitrepStore store, CliEnvironment env)
{
    private const int BatchSize = 64;

    /// <summary>Extracted batches waiting for the store. Every document waiting outlives a few young-generation
    /// collections and dies in the old generation, so fewer in flight means less garbage between full collections:
    /// at most 256 documents are in flight (two being stored, one waiting, one being extracted).</summary>
    private const int BatchesAhead = 1;

    /// <summary>When storing falls behind, the batches waiting for it (of the same source) are stored in one
    /// transaction, up to this many documents: events touched by every batch (a place reported on every day) are
    /// written once instead of once per batch, and there are fewer commits.</summary>
    private const int MaxStoredAtOnce = 2 * BatchSize;

    /// <summary>
    /// In the natively compiled app, extraction uses every core: its one extracting thread is the slower side of the
    /// pipeline, and the storing thread leaves part of its core idle (on two cores, 2,000 documents took 6-9 % less
    /// time, for the same CPU; docs/benchmarks.md, "Native AOT"). JIT-compiled, one core is left to the thread that
    /// stores and the compiler: sharing both with them cost about 15 % more CPU per document.
    /// </summary>
    private static readonly int ExtractionThreads = RuntimeFeature.IsDynamicCodeSupported
        ? Math.Max(1, Environment.ProcessorCount - 1)
        : Environment.ProcessorCount;

    /// <summary>
    /// Ingest is a throughput job: with background (concurrent) collections the heap kept growing while the
    /// previous generation-2 collection ran, and large strings (the stored JSON of events with thousands of
    /// reports) piled up; blocking collections keep the peak far lower at no measurable cost in time.
    /// </summary>
    public async Task<IngestReport> IngestAsync(IReadOnlyList<string> inputs, ReaderOptions options, CancellationToken ct)
    {
        var latency = GCSettings.LatencyMode;
        GCSettings.LatencyMode = GCLatencyMode.Batch;
        try
        {
            return await IngestInputsAsync(inputs, options, ct);
        }
        finally
        {
            GCSettings.LatencyMode = latency;
        }
    }

    /// <summary>Managed heap (live data and garbage not yet collected) beyond which a transaction ends with a compacting
    /// collection, whatever the count of transactions: at hundreds of documents a day storing allocates 2-4 MB per
    /// document, and without it the heap grew to twice the live data between full collections (docs/benchmarks.md,
    /// "Memory at density").</summary>
    private const long HeapSoftLimit = 224L * 1024 * 1024;

    /// <summary>Transactions between two compacting collections (see <see cref="CompactHeap"/>).</summary>
    private const int CompactEvery = 16;

    /// <summary>
    /// Events reported from one place day after day grow to thousands of reports, and their stored JSON (megabytes)
    /// is written again by every transaction that touches them: those large strings fragment the large-object heap,
    /// which is never compacted on its own, and the process grew by about 200 MB over 20,000 documents. A compacting
    /// collection every few thousand documents costs a fraction of a millisecond per document.
    /// </summary>
    private static void CompactHeap()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private async Task<IngestReport> IngestInputsAsync(IReadOnlyList<string> inputs, ReaderOptions options, CancellationToken ct)
    {
        var report = new IngestReport();
        var sources = new List<string>();
        foreach (var expanded in DocumentReader.ExpandInputs(inputs))
        {
            if (expanded.IsSuccess)
            {
                sources.Add(expanded.Value!);
            }
            else
            {
                await FailAsync(report, expanded.Error!, ct);
            }
        }

        if (env.IsTerminal && sources.Count > 0)
        {
            await AnsiConsole.Progress()
                .AutoClear(true)
                .HideCompleted(false)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("ingesting", maxValue: sources.Count);
                    await PipelineAsync(sources, options, report,
                        source => task.Description = $"ingesting {Markup.Escape(Path.GetFileName(source))}", () => task.Increment(1), ct);
                });
        }
        else
        {
            await PipelineAsync(sources, options, report, null, null, ct);
        }

        return report;
    }

    /// <summary>
    /// Reading and extraction run ahead of storing, at most <see cref="BatchesAhead"/> batches, so the store writes one
    /// batch while the next ones are extracted and memory stays flat however large the input. Batches are stored in
    /// input order; each batch is one transaction, and batches never span two sources.
    /// </summary>
    private async Task PipelineAsync(List<string> sources, ReaderOptions options, IngestReport report, Action<string>? started, Action? finished, CancellationToken ct)
    {
        var channel = Channel.CreateBounded<ExtractedBatch>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var source in sources)
                {
                    await ExtractSourceAsync(source, options, report, channel.Writer, stop.Token);
                }

                channel.Writer.Complete();
            }
            catch (Exception ex)
            {
                channel.Writer.Complete(ex);
            }
        }, CancellationToken.None);

        try
        {
            string? current = null;
            var stored = 0;
            using var log = MemoryLog.FromEnvironment(env.Error);
            await foreach (var first in channel.Reader.ReadAllAsync(stop.Token))
            {
                if (first.Source != current)
                {
                    current = first.Source;
                    started?.Invoke(first.Source);
                }

                var batch = first;
                while (!batch.EndsSource && batch.Documents.Length + BatchSize <= MaxStoredAtOnce &&
                       channel.Reader.TryPeek(out var next) && next.Source == batch.Source && channel.Reader.TryRead(out next))
                {
                    batch = batch.Then(next);
                }

                await StoreBatchAsync(batch, report, stop.Token);
                if (++stored % CompactEvery == 0 || GC.GetTotalMemory(false) > HeapSoftLimit)
                {
                    CompactHeap();
                }

                log?.Transaction(report.Added + report.Unchanged);

                if (batch.EndsSource)
                {
                    finished?.Invoke();
                }
            }
        }
        finally
        {
            await stop.CancelAsync();
            await producer;
        }
    }

    private async Task ExtractSourceAsync(string source, ReaderOptions options, IngestReport report, ChannelWriter<ExtractedBatch> output, CancellationToken ct)
    {
        var batch = new List<Document>(BatchSize);
        await foreach (var item in DocumentReader.ReadSourceAsync(source, options, ct))
        {
            if (!item.IsSuccess)
            {
                await FailAsync(report, item.Error!, ct);
                continue;
            }

            batch.Add(item.Value!);
            if (batch.Count == BatchSize)
            {
                await output.WriteAsync(await ExtractAsync(source, batch, false, ct), ct);
                batch = new List<Document>(BatchSize);
            }
        }

        await output.WriteAsync(await ExtractAsync(source, batch, true, ct), ct);
    }

    /// <summary>Extracts a batch in parallel, skipping documents already stored, and prepares what the store writes
    /// (serialised JSON) on the same threads.</summary>
    private async Task<ExtractedBatch> ExtractAsync(string source, List<Document> batch, bool endsSource, CancellationToken ct)
    {
        var stored = await store.StoredDocumentIdsAsync([.. batch.Select(d => d.Id)], ct);
        var fresh = batch.Where(d => !stored.Contains(d.Id)).ToList();

        var outputs = new NewDocument[fresh.Count];
        Parallel.For(0, fresh.Count, new ParallelOptions { CancellationToken = ct, MaxDegreeOfParallelism = ExtractionThreads }, i =>
        {
            outputs[i] = new NewDocument(ExtractOutputMapper.Map(SitrepPipeline.Default.Process(fresh[i], ct)), fresh[i].Metadata.Origin).Compact(store.ExtractionForm);
        });
        return new ExtractedBatch(source, outputs, batch.Count - fresh.Count, endsSource);
    }

    /// <summary>Stores extracted batches in one transaction: an interrupted ingest keeps whole transactions, and running it
    /// again adds the rest.</summary>
    private async Task StoreBatchAsync(ExtractedBatch batch, IngestReport report, CancellationToken ct)
    {
        report.Unchanged += batch.AlreadyStored;
        foreach (var isNew in await store.AddDocumentsAsync(batch.Documents, ct))
        {
            if (isNew)
            {
                report.Added++;
            }
            else
            {
                report.Unchanged++;
            }
        }
    }

    private async Task FailAsync(IngestReport report, SitrepError error, CancellationToken ct)
    {
        report.Fail();
        await env.Error.WriteLineAsync($"sitrep: {error}");
        await store.QuarantineAsync(error, ct);
    }
}

internal sealed record ExtractedBatch(string Source, NewDocument[] Documents, int AlreadyStored, bool EndsSource)
{
    /// <summary>This batch followed by the next one of the same source, stored together.</summary>
    public ExtractedBatch Then(ExtractedBatch next) =>
        new(Source, [.. Documents, .. next.Documents], AlreadyStored + next.AlreadyStored, next.EndsSource);
}

internal sealed class IngestReport
{
    public int Added { get; set; }

    public int Unchanged { get; set; }

    private int failed;

    /// <summary>Counted by the reading side of the pipeline, read by the storing side.</summary>
    public int Failed => Volatile.Read(ref failed);

    public void Fail() => Interlocked.Increment(ref failed);

    public override string ToString() => $"{Added} documents added, {Unchanged} unchanged, {Failed} failed";
}
