using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.VisualBasic.FileIO;
using Sitrep.Cli.Tests.Support;
using Sitrep.Export;

namespace Sitrep.Cli.Tests.Commands;

/// <summary>The exports read back with ordinary readers carry the events as <c>events --format json</c> shows them.</summary>
public sealed class ExportFormatsTests : IDisposable
{
    /// <summary>ACLED's own column names, in ACLED's order.</summary>
    private static readonly string[] AcledHeader =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    private readonly TempDir _dir = new();

    private string Db => Path.Combine(_dir.Path, "store.db");

    [Fact]
    public async Task Export_AcledCsv_ReadsBackWithAcledHeadersAndTheEventsFields()
    {
        var events = await IngestAsync();
        var output = Path.Combine(_dir.Path, "acled.csv");

        var result = await CliRun.InProcessAsync("export", "--format", "acled-csv", "--db", Db, "-o", output);

        Assert.Equal(0, result.ExitCode);
        var (header, rows) = ReadCsv(output);
        Assert.Equal(AcledHeader, header);
        Assert.Equal(events.Count, rows.Count);
        foreach (var e in events)
        {
            var row = Assert.Single(rows, r => r["event_id_cnty"] == (string)e["id"]!);
            var location = e["location"]!;
            Assert.Equal((string?)e["from"], row["event_date"]);
            Assert.Equal(((string)e["from"]!)[..4], row["year"]);
            Assert.Equal((string?)e["timePrecision"] == "day" ? "1" : "2", row["time_precision"]);
            Assert.Equal(AcledNames.EventType((string)e["type"]!), row["event_type"]);
            Assert.Equal((string?)e["subtype"], AcledNames.FromAcled(row["sub_event_type"]));
            Assert.Equal((string?)location["name"], row["location"]);
            Assert.Equal((string?)location["admin1"], row["admin1"]);
            Assert.Equal("Ukraine", row["country"]);
            Assert.Equal((double)location["lat"]!, double.Parse(row["latitude"], CultureInfo.InvariantCulture), 5);
            Assert.Equal((double)location["lon"]!, double.Parse(row["longitude"], CultureInfo.InvariantCulture), 5);
            Assert.Equal(((int)location["precision"]!).ToString(CultureInfo.InvariantCulture), row["geo_precision"]);
            Assert.Contains((string)e["evidence"]![0]!["text"]!, row["notes"], StringComparison.Ordinal);
            foreach (var source in e["sources"]!.AsArray().Select(s => (string)s!["name"]!))
            {
                Assert.Contains(source, row["source"], StringComparison.Ordinal);
            }
        }

        // a note with commas and quotation marks survives the quoting
        Assert.Contains(rows, r => r["notes"].Contains("\"", StringComparison.Ordinal) && r["notes"].Contains(',', StringComparison.Ordinal));
        Assert.Contains(rows, r => r["fatalities"] == "1");
    }

    [Fact]
    public async Task Export_Parquet_ReadsBackOneRowPerEventWithCodes()
    {
        var events = await IngestAsync();
        var output = Path.Combine(_dir.Path, "events.parquet");

        var result = await CliRun.InProcessAsync("export", "--format", "parquet", "--db", Db, "-o", output);

        Assert.Equal(0, result.ExitCode);
        await using var file = File.OpenRead(output);
        var rows = await ParquetEventWriter.ReadAsync(file, TestContext.Current.CancellationToken);
        Assert.Equal(events.Select(e => (string)e["id"]!).Order(), rows.Select(r => r.Id).Order());
        foreach (var e in events)
        {
            var row = rows.Single(r => r.Id == (string)e["id"]!);
            Assert.Equal((string?)e["subtype"], row.Subtype);
            Assert.Equal((double)e["location"]!["lat"]!, row.Latitude);
            Assert.Equal((string?)e["from"], row.DateFrom);
            Assert.Equal(EventCodes.Of(row.Subtype, row.Trigger).Cameo, row.Cameo);
            Assert.NotNull(row.Documents);
        }

        Assert.Contains(rows, r => r.Subtype == "shelling_artillery_missile_attack" && r.Plover == "ASSAULT/explosives" && r.Cameo == "194");
    }

    [Fact]
    public async Task Export_Parquet_HasAColumnForEveryRowFieldInOrder()
    {
        await IngestAsync();
        var output = Path.Combine(_dir.Path, "columns.parquet");

        var result = await CliRun.InProcessAsync("export", "--format", "parquet", "--db", Db, "-o", output);

        Assert.Equal(0, result.ExitCode);
        await using var file = File.OpenRead(output);
        await using var reader = await Parquet.ParquetReader.CreateAsync(file, cancellationToken: TestContext.Current.CancellationToken);
        // the columns are written one by one: none of the row's fields may be left out or moved
        Assert.Equal(typeof(EventRow).GetProperties().Select(p => p.Name), reader.Schema.DataFields.Select(f => f.Name));
        // and a column may hold no value exactly when its field may be null (the confidence always has one)
        Assert.Equal(typeof(EventRow).GetProperties().Select(p => p.PropertyType != typeof(double)), reader.Schema.DataFields.Select(f => f.IsNullable));
    }

    [Fact]
    public async Task Export_ParquetToStandardOutput_FailsWithLocatedError()
    {
        await IngestAsync();

        var result = await CliRun.InProcessAsync("export", "--format", "parquet", "--db", Db);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("--output", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_JsonLines_EachEventCarriesPloverAndCameo()
    {
        var events = await IngestAsync();

        var result = await CliRun.InProcessAsync("export", "--format", "jsonl", "--db", Db);

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(events.Count, lines.Count);
        var drone = Assert.Single(lines, l => (string?)l["subtype"] == "air_drone_strike");
        Assert.Equal("ASSAULT/aerial", (string?)drone["plover"]);
        Assert.Equal("195", (string?)drone["cameo"]);
    }

    public void Dispose() => _dir.Dispose();

    private async Task<List<JsonNode>> IngestAsync()
    {
        _dir.File("corpus/a.txt", """
            Published: 9 December 2025
            Drone strike on Kharkiv

            Russian drones struck an industrial area of Kharkiv overnight, regional governor Oleh Syniehubov said on
            Telegram. Two people were wounded, he said.
            """);
        _dir.File("corpus/c.jsonl", """
            {"id":"x1","url":"https://wire.example.org/1","outlet":"Example Wire","published":"2025-12-11","title":"Shelling in Kherson","text":"Russian artillery shelled the \"Tavriia\" market in Kherson on Thursday morning, killing one civilian, the regional military administration said."}
            """);
        var ingest = await CliRun.InProcessAsync("ingest", Path.Combine(_dir.Path, "corpus"), "--db", Db);
        Assert.Equal(0, ingest.ExitCode);
        var events = await CliRun.InProcessAsync("events", "--db", Db, "--format", "json");
        return [.. JsonNode.Parse(events.Out)!.AsArray().Select(e => e!)];
    }

    private static (string[] Header, List<Dictionary<string, string>> Rows) ReadCsv(string path)
    {
        using var parser = new TextFieldParser(path) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true };
        parser.SetDelimiters(",");
        var header = parser.ReadFields()!;
        var rows = new List<Dictionary<string, string>>();
        while (!parser.EndOfData)
        {
            var fields = parser.ReadFields()!;
            Assert.Equal(header.Length, fields.Length);
            rows.Add(header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal));
        }

        return (header, rows);
    }
}
