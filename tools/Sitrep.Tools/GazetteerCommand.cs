using System.IO.Compression;
using Sitrep.Extraction.Places.GazetteerBuild;

namespace Sitrep.Tools;

/// <summary><c>gazetteer build</c> compiles data/gazetteer into gazetteer.bin; <c>gazetteer import-cities500</c> cuts the GeoNames dump.</summary>
internal static class GazetteerCommand
{
    public static int Run(string[] args)
    {
        var options = Options(args.Skip(1));
        var data = options.GetValueOrDefault("--data") ?? Path.Combine(RepoRoot(), "data", "gazetteer");
        switch (args.FirstOrDefault())
        {
            case "build":
            {
                var output = options.GetValueOrDefault("--out") ?? Path.Combine(data, GazetteerCompiler.ArtefactFileName);
                var watch = System.Diagnostics.Stopwatch.StartNew();
                var result = GazetteerCompiler.Compile(data);
                File.WriteAllBytes(output, result.Bytes);
                File.WriteAllText(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(output))!, GazetteerCompiler.AliasesFileName), result.Aliases);
                Console.WriteLine($"{output}: {result.Places} places, {result.Keys} name keys, {result.Bytes.Length:N0} bytes in {watch.ElapsedMilliseconds} ms");
                return 0;
            }

            case "import-cities500":
            {
                if (options.GetValueOrDefault("--input") is not { } input)
                {
                    Console.Error.WriteLine("gazetteer import-cities500 --input cities500.txt [--out FILE] [--countries UA,RU,BY [--world-min-population 500000]]");
                    return 2;
                }

                var countries = options.GetValueOrDefault("--countries") is { } list ? list.Split(',').ToHashSet(StringComparer.Ordinal) : null;
                var output = options.GetValueOrDefault("--out") ?? SourcePath(data);
                using var reader = new StreamReader(input);
                var worldMin = int.Parse(options.GetValueOrDefault("--world-min-population") ?? "500000", System.Globalization.CultureInfo.InvariantCulture);
                int count;
                using (var file = File.Create(output))
                using (var compressed = output.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(file, CompressionLevel.SmallestSize) : (Stream)file)
                using (var writer = new StreamWriter(compressed, new System.Text.UTF8Encoding(false)))
                {
                    count = Cities500Import.Run(reader, writer, countries, worldMin);
                }

                Console.WriteLine($"{output}: {count} places");
                return 0;
            }

            case "measure":
                return GazetteerMeasure.Run(args.Skip(1).FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)));

            case "probe":
                return GazetteerProbe.Run(args.Skip(1).Where(a => !a.StartsWith("--", StringComparison.Ordinal)));

            default:
                Console.Error.WriteLine("usage: Sitrep.Tools gazetteer build [--data DIR] [--out FILE]");
                Console.Error.WriteLine("       Sitrep.Tools gazetteer probe TEXT...");
                Console.Error.WriteLine("       Sitrep.Tools gazetteer measure [FILE]");
                Console.Error.WriteLine("       Sitrep.Tools gazetteer import-cities500 --input cities500.txt [--out FILE] [--countries UA,RU,BY [--world-min-population 500000]]");
                return 2;
        }
    }

    /// <summary>The committed cut: plain text, or gzip when the plain file would be too big to review in a diff.</summary>
    private static string SourcePath(string data)
    {
        var plain = Path.Combine(data, "sources", GazetteerCompiler.Cities500FileName);
        return File.Exists(plain + ".gz") ? plain + ".gz" : plain;
    }

    private static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        string? key = null;
        foreach (var a in args)
        {
            if (a.StartsWith("--", StringComparison.Ordinal))
            {
                key = a;
            }
            else if (key is not null)
            {
                result[key] = a;
                key = null;
            }
        }

        return result;
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
