using System.Diagnostics;

namespace Sitrep.Extraction.Tests.Support;

/// <summary>
/// Checks that the work on an input grows in proportion to its size: the same input repeated ten times as often must
/// take well under the hundred times as long that work growing with the square of the size would take. Only the ratio
/// of runs in the same process is compared: the fastest of a few each, the small and the large runs taken in turn, each
/// timed by the CPU its own thread used (where the system tells it), so a loaded machine that keeps the thread waiting for a core slows
/// neither. No absolute time is asserted (speed is measured in bench/, not here).
/// </summary>
internal static class Scaling
{
    /// <summary>Ten times the input may take at most this many times as long (linear: about 10; quadratic: about 100).</summary>
    private const double MaxRatio = 35;

    public static void AssertLinear(int smallCount, Action<int> run)
    {
        run(smallCount); // compiled and warmed before anything is timed
        var small = TimeSpan.MaxValue;
        var large = TimeSpan.MaxValue;
        for (var i = 0; i < 3; i++)
        {
            small = Min(small, Time(() => run(smallCount)));
            large = Min(large, Time(() => run(smallCount * 10)));
        }

        var ratio = large.TotalMilliseconds / Math.Max(small.TotalMilliseconds, 1);
        Assert.True(ratio < MaxRatio,
            $"ten times the input took {ratio:F1} times as long ({small.TotalMilliseconds:F0} ms -> {large.TotalMilliseconds:F0} ms)");
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Time(Action action)
    {
        if (ThreadCpu() is { } before)
        {
            action();
            return ThreadCpu()!.Value - before;
        }

        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }

    /// <summary>The CPU time of the calling thread so far (Linux: the first field of its schedstat, in nanoseconds), or null where it cannot be read.</summary>
    private static TimeSpan? ThreadCpu()
    {
        const string SchedStat = "/proc/thread-self/schedstat";
        if (!File.Exists(SchedStat))
        {
            return null;
        }

        var first = File.ReadAllText(SchedStat).Split(' ')[0];
        return TimeSpan.FromTicks(long.Parse(first, System.Globalization.CultureInfo.InvariantCulture) / 100);
    }
}
