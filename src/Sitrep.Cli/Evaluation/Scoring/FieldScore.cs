namespace Sitrep.Cli.Evaluation.Scoring;

/// <summary>
/// One row of an evaluation table. A precision/recall row counts gold items, predicted items and matched pairs
/// (one-to-one, so matched predictions = matched gold). A share row (<see cref="IsShare"/>) counts
/// <see cref="Matched"/> right out of <see cref="Gold"/> (e.g. roles right among matched places).
/// </summary>
/// <param name="Attempted">False when the system under test never filled this field: shown as "-", no floor applies.</param>
public sealed record FieldScore(string Field, bool IsShare, int Gold, int Predicted, int Matched, bool Attempted = true)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public double Share => Gold == 0 ? 0 : (double)Matched / Gold;

    /// <summary>What a floor is compared with: F1, or the share.</summary>
    public double Value => IsShare ? Share : F1;
}

/// <summary>One miss a developer can read: which document, which field, what the gold says and what was predicted.</summary>
public sealed record Miss(string Document, string Field, string Gold, string Predicted, string Snippet);

/// <summary>The result of scoring one corpus: the table, the table per language, and the misses.</summary>
public sealed record CorpusReport(
    string Corpus,
    string Description,
    IReadOnlyList<FieldScore> Fields,
    IReadOnlyDictionary<string, IReadOnlyList<FieldScore>> ByLanguage,
    IReadOnlyList<Miss> Misses,
    IReadOnlyList<string> Notes)
{
    /// <summary>Another breakdown of the table (UCDP: by period), or null.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FieldScore>>? ByPeriod { get; init; }

    /// <summary>The first <paramref name="perField"/> misses of each field, in the order they were found.</summary>
    public IReadOnlyList<Miss> FirstMisses(int perField)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var shown = new List<Miss>();
        foreach (var miss in Misses)
        {
            var n = seen.GetValueOrDefault(miss.Field);
            if (n < perField)
            {
                shown.Add(miss);
            }

            seen[miss.Field] = n + 1;
        }

        return shown;
    }
}
