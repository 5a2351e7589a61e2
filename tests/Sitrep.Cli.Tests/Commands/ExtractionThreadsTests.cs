using Sitrep.Cli.Services;
using Sitrep.Cli.Tests.Support;
using Sitrep.Core.Documents;
using Sitrep.Storage;

namespace Sitrep.Cli.Tests.Commands;

/// <summary>The extracting threads as the natively compiled ingest runs them (as many as cores, at least two): the last
/// of them pauses while a batch is being stored, so that the storing thread has a core of its own.</summary>
public sealed class ExtractionThreadsTests
{
    private static readonly string[] Towns = ["Kharkiv", "Sumy", "Kherson", "Dnipro", "Odesa", "Poltava"];

    private static Document[] Reports(int day) => [.. Towns.Select((town, i) => new Document(
        $"Shelling hit {town} on {day} December, the regional administration said. {i + 2} people were wounded.",
        new DocumentMetadata { Title = $"Shelling in {town}", Outlet = "Regional desk", Published = new DateOnly(2025, 12, day) }))];

    /// <summary>While a batch is stored the threads that do not pause still extract the next one; once storing ends the
    /// rest is extracted too; and ending the threads while a batch is still being stored (a failed or stopped ingest)
    /// does not hang on the paused thread.</summary>
    [Fact]
    public async Task WhileABatchIsStored_ExtractionGoesOn_AndTheThreadsEnd()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var threads = new ExtractionThreads(Math.Max(2, Environment.ProcessorCount), ExtractionForm.Json, timeout.Token);
        try
        {
            threads.Storing(true);
            var during = new PendingBatch("a.jsonl", Reports(3), 0, false);
            threads.Add(during);
            var extracted = await during.ExtractedAsync(timeout.Token);
            Assert.Equal(Towns.Length, extracted.Documents.Length);
            Assert.Equal(Towns.Select(t => $"Shelling in {t}"), extracted.Documents.Select(d => d.Analysed.Document.Title));

            threads.Storing(false);
            var after = new PendingBatch("a.jsonl", Reports(4), 0, false);
            threads.Add(after);
            var next = await after.ExtractedAsync(timeout.Token);
            Assert.Equal(Towns.Length, next.Documents.Length);

            // what was extracted is what the store writes: every document, with its events
            using var dir = new TempDir();
            await using var store = await SitrepStores.OpenAsync(Path.Combine(dir.Path, "store.db"), TimeProvider.System, timeout.Token);
            await store.MigrateAsync(timeout.Token);
            await store.AddDocumentsAsync([.. extracted.Documents, .. next.Documents], timeout.Token);
            var status = await store.StatusAsync(timeout.Token);
            Assert.Equal(2 * Towns.Length, status.Documents);
            Assert.True(status.Events >= Towns.Length, $"{status.Events} events");

            threads.Storing(true);
        }
        finally
        {
            await Task.Run(threads.Dispose).WaitAsync(TimeSpan.FromMinutes(1));
        }
    }
}
