using System.Diagnostics;

namespace Sitrep.Extraction.Tests.Support;

/// <summary>
/// Checks that the work on an input grows in proportion to its size: the same input repeated ten times as often must
/// take well under the hundred times as long that work growing with the square of the size would take. Only the ratio
/// of two runs in the same process is compared, the fastest of a few each, so a loaded machine slows both alike; no
/// absolute time is asserted (speed is measured in bench/, not here).
/// </summary>
internal static class Scaling
{
    /// <summary>Ten times the input may take at most this many times as long (linear: about 10; quadratic: about 100).</summary>
    private const double MaxRatio = 35;

    public static void AssertLinear(int smallCount, Action<int> run)
    {
        run(smallCount); // compiled and warmed before anything is timed
        var small = Fastest(3, () => run(smallCount));
        var large = Fastest(2, () => run(smallCount * 10));
        var ratio = large.TotalMilliseconds / Math.Max(small.TotalMilliseconds, 1);
        Assert.True(ratio < MaxRatio,
            $"ten times the input took {ratio:F1} times as long ({small.TotalMilliseconds:F0} ms -> {large.TotalMilliseconds:F0} ms)");
    }

    private static TimeSpan Fastest(int runs, Action action)
    {
        var best = TimeSpan.MaxValue;
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            best = watch.Elapsed < best ? watch.Elapsed : best;
        }

        return best;
    }
}
