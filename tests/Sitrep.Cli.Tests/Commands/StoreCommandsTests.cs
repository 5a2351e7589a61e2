using System.Text.Json;
using Sitrep.Cli.Tests.Support;

namespace Sitrep.Cli.Tests.Commands;

/// <summary>ingest, events, claims, status and export against a real embedded store in a temporary folder.</summary>
public sealed class StoreCommandsTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string Db => Path.Combine(_dir.Path, "store.db");

    private string Corpus()
    {
        _dir.File("corpus/a.txt", """
            Published: 9 December 2025
            Drone strike on Kharkiv

            Russian drones struck an industrial area of Kharkiv overnight, regional governor Oleh Syniehubov said on
            Telegram. Two people were wounded, he said.
            """);
        _dir.File("corpus/b.txt", """
            date 2025-12-10
            Assault near Pokrovsk repelled

            Russian troops attacked Ukrainian positions south of Pokrovsk on Tuesday with about a dozen armoured
            vehicles, the 7th Rapid Response Corps said. The assault was repelled, the corps said.
            """);
        _dir.File("corpus/c.jsonl", """
            {"id":"x1","url":"https://wire.example.org/1","outlet":"Example Wire","published":"2025-12-11","title":"Shelling in Kherson","text":"Russian artillery shelled Kherson on Thursday morning, killing one civilian, the regional military administration said."}
            """);
        return Path.Combine(_dir.Path, "corpus");
    }

    [Fact]
    public async Task Ingest_SameFolderTwice_EventsOutputIdentical()
    {
        var corpus = Corpus();

        var first = await CliRun.InProcessAsync("ingest", corpus, "--db", Db);
        var eventsAfterFirst = await CliRun.InProcessAsync("events", "--db", Db, "--format", "json");
        var second = await CliRun.InProcessAsync("ingest", corpus, "--db", Db);
        var eventsAfterSecond = await CliRun.InProcessAsync("events", "--db", Db, "--format", "json");

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("3 documents added", first.Out);
        Assert.Contains("0 documents added, 3 unchanged", second.Out);
        Assert.Equal(eventsAfterFirst.Out, eventsAfterSecond.Out);
    }

    [Fact]
    public async Task Status_Json_ReportsTheCounts()
    {
        await CliRun.InProcessAsync("ingest", Corpus(), "--db", Db);

        var result = await CliRun.InProcessAsync("status", "--db", Db, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal(3, json.RootElement.GetProperty("documents").GetInt64());
        Assert.True(json.RootElement.GetProperty("events").GetInt64() >= 1);
        Assert.True(json.RootElement.TryGetProperty("claims", out _));
        Assert.Equal(0, json.RootElement.GetProperty("quarantined").GetInt64());
    }

    [Fact]
    public async Task Ingest_BadLineAmongGoodOnes_StoresTheGoodQuarantinesTheBadExitsOne()
    {
        var corpus = Corpus();
        _dir.File("corpus/d.jsonl", "{\"id\":\"y1\",\"outlet\":\"Example\",\"text\":\"Russian drones hit Sumy on Monday.\",\"published\":\"2025-12-08\"}\n{not json\n");

        var result = await CliRun.InProcessAsync("ingest", corpus, "--db", Db);
        var status = await CliRun.InProcessAsync("status", "--db", Db, "--format", "json");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("d.jsonl:2", result.Err);
        using var json = JsonDocument.Parse(status.Out);
        Assert.Equal(4, json.RootElement.GetProperty("documents").GetInt64());
        Assert.Equal(1, json.RootElement.GetProperty("quarantined").GetInt64());
    }

    [Fact]
    public async Task Export_GeoJson_IsFeatureCollectionOfPoints()
    {
        await CliRun.InProcessAsync("ingest", Corpus(), "--db", Db);

        var result = await CliRun.InProcessAsync("export", "--format", "geojson", "--db", Db);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Equal("FeatureCollection", json.RootElement.GetProperty("type").GetString());
        var features = json.RootElement.GetProperty("features");
        Assert.True(features.GetArrayLength() >= 1);
        foreach (var f in features.EnumerateArray())
        {
            Assert.Equal("Feature", f.GetProperty("type").GetString());
            var coordinates = f.GetProperty("geometry").GetProperty("coordinates");
            var lon = coordinates[0].GetDouble();
            var lat = coordinates[1].GetDouble();
            Assert.InRange(lon, 22, 41); // Ukraine, longitude first
            Assert.InRange(lat, 44, 53);
        }
    }

    [Fact]
    public async Task Export_AcledCsv_HasAcledHeaderAndOneRowPerEvent()
    {
        await CliRun.InProcessAsync("ingest", Corpus(), "--db", Db);
        var events = await CliRun.InProcessAsync("events", "--db", Db, "--format", "json");
        var output = Path.Combine(_dir.Path, "acled.csv");

        var result = await CliRun.InProcessAsync("export", "--format", "acled-csv", "--db", Db, "-o", output);

        Assert.Equal(0, result.ExitCode);
        var lines = File.ReadAllLines(output);
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1", lines[0]);
        Assert.Contains("geo_precision", lines[0]);
        Assert.Contains("fatalities", lines[0]);
        using var json = JsonDocument.Parse(events.Out);
        Assert.Equal(json.RootElement.GetArrayLength(), lines.Length - 1);
    }

    [Fact]
    public async Task Events_FilterByPlace_OnlyThatPlace()
    {
        await CliRun.InProcessAsync("ingest", Corpus(), "--db", Db);

        var result = await CliRun.InProcessAsync("events", "--db", Db, "--place", "Kharkiv", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        Assert.True(json.RootElement.GetArrayLength() >= 1);
        foreach (var e in json.RootElement.EnumerateArray())
        {
            Assert.Equal("Kharkiv", e.GetProperty("location").GetProperty("name").GetString());
        }
    }

    [Fact]
    public async Task Demo_NoServe_LoadsSampleCorpusAndPrintsSummary()
    {
        var result = await CliRun.InProcessAsync("demo", "--no-serve", "--db", Db, "--samples", Repo.Path("samples"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("documents added", result.Out);
        Assert.Contains("Latest events", result.Out);
        Assert.Contains("Contested claims", result.Out);
        var status = await CliRun.InProcessAsync("status", "--db", Db, "--format", "json");
        using var json = JsonDocument.Parse(status.Out);
        Assert.True(json.RootElement.GetProperty("documents").GetInt64() >= 30);
    }

    public void Dispose() => _dir.Dispose();
}
