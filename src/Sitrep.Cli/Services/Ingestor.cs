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

    public async Task<IngestReport> IngestAsync(IReadOnlyList<string> inputs, ReaderOptions options, CancellationToken ct)
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
                    foreach (var source in sources)
                    {
                        task.Description = $"ingesting {Markup.Escape(Path.GetFileName(source))}";
                        await IngestSourceAsync(source, options, report, ct);
                        task.Increment(1);
                    }
                });
        }
        else
        {
            foreach (var source in sources)
            {
                await IngestSourceAsync(source, options, report, ct);
            }
        }

        return report;
    }

    private async Task IngestSourceAsync(string source, ReaderOptions options, IngestReport report, CancellationToken ct)
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
                await StoreBatchAsync(batch, report, ct);
                batch.Clear();
            }
        }

        await StoreBatchAsync(batch, report, ct);
    }

    /// <summary>Extracts a batch in parallel (skipping documents already stored) and stores it in input order, in one
    /// transaction: an interrupted ingest keeps whole batches, and running it again adds the rest.</summary>
    private async Task StoreBatchAsync(List<Document> batch, IngestReport report, CancellationToken ct)
    {
        var fresh = new List<Document>(batch.Count);
        foreach (var document in batch)
        {
            if (await store.HasDocumentAsync(document.Id, ct))
            {
                report.Unchanged++;
            }
            else
            {
                fresh.Add(document);
            }
        }

        var outputs = new ExtractOutput[fresh.Count];
        Parallel.For(0, fresh.Count, new ParallelOptions { CancellationToken = ct }, i =>
            outputs[i] = ExtractOutputMapper.Map(SitrepPipeline.Default.Process(fresh[i], ct)));

        var added = await store.AddDocumentsAsync([.. outputs.Select((o, i) => new NewDocument(o, fresh[i].Metadata.Origin))], ct);
        foreach (var isNew in added)
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
        report.Failed++;
        await env.Error.WriteLineAsync($"sitrep: {error}");
        await store.QuarantineAsync(error, ct);
    }
}

internal sealed class IngestReport
{
    public int Added { get; set; }

    public int Unchanged { get; set; }

    public int Failed { get; set; }

    public override string ToString() => $"{Added} documents added, {Unchanged} unchanged, {Failed} failed";
}
