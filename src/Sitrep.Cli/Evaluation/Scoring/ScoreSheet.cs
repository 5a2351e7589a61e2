namespace Sitrep.Cli.Evaluation.Scoring;

/// <summary>Sums counts per field over documents (micro-averaging), overall and per language, in first-seen field order.</summary>
public sealed class ScoreSheet
{
    private readonly List<string> _order = [];
    private readonly Dictionary<string, bool> _share = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Language, string Field), (int Gold, int Predicted, int Matched)> _counts = [];

    /// <summary>Declares a field so it is listed (with zeros) even when no document scores it.</summary>
    public void Declare(string field, bool isShare)
    {
        if (_share.TryAdd(field, isShare))
        {
            _order.Add(field);
        }
    }

    public void Add(string language, string field, int gold, int predicted, int matched)
    {
        var (g, p, m) = _counts.GetValueOrDefault((language, field));
        _counts[(language, field)] = (g + gold, p + predicted, m + matched);
    }

    public IReadOnlyList<FieldScore> Totals(Func<string, bool> attempted) => Rows(null, attempted);

    public IReadOnlyDictionary<string, IReadOnlyList<FieldScore>> ByLanguage(Func<string, bool> attempted)
    {
        var result = new SortedDictionary<string, IReadOnlyList<FieldScore>>(StringComparer.Ordinal);
        foreach (var language in _counts.Keys.Select(k => k.Language).Distinct())
        {
            result[language] = Rows(language, attempted);
        }

        return result;
    }

    private List<FieldScore> Rows(string? language, Func<string, bool> attempted)
    {
        var rows = new List<FieldScore>(_order.Count);
        foreach (var field in _order)
        {
            int g = 0, p = 0, m = 0;
            foreach (var ((lang, f), c) in _counts)
            {
                if (f == field && (language is null || lang == language))
                {
                    g += c.Gold;
                    p += c.Predicted;
                    m += c.Matched;
                }
            }

            rows.Add(new FieldScore(field, _share[field], g, p, m, attempted(field)));
        }

        return rows;
    }
}
