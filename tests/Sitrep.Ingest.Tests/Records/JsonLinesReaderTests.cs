using Sitrep.Core.Documents;
using Sitrep.Core.Errors;

namespace Sitrep.Ingest.Tests.Records;

public class JsonLinesReaderTests
{
    [Fact]
    public async Task ReadSource_BadLines_AreLocatedAndTheOthersStillRead()
    {
        var path = Inputs.Path("Records/wire-batch.jsonl");
        var results = await Inputs.ReadAll(path);

        Assert.Equal(5, results.Count);
        Assert.Equal([true, true, false, false, true], results.Select(r => r.IsSuccess));
        Assert.Equal(new SourceLocation(path, 3), results[2].Error!.Location);
        Assert.Equal(ErrorCodes.Malformed, results[2].Error!.Code);
        Assert.Equal(new SourceLocation(path, 4), results[3].Error!.Location);
        Assert.Equal(ErrorCodes.MissingField, results[3].Error!.Code);
        Assert.Contains("text", results[3].Error!.Message);
    }

    [Fact]
    public async Task ReadSource_Record_ReadsFieldsWithRecordDate()
    {
        var path = Inputs.Path("Records/wire-batch.jsonl");
        var results = await Inputs.ReadAll(path);
        var doc = results[0].Value!;

        Assert.Equal("Ukraine says it hit Russian oil depot in Bryansk region", doc.Metadata.Title);
        Assert.Equal("https://wire.example/stories/r-1001", doc.Metadata.Url);
        Assert.Equal("Steppe Wire Service", doc.Metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 12, 11), doc.Metadata.Published);
        Assert.Equal(PublishedSource.Record, doc.Metadata.PublishedFrom);
        Assert.Equal(path + ":1", doc.Metadata.Origin);
        Assert.StartsWith("KYIV, Dec 11 (Steppe Wire) - Ukraine's general staff", doc.Text);
    }

    [Fact]
    public async Task ReadSource_RecordWithLang_DeclaresLanguage()
    {
        var results = await Inputs.ReadAll(Inputs.Path("Records/wire-batch.jsonl"));
        var doc = results[1].Value!;

        Assert.Equal("uk", doc.Metadata.DeclaredLanguage);
        Assert.Equal("uk", doc.Language);
        Assert.Null(results[0].Value!.Metadata.DeclaredLanguage);
    }

    [Fact]
    public async Task ReadSource_LineAfterBlankLine_KeepsItsFileLineNumber()
    {
        var path = Inputs.Path("Records/wire-batch.jsonl");
        var results = await Inputs.ReadAll(path);
        var doc = results[4].Value!;

        Assert.Equal(path + ":6", doc.Metadata.Origin);
        Assert.Equal(new DateOnly(2025, 12, 11), doc.Metadata.Published);
    }

    [Fact]
    public async Task ReadSource_NestingOverLimit_IsLimitExceeded()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-deep-{Guid.NewGuid():N}.jsonl");
        var deep = "{\"text\":\"ok\",\"x\":" + new string('[', 40) + new string(']', 40) + "}";
        await File.WriteAllTextAsync(path, "{\"text\":\"Shelling in Kherson.\"}\n" + deep + "\n", TestContext.Current.CancellationToken);
        try
        {
            var results = await Inputs.ReadAll(path, new ReaderOptions { MaxDepth = 16 });
            Assert.True(results[0].IsSuccess);
            Assert.Equal(ErrorCodes.LimitExceeded, results[1].Error!.Code);
            Assert.Equal(2, results[1].Error!.Location!.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReadSource_JsonArrayOfRecords_ReadsEachWithItsLine()
    {
        using var temp = new TempFolder();
        var path = temp.Write("scraped.json", """
            [
              {"url": "https://oblast.example/n/1", "outlet": "Oblast News", "published": "2025-12-09", "title": "Shelling of Kupiansk",
               "text": "Russian artillery shelled Kupiansk on Tuesday, damaging a school."},
              {"url": "https://oblast.example/n/2", "title": "No body here"},
              {"url": "https://oblast.example/n/3", "published": "2025-12-10", "text": "Drones hit a depot near Izium.", "lang": "en"}
            ]
            """);

        var results = await Inputs.ReadAll(path);

        Assert.Equal([true, false, true], results.Select(r => r.IsSuccess));
        Assert.Equal(path + ":2", results[0].Value!.Metadata.Origin);
        Assert.Equal("Oblast News", results[0].Value!.Metadata.Outlet);
        Assert.Equal(PublishedSource.Record, results[0].Value!.Metadata.PublishedFrom);
        Assert.Equal(new SourceLocation(path, 4), results[1].Error!.Location);
        Assert.Equal(new DateOnly(2025, 12, 10), results[2].Value!.Metadata.Published);
    }

    [Fact]
    public async Task ReadSource_JsonArrayCutShort_KeepsTheRecordsBeforeTheBreak()
    {
        using var temp = new TempFolder();
        var path = temp.Write("cut.json", "[\n{\"text\": \"Explosions in Kharkiv.\"},\n{\"text\": \"Air raid al");

        var results = await Inputs.ReadAll(path);

        Assert.Equal(2, results.Count);
        Assert.Equal("Explosions in Kharkiv.", results[0].Value!.Text);
        Assert.Equal(ErrorCodes.Malformed, results[1].Error!.Code);
        Assert.Equal(3, results[1].Error!.Location!.Line);
    }
}
