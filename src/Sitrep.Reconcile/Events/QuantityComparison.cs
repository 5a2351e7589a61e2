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

    /// <summary>No figure in common: what most pairs of reports give, shared.</summary>
    private static readonly QuantityComparison Nothing = new([], []);

    /// <summary>Unit by unit in ordinal order of the first report's units; for each, the pairs of figures with ranges
    /// that are comparable (same side and subject when both give one), in the order of the two lists. Written as
    /// loops: every candidate pair of reports is compared, and at hundreds of documents a day that is millions of
    /// calls (the query version allocated a dozen iterators, delegates and lists for each).</summary>
    public static QuantityComparison Compare(IReadOnlyList<QuantityDto> a, IReadOnlyList<QuantityDto> b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.Count == 0 || b.Count == 0)
        {
            return Nothing;
        }

        var units = new string[a.Count];
        for (var i = 0; i < a.Count; i++)
        {
            units[i] = a[i].Unit;
        }

        Array.Sort(units, StringComparer.Ordinal);
        List<string>? agreeing = null;
        List<string>? conflicting = null;
        for (var u = 0; u < units.Length; u++)
        {
            var unit = units[u];
            if (u > 0 && string.Equals(unit, units[u - 1], StringComparison.Ordinal))
            {
                continue;
            }

            var (paired, overlap, closest) = Closest(a, b, unit);
            if (!paired)
            {
                continue;
            }

            if (overlap)
            {
                (agreeing ??= []).Add(unit);
            }
            else if (IsStrong(closest.X, closest.Y))
            {
                (conflicting ??= []).Add(string.Create(CultureInfo.InvariantCulture, $"{unit} {Show(closest.X)} vs {Show(closest.Y)}"));
            }
        }

        return agreeing is null && conflicting is null ? Nothing : new QuantityComparison(agreeing ?? [], conflicting ?? []);
    }

    /// <summary>Whether the unit has a comparable pair, whether some pair overlaps, and the first pair of the smallest
    /// <see cref="Ratio"/> (meaningful when none overlaps).</summary>
    private static (bool Paired, bool Overlap, (QuantityDto X, QuantityDto Y) Closest) Closest(IReadOnlyList<QuantityDto> a, IReadOnlyList<QuantityDto> b, string unit)
    {
        var paired = false;
        (QuantityDto X, QuantityDto Y) closest = default;
        var best = double.PositiveInfinity;
        for (var i = 0; i < a.Count; i++)
        {
            var x = a[i];
            if (x.Unit != unit || Range(x) is null)
            {
                continue;
            }

            for (var j = 0; j < b.Count; j++)
            {
                var y = b[j];
                if (y.Unit != unit || Range(y) is null || !Comparable(x, y))
                {
                    continue;
                }

                if (Overlap(x, y))
                {
                    return (true, true, (x, y));
                }

                var ratio = Ratio(x, y);
                if (!paired || ratio < best)
                {
                    (paired, best, closest) = (true, ratio, (x, y));
                }
            }
        }

        return (paired, false, closest);
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
