using Sitrep.Core.Contract;
using Sitrep.Core.Documents;
using Sitrep.Core.Errors;
using Sitrep.Core.Pipeline;

namespace Sitrep.Cli.Evaluation.Gold;

/// <summary>Where the predictions for a source's documents come from.</summary>
public interface IPredictionSource
{
    /// <summary>One entry per document, or null when this source has no predictions at all (nothing attempted).</summary>
    Result<List<EvalDocumentDto>?> For(string source, IReadOnlyList<Document> documents, CancellationToken ct);

    /// <summary>How errors in this source's predictions are located (a file name).</summary>
    string NameFor(string source);
}

/// <summary>
/// Sitrep itself: runs the pipeline and reads its <c>extract</c> JSON back, the same path a peer takes. With
/// <paramref name="saveTo"/>, also writes that JSON as <c>&lt;source&gt;.json</c> there: every document's text for
/// a peer to work on, and a predictions directory <see cref="DirectoryPredictions"/> reads back.
/// </summary>
public sealed class PipelinePredictions(ExtractionPipeline pipeline, string? saveTo = null) : IPredictionSource
{
    public string NameFor(string source) => $"sitrep extract {source}";

    public Result<List<EvalDocumentDto>?> For(string source, IReadOnlyList<Document> documents, CancellationToken ct)
    {
        var outputs = new List<ExtractOutput>(documents.Count);
        foreach (var document in documents)
        {
            outputs.Add(ExtractOutputMapper.Map(pipeline.Process(document, ct)));
        }

        if (saveTo is not null)
        {
            Directory.CreateDirectory(saveTo);
            File.WriteAllText(Path.Combine(saveTo, source + ".json"), SitrepJson.Serialize(outputs) + "\n");
        }

        var parsed = EvalFile.Parse(SitrepJson.Serialize(outputs, indented: false), source);
        return parsed.IsSuccess ? Result<List<EvalDocumentDto>?>.Ok(parsed.Value) : parsed.Error!;
    }
}

/// <summary>
/// Another system's output: <c>DIR/&lt;source&gt;.json</c>, an array shaped like <c>sitrep extract</c> output. A
/// missing file means the system attempted nothing for that source.
/// </summary>
public sealed class DirectoryPredictions(string directory) : IPredictionSource
{
    public string NameFor(string source) => Path.Combine(directory, source + ".json");

    public Result<List<EvalDocumentDto>?> For(string source, IReadOnlyList<Document> documents, CancellationToken ct)
    {
        var path = NameFor(source);
        if (!File.Exists(path))
        {
            return Result<List<EvalDocumentDto>?>.Ok(null);
        }

        var read = EvalFile.Read(path);
        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        return read.Value!.Count == documents.Count
            ? Result<List<EvalDocumentDto>?>.Ok(read.Value)
            : new SitrepError(ErrorCodes.BadValue, $"{read.Value.Count} documents, the source has {documents.Count}", new SourceLocation(path));
    }
}
