using Sitrep.Testing;


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

        var goldenPath = GoldenFile.Specs("samples", source + ".expected.json");
        if (File.Exists(goldenPath))
        {
            ContractChecks.AssertValid(File.ReadAllText(goldenPath), goldenPath);
        }

        GoldenFile.AssertMatches(goldenPath, actual, source);
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
}
