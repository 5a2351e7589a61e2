using System.Collections.Concurrent;
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

    /// <summary>Batches between reading and stored: read and waiting, being extracted, extracted and waiting, and being
    /// stored. Every document in flight outlives a few young-generation collections and dies in the old generation,
    /// so fewer in flight means less garbage between full collections: at most 256 documents.</summary>
    private const int BatchesInFlight = 4;

    /// <summary>When storing falls behind, the batches waiting for it (of the same source) are stored in one
    /// transaction, up to this many documents: events touched by every batch (a place reported on every day) are
    /// written once instead of once per batch, and there are fewer commits.</summary>
    private const int MaxStoredAtOnce = 2 * BatchSize;

    /// <summary>
    /// In the natively compiled app, extraction uses every core while nothing is being stored, and the last extracting
    /// thread pauses while a batch is stored, so the storing thread has a core of its own when it is the slower side
    /// (docs/benchmarks.md, "Native AOT" and "Thirteenth round: storing and the pipeline"). JIT-compiled, one core is
    /// left to the thread that stores and the compiler: sharing both with them cost about 15 % more CPU per document.
    /// </summary>
    private static readonly int ExtractionThreadCount = RuntimeFeature.IsDynamicCodeSupported
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
    /// Reading, extraction and storing run at once, each on its own threads, so that both cores have work all the
    /// time: the reader reads a source and looks up which of its documents are stored already, a few batches ahead;
    /// the extracting threads take documents one at a time in input order, from whichever batch is next, so no thread
    /// waits at the end of a batch for another's last document; the store writes each batch as soon as all its
    /// documents are extracted. At most <see cref="BatchesInFlight"/> batches are between reading and stored, so
    /// memory stays flat however large the input. Batches are stored in input order; each is one transaction (or two
    /// of one source together, see <see cref="MaxStoredAtOnce"/>), and batches never span two sources.
    /// </summary>
    private async Task PipelineAsync(List<string> sources, ReaderOptions options, IngestReport report, Action<string>? started, Action? finished, CancellationToken ct)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        using var room = new SemaphoreSlim(BatchesInFlight);
        var batches = Channel.CreateUnbounded<PendingBatch>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        using var extraction = new ExtractionThreads(ExtractionThreadCount, store.ExtractionForm, stop.Token);
        var producer = Task.Run(async () =>
        {
            try
            {
                foreach (var source in sources)
                {
                    await ReadSourceAsync(source, options, report, room, batches.Writer, extraction, stop.Token);
                }

                batches.Writer.Complete();
            }
            catch (Exception ex)
            {
                batches.Writer.Complete(ex);
            }
        }, CancellationToken.None);

        try
        {
            string? current = null;
            var stored = 0;
            using var log = MemoryLog.FromEnvironment(env.Error);
            await foreach (var first in batches.Reader.ReadAllAsync(stop.Token))
            {
                if (first.Source != current)
                {
                    current = first.Source;
                    started?.Invoke(first.Source);
                }

                var batch = await first.ExtractedAsync(stop.Token);
                var taken = 1;
                while (!batch.EndsSource && batch.Documents.Length + BatchSize <= MaxStoredAtOnce &&
                       batches.Reader.TryPeek(out var next) && next.Source == batch.Source && next.IsExtracted && batches.Reader.TryRead(out next))
                {
                    batch = batch.Then(await next.ExtractedAsync(stop.Token));
                    taken++;
                }

                extraction.Storing(true);
                try
                {
                    await StoreBatchAsync(batch, report, stop.Token);
                }
                finally
                {
                    extraction.Storing(false);
                }

                room.Release(taken);
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

    /// <summary>Reads a source into batches, looks up which documents of each are stored already, and hands the rest to
    /// the extracting threads, waiting while <see cref="BatchesInFlight"/> batches are not stored yet.</summary>
    private async Task ReadSourceAsync(string source, ReaderOptions options, IngestReport report, SemaphoreSlim room,
        ChannelWriter<PendingBatch> output, ExtractionThreads extraction, CancellationToken ct)
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
                await SubmitAsync(source, batch, false, room, output, extraction, ct);
                batch = new List<Document>(BatchSize);
            }
        }

        await SubmitAsync(source, batch, true, room, output, extraction, ct);
    }

    private async Task SubmitAsync(string source, List<Document> batch, bool endsSource, SemaphoreSlim room,
        ChannelWriter<PendingBatch> output, ExtractionThreads extraction, CancellationToken ct)
    {
        var stored = await store.StoredDocumentIdsAsync([.. batch.Select(d => d.Id)], ct);
        var fresh = batch.Where(d => !stored.Contains(d.Id)).ToArray();
        await room.WaitAsync(ct);
        var pending = new PendingBatch(source, fresh, batch.Count - fresh.Length, endsSource);
        await output.WriteAsync(pending, ct);
        extraction.Add(pending);
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

/// <summary>A batch read and handed to the extracting threads: each document's output fills in as a thread finishes
/// it, and the batch is extracted when the last one does (or failed when one failed).</summary>
internal sealed class PendingBatch
{
    private readonly Document?[] documents;
    private readonly NewDocument[] outputs;
    private readonly int alreadyStored;
    private readonly bool endsSource;
    private readonly TaskCompletionSource extracted = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int remaining;

    public PendingBatch(string source, Document[] documents, int alreadyStored, bool endsSource)
    {
        (Source, this.documents, this.alreadyStored, this.endsSource) = (source, documents, alreadyStored, endsSource);
        outputs = new NewDocument[documents.Length];
        remaining = documents.Length;
        if (remaining == 0)
        {
            extracted.SetResult();
        }
    }

    public string Source { get; }

    public int Count => documents.Length;

    public bool IsExtracted => extracted.Task.IsCompleted;

    /// <summary>The document to extract, no longer held by the batch: what extraction adds to it is not kept while the
    /// batch waits to be stored.</summary>
    public Document Take(int index) => Interlocked.Exchange(ref documents[index], null)!;

    public void Extracted(int index, NewDocument output)
    {
        outputs[index] = output;
        if (Interlocked.Decrement(ref remaining) == 0)
        {
            extracted.TrySetResult();
        }
    }

    public void Failed(Exception error) => extracted.TrySetException(error);

    /// <summary>The batch once all its documents are extracted; throws what extracting one of them threw. Once the
    /// ingest is cancelled the extracting threads stop taking documents, so the wait ends with the cancellation.</summary>
    public async Task<ExtractedBatch> ExtractedAsync(CancellationToken ct)
    {
        await extracted.Task.WaitAsync(ct);
        return new ExtractedBatch(Source, outputs, alreadyStored, endsSource);
    }
}

/// <summary>Threads that extract the documents of pending batches one at a time, in the order they were added, and
/// prepare what the store writes (serialised JSON) for each. With as many extracting threads as cores, the last of
/// them pauses while a batch is being stored: the storing thread then has a core of its own instead of a share of
/// two, so it keeps up, and no more threads have work than there are cores.</summary>
internal sealed class ExtractionThreads : IDisposable
{
    private readonly BlockingCollection<(PendingBatch Batch, int Index)> queue = [];
    private readonly ManualResetEventSlim notStoring = new(true);
    private readonly Thread[] threads;
    private readonly ExtractionForm form;
    private readonly CancellationToken ct;

    public ExtractionThreads(int count, ExtractionForm form, CancellationToken ct)
    {
        (this.form, this.ct) = (form, ct);
        threads = new Thread[count];
        for (var i = 0; i < count; i++)
        {
            var yields = i >= Environment.ProcessorCount - 1 && i > 0;
            threads[i] = new Thread(() => Run(yields)) { IsBackground = true, Name = "extracting" };
            threads[i].Start();
        }
    }

    public void Add(PendingBatch batch)
    {
        for (var i = 0; i < batch.Count; i++)
        {
            queue.Add((batch, i), ct);
        }
    }

    /// <summary>Whether the storing thread is writing a batch.</summary>
    public void Storing(bool storing)
    {
        if (storing)
        {
            notStoring.Reset();
        }
        else
        {
            notStoring.Set();
        }
    }

    private void Run(bool yields)
    {
        try
        {
            while (true)
            {
                if (yields)
                {
                    notStoring.Wait(ct); // before taking a document, so that none waits held by a paused thread
                }

                if (!queue.TryTake(out var item, Timeout.Infinite, ct))
                {
                    return; // no more batches
                }

                var (batch, index) = item;
                if (batch.IsExtracted)
                {
                    continue; // another of its documents failed
                }

                try
                {
                    var document = batch.Take(index);
                    var output = ExtractOutputMapper.Map(SitrepPipeline.Default.Process(document, ct));
                    batch.Extracted(index, new NewDocument(output, document.Metadata.Origin).Compact(form));
                }
                catch (Exception ex)
                {
                    batch.Failed(ex);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // the ingest stopped
        }
    }

    public void Dispose()
    {
        queue.CompleteAdding();
        notStoring.Set(); // a paused thread finds the queue ended and stops
        foreach (var thread in threads)
        {
            thread.Join();
        }

        queue.Dispose();
        notStoring.Dispose();
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
