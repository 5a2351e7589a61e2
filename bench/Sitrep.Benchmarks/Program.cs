using System.Globalization;
using BenchmarkDotNet.Running;
using Sitrep.Benchmarks;

// `generate-corpus FILE COUNT` writes a synthetic corpus for whole-process runs (bench/ingest-throughput.sh);
// anything else runs BenchmarkDotNet benchmarks (e.g. --filter '*StageBenchmarks*').
if (args is ["generate-corpus", var path, var count])
{
    CorpusGenerator.Write(path, int.Parse(count, CultureInfo.InvariantCulture));
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(CorpusGenerator).Assembly).Run(args);
return 0;
