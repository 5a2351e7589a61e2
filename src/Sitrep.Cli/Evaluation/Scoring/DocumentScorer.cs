using Sitrep.Cli.Evaluation.Gold;

namespace Sitrep.Cli.Evaluation.Scoring;

/// <summary>Adds one document's counts for one field to the sheet, and its misses to the list.</summary>
internal sealed class DocumentScorer(DocumentPair pair, ScoreSheet sheet, List<Miss> misses)
{
    public DocumentPair Pair => pair;

    /// <summary>Counts gold, predicted and one-to-one matched items under one rule; returns the pairs.</summary>
    public List<(int Gold, int Predicted)> Count<TGold, TPredicted>(
        string field, IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted,
        Func<TGold, TPredicted, bool> rule, Func<TGold, TPredicted, int>? preference = null)
    {
        var pairs = OneToOne.Match(gold, predicted, rule, preference);
        sheet.Add(pair.Language, field, gold.Count, predicted.Count, pairs.Count);
        return pairs;
    }

    /// <summary>A share among matched pairs: how many of <paramref name="pairs"/> also satisfy <paramref name="right"/>.</summary>
    public void Share<TGold, TPredicted>(
        string field, IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted, List<(int Gold, int Predicted)> pairs,
        Func<TGold, bool> applies, Func<TGold, TPredicted, bool> right, Func<TGold, TPredicted, Miss?>? describeWrong = null)
    {
        int scored = 0, correct = 0;
        foreach (var (g, p) in pairs)
        {
            if (applies(gold[g]))
            {
                scored++;
                if (right(gold[g], predicted[p]))
                {
                    correct++;
                }
                else if (describeWrong?.Invoke(gold[g], predicted[p]) is { } miss)
                {
                    misses.Add(miss);
                }
            }
        }

        sheet.Add(pair.Language, field, scored, 0, correct);
    }

    /// <summary>
    /// Lists the misses under the strict rule: gold items it left unmatched (with the prediction found at the same
    /// place, if any) and predictions that match no gold item at all.
    /// </summary>
    public void Misses<TGold, TPredicted>(
        string field, IReadOnlyList<TGold> gold, IReadOnlyList<TPredicted> predicted,
        List<(int Gold, int Predicted)> strict, List<(int Gold, int Predicted)> found,
        Func<TGold, string> describeGold, Func<TPredicted, string> describePredicted,
        Func<TGold, TextRange?> goldRange, Func<TPredicted, TextRange?> predictedRange)
    {
        var matchedGold = strict.Select(s => s.Gold).ToHashSet();
        var matchedPredicted = strict.Select(s => s.Predicted).ToHashSet();
        var foundFor = found.ToDictionary(f => f.Gold, f => f.Predicted);
        var shown = new HashSet<int>();
        for (var g = 0; g < gold.Count; g++)
        {
            if (matchedGold.Contains(g))
            {
                continue;
            }

            var partner = foundFor.TryGetValue(g, out var p) && !matchedPredicted.Contains(p) ? p : -1;
            if (partner >= 0)
            {
                shown.Add(partner);
            }

            misses.Add(new Miss(pair.Name, field, describeGold(gold[g]), partner >= 0 ? describePredicted(predicted[partner]) : "(nothing)", Snippet(goldRange(gold[g]))));
        }

        for (var q = 0; q < predicted.Count; q++)
        {
            if (!matchedPredicted.Contains(q) && !shown.Contains(q))
            {
                misses.Add(new Miss(pair.Name, field, "(nothing)", describePredicted(predicted[q]), Snippet(predictedRange(predicted[q]))));
            }
        }
    }

    /// <summary>The text around a range on one line, the range in [brackets].</summary>
    public string Snippet(TextRange? range)
    {
        if (range is not { } r)
        {
            return "";
        }

        var text = pair.Text;
        var from = Math.Max(0, r.Start - 40);
        var to = Math.Min(text.Length, r.End + 40);
        var s = (from > 0 ? "..." : "") + text[from..r.Start] + "[" + text[r.Start..r.End] + "]" + text[r.End..to] + (to < text.Length ? "..." : "");
        return string.Join(' ', s.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
    }
}
