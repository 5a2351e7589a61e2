using BenchmarkDotNet.Attributes;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Benchmarks.Corpus;
using Sitrep.Extraction;

namespace Sitrep.Benchmarks;

/// <summary>
/// Each extraction stage alone, over documents of growing size. The document is prepared by the stages before
/// the one measured; the measured stage's output list is cleared before each run.
/// </summary>
[MemoryDiagnoser]
public class StageBenchmarks
{
    private ExtractionPipeline _pipeline = null!;
    private Document _document = null!;
    private string _text = null!;

    /// <summary>Approximate words per document.</summary>
    [Params(300, 3000)]
    public int Words { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pipeline = SitrepPipeline.CreateDefault();
        var file = Path.GetTempFileName();
        DenseCorpus.Write(file, 1, seed: Words);
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllText(file));
        File.Delete(file);
        _text = json.RootElement.GetProperty("text").GetString()!;
        while (_text.Split(' ').Length < Words)
        {
            _text += "\n\n" + _text;
        }

        _document = new Document(_text, new DocumentMetadata { Published = new DateOnly(2025, 12, 11), PublishedFrom = PublishedSource.Argument, Outlet = "Example Wire" });
        _pipeline.Process(_document);
    }

    [Benchmark]
    public int Text() => Run(0, d => d.Tokens.Count);

    [Benchmark]
    public int Places() => Run(1, d => { d.Places.Clear(); return 0; });

    [Benchmark]
    public int Time() => Run(2, d => { d.Times.Clear(); return 0; });

    [Benchmark]
    public int Quantities() => Run(3, d => { d.Quantities.Clear(); return 0; });

    [Benchmark]
    public int Attribution() => Run(4, d => { d.Attributions.Clear(); return 0; });

    [Benchmark]
    public int Claims() => Run(5, d => { d.Claims.Clear(); return 0; });

    [Benchmark]
    public int Events() => Run(6, d => { d.Events.Clear(); return 0; });

    [Benchmark(Baseline = true)]
    public int WholePipeline()
    {
        var document = new Document(_text, _document.Metadata);
        _pipeline.Process(document);
        return document.Events.Count;
    }

    private int Run(int stageIndex, Func<Document, int> reset)
    {
        reset(_document);
        _pipeline.Stages[stageIndex].Process(_document, CancellationToken.None);
        return _document.Places.Count + _document.Events.Count;
    }
}
