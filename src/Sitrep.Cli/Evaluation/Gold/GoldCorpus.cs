using Sitrep.Core.Documents;
using Sitrep.Core.Errors;
using Sitrep.Ingest;

namespace Sitrep.Cli.Evaluation.Gold;

/// <summary>
/// Pairs every gold file <c>GOLD/&lt;source&gt;.gold.json</c> with its source <c>SAMPLES/&lt;source&gt;</c> (read as
/// <c>sitrep extract</c> reads it) and with the predictions for the same documents, in ordinal order of sources.
/// </summary>
public static class GoldCorpus
{
    public const string Suffix = ".gold.json";

    public static async Task<Result<IReadOnlyList<DocumentPair>>> LoadAsync(
        string goldDirectory, string samplesDirectory, IPredictionSource predictions, CancellationToken ct)
    {
        if (!Directory.Exists(goldDirectory))
        {
            return new SitrepError(ErrorCodes.Unreadable, "gold directory not found", new SourceLocation(goldDirectory));
        }

        var pairs = new List<DocumentPair>();
        var files = Directory.GetFiles(goldDirectory, "*" + Suffix).Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var source = Path.GetFileName(file)[..^Suffix.Length];
            var loaded = await LoadSourceAsync(file, Path.Combine(samplesDirectory, source), source, predictions, ct);
            if (!loaded.IsSuccess)
            {
                return loaded.Error!;
            }

            pairs.AddRange(loaded.Value!);
        }

        return Result<IReadOnlyList<DocumentPair>>.Ok(pairs);
    }

    public static async Task<Result<List<DocumentPair>>> LoadSourceAsync(
        string goldFile, string sourcePath, string source, IPredictionSource predictions, CancellationToken ct)
    {
        var gold = EvalFile.Read(goldFile);
        if (!gold.IsSuccess)
        {
            return gold.Error!;
        }

        if (!File.Exists(sourcePath) && !Directory.Exists(sourcePath))
        {
            return new SitrepError(ErrorCodes.Unreadable, $"no source '{source}' for this gold file in the samples directory", new SourceLocation(goldFile));
        }

        var documents = await ReadDocumentsAsync(sourcePath, ct);
        if (!documents.IsSuccess)
        {
            return documents.Error!;
        }

        if (documents.Value!.Count != gold.Value!.Count)
        {
            return new SitrepError(ErrorCodes.BadValue, $"{gold.Value.Count} documents, the source has {documents.Value.Count}", new SourceLocation(goldFile));
        }

        var predicted = predictions.For(source, documents.Value, ct);
        if (!predicted.IsSuccess)
        {
            return predicted.Error!;
        }

        return Pair(goldFile, source, documents.Value, gold.Value, predicted.Value, predictions.NameFor(source));
    }

    private static Result<List<DocumentPair>> Pair(
        string goldFile, string source, List<Document> documents, List<EvalDocumentDto> gold, List<EvalDocumentDto>? predicted, string predictionsName)
    {
        var pairs = new List<DocumentPair>(documents.Count);
        for (var i = 0; i < documents.Count; i++)
        {
            var text = documents[i].Text;
            var goldReader = new AnswersReader(goldFile, i, text, strict: true);
            var goldAnswers = goldReader.Read(gold[i]);
            if (goldReader.Error is { } error)
            {
                return error;
            }

            var predictedReader = new AnswersReader(predictionsName, i, text, strict: false);
            var predictedAnswers = predicted is null ? Empty : predictedReader.Read(predicted[i]);
            if (predictedReader.Error is { } bad)
            {
                return bad;
            }

            var language = gold[i].Document?.Language ?? documents[i].Language;
            pairs.Add(new DocumentPair($"{source}#{i + 1}", language, text, AnswersReader.TolerancesOf(gold[i].Tolerances), goldAnswers, predictedAnswers));
        }

        return Result<List<DocumentPair>>.Ok(pairs);
    }

    /// <summary>The documents of a source file, or of every file of a source directory (a Telegram export) in ordinal order.</summary>
    public static async Task<Result<List<Document>>> ReadDocumentsAsync(string sourcePath, CancellationToken ct)
    {
        var documents = new List<Document>();
        foreach (var file in DocumentReader.ExpandInputs([sourcePath]))
        {
            if (!file.IsSuccess)
            {
                return file.Error!;
            }

            await foreach (var item in DocumentReader.ReadSourceAsync(file.Value!, new ReaderOptions(), ct))
            {
                if (!item.IsSuccess)
                {
                    return item.Error!;
                }

                documents.Add(item.Value!);
            }
        }

        return Result<List<Document>>.Ok(documents);
    }

    private static Answers Empty { get; } = new(null, null, null, null, null, null);
}
