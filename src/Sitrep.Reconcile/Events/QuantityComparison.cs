using System.Globalization;
using Sitrep.Core.Contract;

namespace Sitrep.Reconcile.Events;

/// <summary>
/// How two reports' figures relate, unit by unit (same unit, and same side and subject when both give one):
/// a unit agrees when some pair of ranges overlaps (approximate figures widened by a quarter); it conflicts
/// strongly when no pair overlaps and even the closest pair differs at least threefold, or twofold and by ten or more.
/// Rising tolls (2 then 5 killed) are not a strong conflict.
/// </summary>
public sealed record QuantityComparison(IReadOnlyList<string> Agreeing, IReadOnlyList<string> Conflicting)
{
    public const double ApproximateWidening = 0.25;

    public bool StrongConflict => Conflicting.Count > 0;

    public static QuantityComparison Compare(IReadOnlyList<QuantityDto> a, IReadOnlyList<QuantityDto> b)
    {
        var agreeing = new List<string>();
        var conflicting = new List<string>();
        foreach (var unit in a.Select(q => q.Unit).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var left = a.Where(q => q.Unit == unit && Range(q) is not null).ToList();
            var right = b.Where(q => q.Unit == unit && Range(q) is not null).ToList();
            var pairs = left.SelectMany(x => right.Where(y => Comparable(x, y)).Select(y => (x, y))).ToList();
            if (pairs.Count == 0)
            {
                continue;
            }

            if (pairs.Any(p => Overlap(p.x, p.y)))
            {
                agreeing.Add(unit);
                continue;
            }

            var closest = pairs.MinBy(p => Ratio(p.x, p.y));
            if (IsStrong(closest.x, closest.y))
            {
                conflicting.Add(string.Create(CultureInfo.InvariantCulture, $"{unit} {Show(closest.x)} vs {Show(closest.y)}"));
            }
        }

        return new QuantityComparison(agreeing, conflicting);
    }

    private static bool Comparable(QuantityDto x, QuantityDto y) =>
        (x.Side is null || y.Side is null || x.Side == y.Side) &&
        (x.Subject is null || y.Subject is null || string.Equals(x.Subject, y.Subject, StringComparison.OrdinalIgnoreCase));

    private static (double Low, double High)? Range(QuantityDto q)
    {
        var low = q.Low ?? q.Value;
        var high = q.High ?? q.Value;
        if (low is null || high is null)
        {
            return null;
        }

        return q.Approximate ? (low.Value * (1 - ApproximateWidening), high.Value * (1 + ApproximateWidening)) : (low.Value, high.Value);
    }

    private static bool Overlap(QuantityDto x, QuantityDto y)
    {
        var (xl, xh) = Range(x)!.Value;
        var (yl, yh) = Range(y)!.Value;
        return xl <= yh && yl <= xh;
    }

    /// <summary>The larger range's low end over the smaller range's high end (at least 1 when they do not overlap).</summary>
    private static double Ratio(QuantityDto x, QuantityDto y)
    {
        var (xl, xh) = Range(x)!.Value;
        var (yl, yh) = Range(y)!.Value;
        var (lowEnd, highStart) = xh < yl ? (xh, yl) : (yh, xl);
        return highStart / Math.Max(lowEnd, 0.5);
    }

    private static bool IsStrong(QuantityDto x, QuantityDto y)
    {
        var (xl, xh) = Range(x)!.Value;
        var (yl, yh) = Range(y)!.Value;
        var difference = xh < yl ? yl - xh : xl - yh;
        var ratio = Ratio(x, y);
        return ratio >= 3 || (ratio >= 2 && difference >= 10);
    }

    private static string Show(QuantityDto q) =>
        q.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{q.Low}-{q.High}");
}
