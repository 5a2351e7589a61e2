using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Sitrep.Cli.Tests.Support;
using Sitrep.Core.Contract;
using Sitrep.Extraction;
using Sitrep.Ingest;

namespace Sitrep.Cli.Tests.Golden;

/// <summary>
/// Every document of the bundled sample corpus (samples/) against its expected extraction in tests/Specs/samples/.
/// A change in output fails with a readable line diff. To accept new output after reviewing it:
/// SITREP_UPDATE_GOLDEN=1 dotnet test --project tests/Sitrep.Cli.Tests
/// </summary>
public sealed class SampleCorpusGoldenTests
{
    public static TheoryData<string> Sources() => [.. SourceList()];

    private static IEnumerable<string> SourceList() =>
        Directory.EnumerateFiles(Repo.Path("samples"), "*", SearchOption.AllDirectories)
                     .Select(p => Path.GetRelativePath(Repo.Path("samples"), p).Replace('\\', '/'))
                     .Where(p => !p.EndsWith(".md", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal);

    [Fact]
    public void Corpus_HasAtLeastThirtyDocuments_WithFiveInUkrainianOrRussian()
    {
        var outputs = SourceList().Select(Extract).SelectMany(o => o).ToList();
        Assert.True(outputs.Count >= 30, $"{outputs.Count} documents");
        Assert.True(outputs.Count(o => o.Document.Language is "uk" or "ru") >= 5);
    }

    [Theory]
    [MemberData(nameof(Sources))]
    public void Extract_SampleSource_MatchesGolden(string source)
    {
        var outputs = Extract(source);
        var actual = SitrepJson.Serialize(outputs) + "\n";
        ContractChecks.AssertValid(actual, source);

        var goldenPath = Repo.Path("tests", "Specs", "samples", source + ".expected.json");
        if (Environment.GetEnvironmentVariable("SITREP_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            return;
        }

        Assert.True(File.Exists(goldenPath), $"no golden file for {source}; create it with SITREP_UPDATE_GOLDEN=1 after reviewing the output");
        var expected = File.ReadAllText(goldenPath);
        ContractChecks.AssertValid(expected, goldenPath);
        if (expected != actual)
        {
            Assert.Fail($"{source}: extraction differs from tests/Specs/samples/{source}.expected.json\n{Diff(expected, actual)}");
        }
    }

    private static List<ExtractOutput> Extract(string source)
    {
        var path = Repo.Path("samples", source);
        var outputs = new List<ExtractOutput>();
        var items = DocumentReader.ReadSourceAsync(path, new ReaderOptions(), CancellationToken.None).ToBlockingEnumerable();
        foreach (var item in items)
        {
            Assert.True(item.IsSuccess, $"{source}: {item.Error}");
            outputs.Add(ExtractOutputMapper.Map(SitrepPipeline.Default.Process(item.Value!)));
        }

        Assert.NotEmpty(outputs);
        return outputs;
    }

    private static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var lines = new List<string>();
        for (var i = 0; i < diff.Lines.Count && lines.Count < 60; i++)
        {
            var line = diff.Lines[i];
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            var prefix = line.Type == ChangeType.Deleted ? "- " : line.Type == ChangeType.Inserted ? "+ " : "  ";
            lines.Add($"{line.Position?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?",5} {prefix}{line.Text.Trim()}");
        }

        return "  (- expected, + actual)\n" + string.Join("\n", lines);
    }
}
