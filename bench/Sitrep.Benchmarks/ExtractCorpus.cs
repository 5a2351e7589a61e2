using Sitrep.Core.Contract;
using Sitrep.Core.Pipeline;
using Sitrep.Extraction;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Text;
using Sitrep.Extraction.Time;
using Sitrep.Ingest;

namespace Sitrep.Benchmarks;

/// <summary>
/// What <c>sitrep extract</c> does, over every document of one source (a JSON Lines file of many records) in one
/// process: read, run the default pipeline, write the extract JSON of each document as one JSON array. Nothing is
/// stored, so this is the extraction cost without the store and reconciliation that <c>sitrep ingest</c> adds.
/// </summary>
internal static class ExtractCorpus
{
    /// <summary>The default pipeline, or the text stage and only the stages named ("time", "places,time"): what a
    /// peer that finds only dates, or only places and dates, is compared with. Null for an unknown list.</summary>
    public static ExtractionPipeline? Pipeline(string? only)
    {
        switch (only)
        {
            case null:
                return SitrepPipeline.Default;
            case "time":
                return new PipelineBuilder().Add(new TextStage()).Add(new TimeStage()).Build();
            case "places,time":
                return new PipelineBuilder().Add(new TextStage()).Add(new PlacesStage()).Add(new TimeStage()).Build();
            default:
                return null;
        }
    }

    public static async Task<int> RunAsync(string path, ExtractionPipeline pipeline, TextWriter output, CancellationToken ct)
    {
        var failed = 0;
        var first = true;
        await output.WriteAsync('[');
        await foreach (var read in DocumentReader.ReadSourceAsync(path, new ReaderOptions(), ct))
        {
            if (!read.IsSuccess)
            {
                failed++;
                continue;
            }

            var document = pipeline.Process(read.Value!, ct);
            await output.WriteAsync(first ? "\n" : ",\n");
            await output.WriteAsync(SitrepJson.Serialize(ExtractOutputMapper.Map(document), indented: false));
            first = false;
        }

        await output.WriteLineAsync("\n]");
        await output.FlushAsync(ct);
        return failed == 0 ? 0 : 1;
    }
}
