using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Cli.Tests.Support;
using Sitrep.Storage;

namespace Sitrep.Cli.Tests.Commands;

/// <summary>Ingest of inputs several batches long: documents are extracted on several threads and several batches at
/// once, and still stored whole and in the order they were read.</summary>
public sealed class IngestPipelineTests : IDisposable
{
    private static readonly string[] Towns = ["Kharkiv", "Sumy", "Kherson", "Zaporizhzhia", "Dnipro", "Odesa", "Mykolaiv", "Poltava"];

    private readonly TempDir _dir = new();

    private string Db => Path.Combine(_dir.Path, "store.db");

    /// <summary>One line of JSON Lines: a short report of a drone strike on a town, on a day of December 2025 (the house
    /// number makes every text its own).</summary>
    private static string Line(string id, string outlet, string town, int day, int wounded, int house) => JsonSerializer.Serialize(new Dictionary<string, string>
    {
        ["id"] = id,
        ["outlet"] = outlet,
        ["published"] = $"2025-12-{day:00}",
        ["title"] = $"Drones hit {town}",
        ["text"] = string.Create(CultureInfo.InvariantCulture,
            $"Russian drones struck {town} on the night of {day} December, the regional governor said. {wounded} people were wounded and a warehouse at {house} Sadova Street burned down."),
    });

    /// <summary>
    /// 300 documents in one file (five batches) with a broken line among them, then a second file. The strike on
    /// Poltava is reported first in the first file and again, by another outlet, near the end of the second: the
    /// event's first report must be the one read first, so batches extracted at once are still stored in input order.
    /// </summary>
    [Fact]
    public async Task Ingest_SeveralBatchesWithABrokenLine_StoresEveryGoodDocumentInInputOrder()
    {
        var first = new StringBuilder();
        for (var i = 1; i <= 300; i++)
        {
            first.AppendLine(i == 150
                ? "{broken"
                : Line($"a{i:000}", "First Wire", i == 7 ? "Poltava" : Towns[i % 7], i == 7 ? 3 : 1 + (i % 28), 1 + (i % 5), i));
        }

        _dir.File("in/1.jsonl", first.ToString());
        var second = new StringBuilder();
        for (var i = 1; i <= 70; i++)
        {
            second.AppendLine(Line($"b{i:000}", "Second Wire", i == 66 ? "Poltava" : Towns[i % 7], i == 66 ? 3 : 1 + (i % 28), i == 66 ? 3 : 2, 1000 + i));
        }

        _dir.File("in/2.jsonl", second.ToString());

        var result = await CliRun.InProcessAsync("ingest", Path.Combine(_dir.Path, "in", "1.jsonl"), Path.Combine(_dir.Path, "in", "2.jsonl"), "--db", Db);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("1.jsonl:150", result.Err);
        Assert.Contains("369 documents added, 0 unchanged, 1 failed", result.Out);
        await using var store = await SitrepStores.OpenAsync(Db, TimeProvider.System, CancellationToken.None);
        var joined = new List<string?[]>();
        foreach (var poltava in await store.QueryEventsAsync(new EventQuery(Place: "Poltava")))
        {
            if (await store.GetEventReportsAsync(poltava.Id) is { Count: 2 } reports)
            {
                Assert.Equal("first report", reports[0].Reason);
                joined.Add([.. await Task.WhenAll(reports.Select(async r => (await store.GetDocumentAsync(r.DocumentId))?.Document.Outlet))]);
            }
        }

        Assert.NotEmpty(joined);
        Assert.All(joined, outlets => Assert.Equal(["First Wire", "Second Wire"], outlets));

        var again = await CliRun.InProcessAsync("ingest", Path.Combine(_dir.Path, "in"), "--db", Db);
        Assert.Contains("0 documents added, 369 unchanged, 1 failed", again.Out);
    }

    /// <summary>
    /// Ctrl+C in the middle of a long ingest: the command ends with "sitrep: cancelled" and exit code 130 (the output
    /// is flushed whatever the cancellation; neither an error escapes nor a wait for batches no thread will extract any
    /// more), and the store opens holding whole transactions of 64 documents.
    /// </summary>
    [Fact]
    public async Task Ingest_CancelledMidway_StopsAndKeepsWholeBatches()
    {
        const int Count = 12_000;
        var lines = new StringBuilder();
        for (var i = 1; i <= Count; i++)
        {
            lines.AppendLine(Line($"c{i:00000}", "Wire", Towns[i % Towns.Length], 1 + (i % 28), 1 + (i % 5), i));
        }

        var input = _dir.File("long.jsonl", lines.ToString());
        using var ctrlC = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        // The guard only turns a hang into a failure: 12,000 documents take far longer than the two seconds after
        // which the ingest is stopped.
        var result = await CliRun.InProcessAsync(ctrlC.Token, "ingest", input, "--db", Db).WaitAsync(TimeSpan.FromMinutes(5));

        Assert.Equal(130, result.ExitCode);
        Assert.Contains("sitrep: cancelled", result.Err);
        var status = await CliRun.InProcessAsync("status", "--db", Db, "--format", "json");
        Assert.Equal(0, status.ExitCode);
        var stored = JsonDocument.Parse(status.Out).RootElement.GetProperty("documents").GetInt32();
        Assert.True(stored < Count, $"the ingest was not stopped: {stored} documents stored");
        Assert.Equal(0, stored % 64); // whole transactions of 64 documents
    }

    public void Dispose() => _dir.Dispose();
}
