using Sitrep.Testing;

namespace Sitrep.Cli.Tests.Support;

/// <summary>Files of this repository (samples, schema) from the test's output folder.</summary>
internal static class Repo
{
    public static string Path(params string[] parts) => System.IO.Path.Combine([GoldenFile.RepoRoot, .. parts]);
}
