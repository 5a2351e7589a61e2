namespace Sitrep.Web.Tests.Support;

internal static class Repo
{
    /// <summary>The repository root: the folder above the test binaries that holds Sitrep.slnx.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Sitrep.slnx) is not above the test binaries.");
    }
}
