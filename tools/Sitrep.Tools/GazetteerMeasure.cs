using System.Diagnostics;
using Sitrep.Extraction.Places;

namespace Sitrep.Tools;

/// <summary>
/// <c>gazetteer measure [FILE]</c>: loads the embedded gazetteer (or a compiled file) once in this fresh process and
/// prints the load time and the managed memory it holds, then the time of a few first lookups.
/// </summary>
internal static class GazetteerMeasure
{
    public static int Run(string? file)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        Gazetteer gazetteer;
        if (file is null)
        {
            gazetteer = Gazetteer.Embedded;
        }
        else
        {
            using var stream = File.OpenRead(file);
            gazetteer = Gazetteer.Load(stream);
        }

        var load = watch.Elapsed.TotalMilliseconds;
        watch.Restart();
        var found = 0;
        foreach (var name in new[] { "Pokrovsk", "Покровськ", "Geneva", "Przemyśl", "Chisinau", "Batumi", "Kharkiv", "Nowhereville" })
        {
            found += gazetteer.Find(name).Count;
        }

        var lookups = watch.Elapsed.TotalMilliseconds;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(gazetteer);
        Console.WriteLine($"{gazetteer.Count} places, {gazetteer.KeyCount} keys; load {load:F1} ms; 8 first lookups {lookups:F2} ms ({found} hits); managed memory held {(after - before) / 1048576.0:F1} MB");
        return 0;
    }
}
