namespace Sitrep.Cli.Evaluation.Scoring;

/// <summary>
/// Pairs gold items with predicted items, each used at most once: gold items in order, each takes the unused
/// prediction that satisfies the rule with the highest preference (for spans, the longest overlap; first wins ties).
/// </summary>
public static class OneToOne
{
    public static List<(int Gold, int Predicted)> Match<TGold, TPredicted>(
        IReadOnlyList<TGold> gold,
        IReadOnlyList<TPredicted> predicted,
        Func<TGold, TPredicted, bool> rule,
        Func<TGold, TPredicted, int>? preference = null)
    {
        var used = new bool[predicted.Count];
        var pairs = new List<(int, int)>();
        for (var g = 0; g < gold.Count; g++)
        {
            var best = -1;
            var bestScore = int.MinValue;
            for (var p = 0; p < predicted.Count; p++)
            {
                if (used[p] || !rule(gold[g], predicted[p]))
                {
                    continue;
                }

                var score = preference?.Invoke(gold[g], predicted[p]) ?? 0;
                if (score > bestScore)
                {
                    best = p;
                    bestScore = score;
                }
            }

            if (best >= 0)
            {
                used[best] = true;
                pairs.Add((g, best));
            }
        }

        return pairs;
    }
}
