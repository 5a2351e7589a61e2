using System.Text.Json;
using Sitrep.Cli.Tests.Support;

namespace Sitrep.Cli.Tests.Commands;

public sealed class ExtractCommandTests
{
    private const string WireStory = """
        KYIV, Dec 10 (Sitrep Wire) - Russian forces launched an assault on Pokrovsk with around 30 armoured vehicles
        on Wednesday, Ukraine's 7th Rapid Response Corps said in a statement on Facebook.

        The corps said the attack was repelled and that four Russian soldiers were captured. The claim could not be
        independently verified.
        """;

    [Fact]
    public async Task Extract_File_PrintsOneObjectWithAllContractKeysValidAgainstSchema()
    {
        using var dir = new TempDir();
        var file = dir.File("wire.txt", WireStory);

        var result = await CliRun.InProcessAsync("extract", file, "--published", "2025-12-11");

        Assert.Equal(0, result.ExitCode);
        ContractChecks.AssertValid(result.Out, "extract");
        using var json = JsonDocument.Parse(result.Out);
        foreach (var key in new[] { "document", "places", "times", "quantities", "attributions", "claims", "events" })
        {
            Assert.True(json.RootElement.TryGetProperty(key, out _), $"missing top-level key {key}");
        }

        var document = json.RootElement.GetProperty("document");
        Assert.Equal("2025-12-11", document.GetProperty("published").GetString());
        Assert.Equal("argument", document.GetProperty("publishedFrom").GetString());
        Assert.Equal("en", document.GetProperty("language").GetString());
    }

    [Fact]
    public async Task Extract_SameFileTwice_SameDocumentId()
    {
        using var dir = new TempDir();
        var file = dir.File("wire.txt", WireStory);

        var first = await CliRun.InProcessAsync("extract", file);
        var second = await CliRun.InProcessAsync("extract", file);

        Assert.Equal(first.Out, second.Out);
    }

    [Fact]
    public async Task Extract_MissingFile_ExitsOneWithOneLineNamingTheFile()
    {
        using var dir = new TempDir();
        var missing = Path.Combine(dir.Path, "nowhere.html");

        var result = await CliRun.InProcessAsync("extract", missing);

        Assert.Equal(1, result.ExitCode);
        var lines = result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.Contains("nowhere.html", lines[0]);
        Assert.Empty(result.Out);
    }

    [Theory]
    [InlineData("extract", "--published", "11/12/2025")]
    [InlineData("extract", "--lang", "de")]
    [InlineData("frobnicate")]
    [InlineData("export", "--format", "xlsx")]
    [InlineData("events", "--from", "yesterday")]
    public async Task Run_BadUsage_ExitsTwoWithUsageLine(params string[] args)
    {
        var result = await CliRun.InProcessAsync(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage: sitrep", result.Err);
    }

    [Fact]
    public async Task Process_UnreadableInput_NoStackTrace()
    {
        using var dir = new TempDir();
        var binary = Path.Combine(dir.Path, "image.html");
        await File.WriteAllBytesAsync(binary, [0x00, 0xFF, 0xFE, 0x00, 0x89, 0x50, 0x4E, 0x47, 0x00, 0x00]);

        var result = await CliRun.ProcessAsync(dir.Path, "extract", binary);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("image.html", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
        Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Process_BadUsage_ExitsTwo()
    {
        using var dir = new TempDir();

        var result = await CliRun.ProcessAsync(dir.Path, "ingest");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("usage: sitrep", result.Err);
        Assert.DoesNotContain("   at ", result.Err);
    }
}
