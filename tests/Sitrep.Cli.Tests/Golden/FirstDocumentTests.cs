using System.Text.Json.Nodes;
using Sitrep.Testing;
using Sitrep.Cli.Tests.Support;

namespace Sitrep.Cli.Tests.Golden;

/// <summary>
/// `sitrep extract` of one document is the first document its process ever reads: every table and cache the stages
/// build on first use is built during it. Its output must be what the same document gives after others (the golden
/// files are written in one process, after the documents sorted before them), or a user's one-off extract and the
/// ingest of a corpus would disagree.
/// </summary>
public sealed class FirstDocumentTests
{
    public static TheoryData<string> Sources()
    {
        var all = Directory.EnumerateFiles(Repo.Path("samples"), "*.txt")
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .ToList();
        var data = new TheoryData<string>();
        for (var i = 0; i < all.Count; i += 9)
        {
            data.Add(all[i]!);
        }

        // its first sentence with a trigger says "the enemy": read before the events stage's word table had been built
        data.Add("126-uk-ova-evening-hromadas-since-start-of-day.txt");
        return data;
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public async Task Extract_InAFreshProcess_GivesTheGoldenOutput(string source)
    {
        var run = await CliRun.ProcessAsync(Repo.Path(), "extract", Repo.Path("samples", source));

        Assert.True(run.ExitCode == 0, run.Err);
        var golden = JsonNode.Parse(File.ReadAllText(GoldenFile.Specs("samples", source + ".expected.json")))!.AsArray();
        var expected = Assert.Single(golden);
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(run.Out)), $"{source}: a fresh process's extract differs from the golden file");
    }
}
