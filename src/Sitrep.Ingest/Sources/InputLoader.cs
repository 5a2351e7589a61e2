using Sitrep.Core.Errors;

namespace Sitrep.Ingest.Sources;

/// <summary>Loads one source's bytes: a file, "-" (standard input) or an http(s) URL, never more than the size limit.</summary>
internal static class InputLoader
{
    /// <summary>Standard input; replaceable so that "-" can be read from another stream.</summary>
    public static Func<Stream> StandardInput { get; set; } = Console.OpenStandardInput;

    public static async Task<Result<RawInput>> LoadAsync(string source, ReaderOptions options, CancellationToken ct)
    {
        if (source == "-")
        {
            await using var stdin = StandardInput();
            var bytes = await BoundedRead.ReadAsync(stdin, options.MaxBytes, ct);
            return bytes is null
                ? new SitrepError(ErrorCodes.TooLarge, $"standard input is larger than {options.MaxBytes} bytes", new SourceLocation("-"))
                : Result<RawInput>.Ok(new RawInput("-", bytes));
        }

        if (UrlFetcher.IsUrl(source))
        {
            return await UrlFetcher.FetchAsync(source, options, ct);
        }

        return await LoadFileAsync(source, options, ct);
    }

    /// <summary>
    /// A local file that is not streamable JSON Lines, read whole and synchronously: one file gains nothing from
    /// asynchronous reads, and they cost a cold start time. Null for standard input, a URL, JSON Lines, a missing or
    /// too large file and any read problem: the asynchronous path then reads (or reports) it as before.
    /// </summary>
    public static RawInput? TryLoadFile(string path, ReaderOptions options)
    {
        if (path == "-" || UrlFetcher.IsUrl(path))
        {
            return null;
        }

        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length > options.MaxBytes)
            {
                return null;
            }

            var bytes = File.ReadAllBytes(path);
            var head = bytes.AsSpan(0, Math.Min(bytes.Length, JsonLinesFile.Head));
            var streamable = JsonLinesFile.IsJsonLines(head, Path.GetExtension(path).ToLowerInvariant(), whole: bytes.Length < JsonLinesFile.Head);
            return bytes.Length > options.MaxBytes || streamable ? null : new RawInput(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return null;
        }
    }

    private static async Task<Result<RawInput>> LoadFileAsync(string path, ReaderOptions options, CancellationToken ct)
    {
        var at = new SourceLocation(path);
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return new SitrepError(ErrorCodes.Unreadable, Directory.Exists(path) ? "is a folder, not a file" : "no such file", at);
            }

            if (info.Length > options.MaxBytes)
            {
                return new SitrepError(ErrorCodes.TooLarge, $"file is {info.Length} bytes, over the limit of {options.MaxBytes}", at);
            }

            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, useAsync: true);
            var bytes = await BoundedRead.ReadAsync(stream, options.MaxBytes, ct);
            return bytes is null
                ? new SitrepError(ErrorCodes.TooLarge, $"file is over the limit of {options.MaxBytes} bytes", at)
                : Result<RawInput>.Ok(new RawInput(path, bytes));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new SitrepError(ErrorCodes.Unreadable, e.Message, at);
        }
    }
}
