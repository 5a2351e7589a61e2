using System.Text;
using Sitrep.Core.Errors;

namespace Sitrep.Ingest.Tests.Records;

public class JsonLinesStreamTests
{
    private static readonly string[] Stories =
    [
        "ZAPORIZHZHIA, Nov 3 (Steppe Wire) - Russian drones struck an energy facility in Zaporizhzhia overnight, the regional governor said, leaving parts of the city without power.",
        "Вночі ворог атакував Нікополь з важкої артилерії, пошкоджено дві багатоповерхівки, постраждалих немає, повідомили в районній адміністрації.",
        "По данным местных властей, в результате обстрела Белгорода пострадали три человека, повреждены линии электропередачи.",
        "The brigade's drone unit says it destroyed two fuel trucks near Pokrovsk on Sunday; the claim could not be independently verified.",
    ];

    private static string Record(int i) =>
        $$"""{"id":"s-{{i}}","url":"https://oblast.example/n/{{i}}","published":"2025-11-{{1 + (i % 28):00}}","text":"{{Stories[i % Stories.Length]}} Update {{i}}."}""";

    [Fact]
    public async Task ReadSource_FileOverWholeFileLimit_StreamsEveryRecord()
    {
        using var temp = new TempFolder();
        var lines = Enumerable.Range(0, 2000).Select(Record).ToList();
        var path = temp.Write("big.jsonl", string.Join('\n', lines) + "\n");
        var options = new ReaderOptions { MaxBytes = 16 * 1024, MaxLineBytes = 4096 };
        Assert.True(new FileInfo(path).Length > 10 * options.MaxBytes);

        var results = await Inputs.ReadAll(path, options);

        Assert.Equal(2000, results.Count);
        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.ToString()));
        Assert.Equal(path + ":1500", results[1499].Value!.Metadata.Origin);
        Assert.EndsWith("Update 1999.", results[1999].Value!.Text);
    }

    [Theory]
    [InlineData(10)]
    [InlineData(100_000)]
    public async Task ReadSource_LineOverLineLimit_IsLocatedAndTheNextRecordsLoad(int overBy)
    {
        using var temp = new TempFolder();
        var longLine = $$"""{"text":"{{new string('x', 4096 + overBy)}}"}""";
        var path = temp.Write("mixed.jsonl", string.Join('\n', Record(1), longLine, Record(2), Record(3)));

        var results = await Inputs.ReadAll(path, new ReaderOptions { MaxLineBytes = 4096 });

        Assert.Equal([true, false, true, true], results.Select(r => r.IsSuccess));
        Assert.Equal(ErrorCodes.LimitExceeded, results[1].Error!.Code);
        Assert.StartsWith($"{path}:2: line longer than 4096 bytes", results[1].Error!.ToString());
        Assert.Equal(path + ":3", results[2].Value!.Metadata.Origin);
        Assert.Equal(path + ":4", results[3].Value!.Metadata.Origin);
    }

    [Fact]
    public async Task ReadSource_MalformedLineInLargeFile_IsLocatedAndReadingGoesOn()
    {
        using var temp = new TempFolder();
        var lines = Enumerable.Range(0, 300).Select(Record).ToList();
        lines[200] = """{"text":"Shelling of Kherson, "url": """;
        var path = temp.Write("broken.jsonl", string.Join('\n', lines));

        var results = await Inputs.ReadAll(path, new ReaderOptions { MaxBytes = 4096 });

        Assert.Equal(300, results.Count);
        Assert.Equal(ErrorCodes.Malformed, results[200].Error!.Code);
        Assert.Equal(new SourceLocation(path, 201), results[200].Error!.Location);
        Assert.True(results[201].IsSuccess);
    }

    [Theory]
    [InlineData("\r\n", false, "")]
    [InlineData("\r\n", true, "\r\n")]
    [InlineData("\n", true, "\n\n")]
    [InlineData("\n", false, "\n   \n")]
    public async Task ReadSource_LineEndsBomAndTrailingBlankLines_ReadTheSameRecords(string newline, bool bom, string tail)
    {
        using var temp = new TempFolder();
        var body = Encoding.UTF8.GetBytes(string.Join(newline, Record(0), Record(1), Record(2)) + tail);
        var path = temp.Write("records.jsonl", bom ? [0xEF, 0xBB, 0xBF, .. body] : body);

        var results = await Inputs.ReadAll(path, new ReaderOptions { MaxBytes = 512 });

        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.True(r.IsSuccess, r.Error?.ToString()));
        Assert.Equal("https://oblast.example/n/0", results[0].Value!.Metadata.Url);
        Assert.Equal(Stories[1] + " Update 1.", results[1].Value!.Text);
        Assert.Equal(path + ":3", results[2].Value!.Metadata.Origin);
    }

    [Fact]
    public async Task ReadOne_LargeJsonLinesFile_GivesTheFirstRecord()
    {
        using var temp = new TempFolder();
        var path = temp.Write("many.jsonl", string.Join('\n', Enumerable.Range(0, 500).Select(Record)));

        var result = await DocumentReader.ReadOneAsync(path, new ReaderOptions { MaxBytes = 1024 }, TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(path + ":1", result.Value!.Metadata.Origin);
    }

    [Fact]
    public async Task ReadSource_JsonArrayOverWholeFileLimit_IsStillTooLarge()
    {
        using var temp = new TempFolder();
        var path = temp.Write("array.json", "[\n" + string.Join(",\n", Enumerable.Range(0, 100).Select(Record)) + "\n]");

        var results = await Inputs.ReadAll(path, new ReaderOptions { MaxBytes = 2048 });

        Assert.Equal(ErrorCodes.TooLarge, Assert.Single(results).Error!.Code);
    }
}
