using Sitrep.Cli.Evaluation.Gold;

namespace Sitrep.Cli.Evaluation.Scoring;

/// <summary>
/// Scores predictions against a gold corpus field by field (data/eval/gold/README.md): counts are summed over
/// documents (micro-averaged), overall and per language. A field a gold document leaves out is not scored for it;
/// a field the predictions never fill in any document is "not attempted" (<paramref name="attemptsEverything"/>:
/// Sitrep's own run, where an empty or null field is a real answer).
/// </summary>
public static class GoldScorer
{
    public static CorpusReport Score(string corpus, string description, IReadOnlyList<DocumentPair> pairs, bool attemptsEverything = false)
    {
        var sheet = new ScoreSheet();
        foreach (var field in GoldFields.All)
        {
            sheet.Declare(field, GoldFields.Shares.Contains(field));
        }

        var misses = new List<Miss>();
        foreach (var pair in pairs)
        {
            var d = new DocumentScorer(pair, sheet, misses);
            var (g, p) = (pair.Gold, pair.Predicted);
            if (g.Published is { } published)
            {
                d.Count(GoldFields.Published, new[] { published }, p.Published is { } ours ? new[] { ours } : [], (a, b) => a == b);
                if (p.Published != published)
                {
                    misses.Add(new Miss(pair.Name, GoldFields.Published, Iso(published), p.Published is { } x ? Iso(x) : "(nothing)", ""));
                }
            }

            if (g.Places is not null)
            {
                SpanFieldScoring.Places(d, g.Places, p.Places ?? []);
            }

            if (g.Times is not null)
            {
                SpanFieldScoring.Times(d, g.Times, p.Times ?? []);
            }

            if (g.Quantities is not null)
            {
                SpanFieldScoring.Quantities(d, g.Quantities, p.Quantities ?? []);
            }

            if (g.Attributions is not null)
            {
                SpanFieldScoring.Attributions(d, g.Attributions, p.Attributions ?? []);
            }

            if (g.Claims is not null)
            {
                SetFieldScoring.Claims(d, g.Claims, p.Claims ?? []);
            }

            if (g.Events is not null)
            {
                SetFieldScoring.Events(d, g.Events, p.Events ?? []);
            }
        }

        var attempted = Attempted(pairs);
        bool IsAttempted(string field) => attemptsEverything || attempted.Contains(GoldFields.Family(field));
        var notes = new List<string> { $"{pairs.Count} documents, {pairs.Select(p => p.Name[..p.Name.LastIndexOf('#')]).Distinct().Count()} sources" };
        return new CorpusReport(corpus, description, sheet.Totals(IsAttempted), sheet.ByLanguage(IsAttempted),
            misses.Where(m => IsAttempted(m.Field)).ToList(), notes);
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The field families the predictions fill in at least one document.</summary>
    public static HashSet<string> Attempted(IEnumerable<DocumentPair> pairs)
    {
        var families = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in pairs.Select(p => p.Predicted))
        {
            Add("published", p.Published);
            Add("places", p.Places);
            Add("times", p.Times);
            Add("quantities", p.Quantities);
            Add("attributions", p.Attributions);
            Add("claims", p.Claims);
            Add("events", p.Events);
        }

        void Add(string family, object? list)
        {
            if (list is not null)
            {
                families.Add(family);
            }
        }

        return families;
    }
}
