using System.Globalization;
using BenchmarkDotNet.Running;
using Sitrep.Benchmarks;
using Sitrep.Benchmarks.Corpus;

// `generate-corpus FILE COUNT [--dense]` writes a synthetic corpus for whole-process runs (bench/ingest-throughput.sh):
// realistic density by default, the old dense corpus with --dense.
// `extract-corpus FILE [--only STAGES]` prints the extract JSON of every document of FILE as one array (bench/peers.sh);
// `--only time` or `--only places,time` runs the text stage and those stages only, to compare with a peer that does that
// job alone.
// `stage-times FILE [ROUNDS]` prints milliseconds per document of each stage over FILE, and documents per CPU second.
// `store-times FILE [--db STORE.db] [--limit N] [--warm-up N] [--realtime]` extracts FILE in memory, then stores it as `sitrep ingest` does and prints
// the storing thread's CPU a document, what it allocated and the size of the store.
// Anything else runs BenchmarkDotNet benchmarks (e.g. --filter '*StageBenchmarks*').
switch (args)
{
    case ["generate-corpus", var path, var count]:
        RealisticCorpus.Write(path, int.Parse(count, CultureInfo.InvariantCulture), SpecsDirectory());
        return 0;
    case ["generate-corpus", var path, var count, "--dense"]:
        DenseCorpus.Write(path, int.Parse(count, CultureInfo.InvariantCulture));
        return 0;
    case ["extract-corpus", var source, .. var options]:
        {
            if (options is not ([] or ["--only", _]) || ExtractCorpus.Pipeline(options is ["--only", var only] ? only : null) is not { } pipeline)
            {
                Console.Error.WriteLine("usage: extract-corpus FILE [--only time|places,time]");
                return 2;
            }

            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false));
            return await ExtractCorpus.RunAsync(source, pipeline, stdout, CancellationToken.None);
        }

    case ["stage-times", var source, .. var rest]:
        return await StageTimes.RunAsync(source, rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 3, Console.Out, CancellationToken.None);

    case ["store-times", var source, .. var rest]:
        {
            string? db = null;
            var limit = int.MaxValue;
            var warmUp = 512;
            var realtime = rest.Contains("--realtime");
            rest = [.. rest.Where(a => a != "--realtime")];
            if (rest.Length % 2 != 0)
            {
                Console.Error.WriteLine("usage: store-times FILE [--db STORE.db] [--limit N] [--warm-up N] [--realtime]");
                return 2;
            }

            for (var i = 0; i + 1 < rest.Length; i += 2)
            {
                switch (rest[i])
                {
                    case "--db":
                        db = rest[i + 1];
                        break;
                    case "--limit":
                        limit = int.Parse(rest[i + 1], CultureInfo.InvariantCulture);
                        break;
                    case "--warm-up":
                        warmUp = int.Parse(rest[i + 1], CultureInfo.InvariantCulture);
                        break;
                    default:
                        Console.Error.WriteLine("usage: store-times FILE [--db STORE.db] [--limit N] [--warm-up N] [--realtime]");
                        return 2;
                }
            }

            return await StoreTimes.RunAsync(source, db, limit, warmUp, realtime, Console.Out, CancellationToken.None);
        }

    default:
        BenchmarkSwitcher.FromAssembly(typeof(DenseCorpus).Assembly).Run(args);
        return 0;
}

static string SpecsDirectory()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        var specs = Path.Combine(dir.FullName, "tests", "Specs", "samples");
        if (Directory.Exists(specs))
        {
            return specs;
        }
    }

    throw new DirectoryNotFoundException("tests/Specs/samples not found above the current directory");
}
