using System.Text.Json;
using Sitrep.Cli.Evaluation.Gold;
using Sitrep.Core.Errors;

namespace Sitrep.Cli.Evaluation.Scoring;

/// <summary>A field whose value (F1, or a share) is below its floor.</summary>
public sealed record FloorMiss(string Corpus, string Field, double Value, double Floor);

/// <summary>
/// Minimum values per corpus and field (data/eval/floors.json): <c>{ "gold": { "places.id": 0.8 }, "ucdp": { ... } }</c>.
/// A value is a field's F1 (precision/recall rows) or its share (share rows), between 0 and 1.
/// </summary>
public sealed class Floors(string source, IReadOnlyDictionary<string, Dictionary<string, double>> floors)
{
    public static Floors None { get; } = new("(none)", new Dictionary<string, Dictionary<string, double>>());

    public static Result<Floors> Read(string path)
    {
        if (!File.Exists(path))
        {
            return new SitrepError(ErrorCodes.Unreadable, "file not found", new SourceLocation(path));
        }

        try
        {
            var parsed = JsonSerializer.Deserialize(File.ReadAllText(path), EvalJsonContext.Default.DictionaryStringDictionaryStringDouble);
            return parsed is null
                ? new SitrepError(ErrorCodes.Malformed, "expected an object of corpora", new SourceLocation(path, 1))
                : Result<Floors>.Ok(new Floors(path, parsed));
        }
        catch (JsonException ex)
        {
            return EvalFile.Located(ex, path);
        }
    }

    /// <summary>The fields of <paramref name="report"/> below their floor; a floor naming no field of the report is an error.</summary>
    public Result<List<FloorMiss>> Check(CorpusReport report)
    {
        var misses = new List<FloorMiss>();
        if (!floors.TryGetValue(report.Corpus, out var fields))
        {
            return Result<List<FloorMiss>>.Ok(misses);
        }

        foreach (var (field, floor) in fields)
        {
            var row = report.Fields.FirstOrDefault(f => f.Field == field);
            if (row is null)
            {
                return new SitrepError(ErrorCodes.BadValue, $"'{report.Corpus}.{field}': no such field (fields: {string.Join(", ", report.Fields.Select(f => f.Field))})", new SourceLocation(source));
            }

            if (row.Attempted && row.Value < floor - 1e-9)
            {
                misses.Add(new FloorMiss(report.Corpus, field, row.Value, floor));
            }
        }

        return Result<List<FloorMiss>>.Ok(misses);
    }
}
