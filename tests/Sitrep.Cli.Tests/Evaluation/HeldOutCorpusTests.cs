using Sitrep.Cli.Tests.Support;

namespace Sitrep.Cli.Tests.Evaluation;

/// <summary>
/// The held-out gold corpus (data/eval/gold/heldout: sources in its <c>sources/</c>, annotated blind, never tuned
/// on) is scored by <c>sitrep eval heldout</c> and by <c>sitrep eval</c> as the corpus <c>heldout</c>, and meets
/// its floors in data/eval/floors.json. A change that makes extraction worse on unseen text fails here.
/// </summary>
public sealed class HeldOutCorpusTests : IDisposable
{
    private const string Source = "Russian drones struck Kupiansk overnight, the regional governor said on Monday.";

    private const string Gold = """
        [ { "document": { "published": "2025-11-03", "language": "en" },
            "places": [ { "text": "Kupiansk", "geonameId": 703656, "lat": 49.71, "lon": 37.616, "role": "location" } ] } ]
        """;

    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task EvalHeldout_BundledCorpusAndFloors_EveryFloorIsMet()
    {
        var heldout = Repo.Path("data", "eval", "gold", "heldout");
        var sources = Directory.GetFiles(heldout, "*.gold.json").Length;

        var result = await CliRun.InProcessAsync("eval", "heldout", "--gold", heldout, "--floors", Repo.Path("data", "eval", "floors.json"));

        Assert.True(result.ExitCode == 0, result.Out + result.Err);
        Assert.Contains("== heldout: held-out gold", result.Out, StringComparison.Ordinal);
        Assert.Contains($"{sources} documents, {sources} sources", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("floor missed", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalHeldout_GoldDirectoryWithSourcesFolder_ReadsTheSourcesBesideTheGold()
    {
        _dir.File("set/k.txt.gold.json", Gold);
        _dir.File("set/sources/k.txt", Source);

        var result = await CliRun.InProcessAsync("eval", "heldout", "--gold", Path.Combine(_dir.Path, "set"), "--floors", _dir.File("none.json", "{}"));

        Assert.True(result.ExitCode == 0, result.Out + result.Err);
        Assert.Contains("== heldout:", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"places\.found\s+\|\s+1 \|", result.Out);
    }

    [Fact]
    public async Task EvalHeldout_NoSourcesFolder_FailsNamingTheGoldFile()
    {
        _dir.File("set/k.txt.gold.json", Gold);

        var result = await CliRun.InProcessAsync("eval", "heldout", "--gold", Path.Combine(_dir.Path, "set"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("k.txt.gold.json", result.Err, StringComparison.Ordinal);
        Assert.Contains("no source 'k.txt'", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_HeldoutDirectoryWithoutGold_SkipsHeldoutAndScoresTheOthers()
    {
        _dir.File("empty/readme.txt", "nothing here");
        _dir.File("set/k.txt.gold.json", Gold);
        _dir.File("samples/k.txt", Source);

        var result = await CliRun.InProcessAsync(
            "eval", "--gold", Path.Combine(_dir.Path, "set"), "--samples", Path.Combine(_dir.Path, "samples"),
            "--heldout", Path.Combine(_dir.Path, "empty"),
            "--ucdp", Repo.Path("tests", "Sitrep.Cli.Tests", "Evaluation", "Data", "ucdp-slice.csv"), "--floors", _dir.File("none.json", "{}"));

        Assert.True(result.ExitCode == 0, result.Out + result.Err);
        Assert.Contains("heldout: skipped", result.Out, StringComparison.Ordinal);
        Assert.Contains("pass --heldout DIR", result.Out, StringComparison.Ordinal);
        Assert.Contains("== gold:", result.Out, StringComparison.Ordinal);
        Assert.Contains("== ucdp:", result.Out, StringComparison.Ordinal);
    }
}
