using System.Globalization;
using Sitrep.Core.Contract;
using Sitrep.Reconcile.Events;

namespace Sitrep.Storage.Tests.Reconcile;

/// <summary>The figure comparison, written as loops, gives what the plain query over every pair of figures gives.</summary>
public sealed class FigureComparisonEquivalenceTests
{
    private static readonly string[] Units = ["killed", "wounded", "tanks", "personnel", "drones"];
    private static readonly string?[] Sides = [null, "UA", "RU"];
    private static readonly string?[] Subjects = [null, "civilians", "soldiers"];

    [Fact]
    public void Compare_ManyRandomReports_SameAsEveryPairQueried()
    {
        var random = new Random(20251126);
        var differing = 0;
        for (var round = 0; round < 5_000; round++)
        {
            var a = Figures(random);
            var b = Figures(random);

            var expected = Plain(a, b);
            var actual = QuantityComparison.Compare(a, b);

            Assert.Equal(expected.Agreeing, actual.Agreeing);
            Assert.Equal(expected.Conflicting, actual.Conflicting);
            differing += expected.Agreeing.Count + expected.Conflicting.Count > 0 ? 1 : 0;
        }

        Assert.InRange(differing, 500, 5_000); // the random reports do share and dispute figures
    }

    [Fact]
    public void Compare_TwoEquallyClosePairs_ShowsTheFirst()
    {
        var a = new[] { Figure("killed", 3, null, null, false) };
        var b = new[] { Figure("killed", 12, null, null, false), Figure("killed", null, 12, 20, false) };

        Assert.Equal(["killed 3 vs 12"], QuantityComparison.Compare(a, b).Conflicting);
        Assert.Equal(["killed 3 vs 12-20"], QuantityComparison.Compare(a, [b[1], b[0]]).Conflicting);
    }

    [Fact]
    public void Compare_NoFigures_AgreesAndConflictsOnNothing()
    {
        var c = QuantityComparison.Compare([], [Figure("killed", 3, null, null, false)]);

        Assert.Empty(c.Agreeing);
        Assert.False(c.StrongConflict);
    }

    private static List<QuantityDto> Figures(Random random)
    {
        var list = new List<QuantityDto>();
        for (var i = random.Next(0, 5); i > 0; i--)
        {
            var unit = Units[random.Next(Units.Length)];
            var value = (double)random.Next(0, 60);
            var (side, subject) = (Sides[random.Next(Sides.Length)], Subjects[random.Next(Subjects.Length)]);
            list.Add(random.Next(6) switch
            {
                0 => Figure(unit, null, value, value + random.Next(1, 30), random.Next(2) == 0, side, subject),
                1 => Figure(unit, null, null, null, false, side, subject), // no number: not compared
                _ => Figure(unit, value, null, null, random.Next(3) == 0, side, subject),
            });
        }

        return list;
    }

    private static QuantityDto Figure(string unit, double? value, double? low, double? high, bool approximate, string? side = null, string? subject = null) => new()
    {
        Text = unit, Start = 0, End = unit.Length, Unit = unit, Value = value, Low = low, High = high, Approximate = approximate,
        Side = side, Subject = subject,
    };

    /// <summary>The comparison as first written: every pair of figures of each unit, queried.</summary>
    private static (List<string> Agreeing, List<string> Conflicting) Plain(IReadOnlyList<QuantityDto> a, IReadOnlyList<QuantityDto> b)
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
            var (xl, xh) = Range(closest.x)!.Value;
            var (yl, yh) = Range(closest.y)!.Value;
            var difference = xh < yl ? yl - xh : xl - yh;
            var ratio = Ratio(closest.x, closest.y);
            if (ratio >= 3 || (ratio >= 2 && difference >= 10))
            {
                conflicting.Add(string.Create(CultureInfo.InvariantCulture, $"{unit} {Show(closest.x)} vs {Show(closest.y)}"));
            }
        }

        return (agreeing, conflicting);
    }

    private static bool Comparable(QuantityDto x, QuantityDto y) =>
        (x.Side is null || y.Side is null || x.Side == y.Side) &&
        (x.Subject is null || y.Subject is null || string.Equals(x.Subject, y.Subject, StringComparison.OrdinalIgnoreCase));

    private static (double Low, double High)? Range(QuantityDto q)
    {
        var (low, high) = (q.Low ?? q.Value, q.High ?? q.Value);
        return low is null || high is null ? null
            : q.Approximate ? (low.Value * (1 - QuantityComparison.ApproximateWidening), high.Value * (1 + QuantityComparison.ApproximateWidening))
            : (low.Value, high.Value);
    }

    private static bool Overlap(QuantityDto x, QuantityDto y)
    {
        var (xl, xh) = Range(x)!.Value;
        var (yl, yh) = Range(y)!.Value;
        return xl <= yh && yl <= xh;
    }

    private static double Ratio(QuantityDto x, QuantityDto y)
    {
        var (xl, xh) = Range(x)!.Value;
        var (yl, yh) = Range(y)!.Value;
        var (lowEnd, highStart) = xh < yl ? (xh, yl) : (yh, xl);
        return highStart / Math.Max(lowEnd, 0.5);
    }

    private static string Show(QuantityDto q) =>
        q.Value is { } v ? v.ToString(CultureInfo.InvariantCulture) : string.Create(CultureInfo.InvariantCulture, $"{q.Low}-{q.High}");
}
