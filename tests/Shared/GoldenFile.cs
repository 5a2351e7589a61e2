using System.Globalization;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Sitrep.Testing;

/// <summary>
/// Golden files under tests/Specs: compares output with the expected file and fails with a readable line diff;
/// with SITREP_UPDATE_GOLDEN=1 it rewrites the expected file instead (review the diff before committing).
/// </summary>
internal static class GoldenFile
{
    public static string RepoRoot { get; } = FindRoot();

    public static string Specs(params string[] parts) => Path.Combine([RepoRoot, "tests", "Specs", .. parts]);

    public static void AssertMatches(string goldenPath, string actual, string what)
    {
        if (Environment.GetEnvironmentVariable("SITREP_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(goldenPath)!);
            File.WriteAllText(goldenPath, actual);
            return;
        }

        var relative = Path.GetRelativePath(RepoRoot, goldenPath);
        Assert.True(File.Exists(goldenPath), $"no golden file {relative}; create it with SITREP_UPDATE_GOLDEN=1 after reviewing the output");
        var expected = File.ReadAllText(goldenPath).ReplaceLineEndings("\n");
        if (expected != actual)
        {
            Assert.Fail($"{what}: output differs from {relative}\n{Diff(expected, actual)}");
        }
    }

    public static string Diff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual);
        var lines = new List<string>();
        for (var i = 0; i < diff.Lines.Count && lines.Count < 60; i++)
        {
            var line = diff.Lines[i];
            if (line.Type == ChangeType.Unchanged)
            {
                continue;
            }

            var prefix = line.Type == ChangeType.Deleted ? "- " : line.Type == ChangeType.Inserted ? "+ " : "  ";
            lines.Add($"{line.Position?.ToString(CultureInfo.InvariantCulture) ?? "?",5} {prefix}{line.Text.Trim()}");
        }

        return "  (- expected, + actual)\n" + string.Join("\n", lines);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root (Sitrep.slnx) not found above " + AppContext.BaseDirectory);
    }
}
