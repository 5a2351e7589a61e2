using System.Globalization;
using BenchmarkDotNet.Running;
using Sitrep.Benchmarks;

// `generate-corpus FILE COUNT` writes a synthetic corpus for whole-process runs (bench/ingest-throughput.sh);
// `extract-corpus FILE` prints the extract JSON of every document of FILE as one array (bench/peers.sh);
// anything else runs BenchmarkDotNet benchmarks (e.g. --filter '*StageBenchmarks*').
if (args is ["generate-corpus", var path, var count])
{
    CorpusGenerator.Write(path, int.Parse(count, CultureInfo.InvariantCulture));
    return 0;
}

if (args is ["extract-corpus", var source])
{
    using var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false));
    return await ExtractCorpus.RunAsync(source, stdout, CancellationToken.None);
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusGenerator).Assembly).Run(args);
return 0;
