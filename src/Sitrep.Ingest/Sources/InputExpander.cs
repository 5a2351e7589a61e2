using Sitrep.Core.Errors;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Expands the inputs the user named into sources: a file or URL is one source; a folder gives its document files
/// recursively in ordinal path order (hidden files and folders, and media such as the photos of a Telegram export,
/// are skipped); a missing path is a located error. A file named explicitly is always a source.
/// </summary>
internal static class InputExpander
{
    private static readonly HashSet<string> DocumentExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        "", ".txt", ".text", ".md", ".html", ".htm", ".xhtml", ".xml", ".rss", ".atom", ".json", ".jsonl", ".ndjson",
    };

    public static IReadOnlyList<Result<string>> Expand(IEnumerable<string> inputs)
    {
        var sources = new List<Result<string>>();
        foreach (var input in inputs)
        {
            if (input == "-" || UrlFetcher.IsUrl(input) || File.Exists(input))
            {
                sources.Add(Result<string>.Ok(input));
            }
            else if (Directory.Exists(input))
            {
                AddFolder(input, sources);
            }
            else
            {
                sources.Add(new SitrepError(ErrorCodes.Unreadable, "no such file or folder", new SourceLocation(input)));
            }
        }

        return sources;
    }

    private static void AddFolder(string folder, List<Result<string>> sources)
    {
        try
        {
            var options = new EnumerationOptions
            {
                RecurseSubdirectories = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
                IgnoreInaccessible = true,
            };
            var files = Directory.EnumerateFiles(folder, "*", options)
                .Where(f => !IsHidden(Path.GetRelativePath(folder, f)) && DocumentExtensions.Contains(Path.GetExtension(f)))
                .Order(StringComparer.Ordinal);
            sources.AddRange(files.Select(Result<string>.Ok));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            sources.Add(new SitrepError(ErrorCodes.Unreadable, e.Message, new SourceLocation(folder)));
        }
    }

    /// <summary>Dot-files and anything under a dot-folder (on Unix these are not marked hidden by attribute).</summary>
    private static bool IsHidden(string relative) =>
        relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Any(part => part.StartsWith('.'));
}
