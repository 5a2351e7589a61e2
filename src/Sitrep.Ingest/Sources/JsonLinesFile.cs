using System.Text;
using Sitrep.Ingest.Formats;

namespace Sitrep.Ingest.Sources;

/// <summary>
/// Decides from a file's first bytes whether it is JSON Lines that can be streamed (UTF-8, with or without a
/// byte-order mark), without reading the rest of the file. Anything else is read whole as before.
/// </summary>
internal static class JsonLinesFile
{
    /// <summary>How much of a file decides.</summary>
    public const int Head = 64 * 1024;

    /// <summary>An open stream at the start of the file when it is streamable JSON Lines; otherwise null.</summary>
    public static async Task<FileStream?> TryOpenAsync(string path, CancellationToken ct)
    {
        if (path == "-" || UrlFetcher.IsUrl(path) || !File.Exists(path))
        {
            return null;
        }

        FileStream? stream = null;
        try
        {
            stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
            var head = new byte[Head];
            var length = await stream.ReadAtLeastAsync(head, Head, throwOnEndOfStream: false, ct);
            if (!IsJsonLines(head.AsSpan(0, length), Path.GetExtension(path).ToLowerInvariant(), whole: length < Head))
            {
                await stream.DisposeAsync();
                return null;
            }

            stream.Position = 0;
            return stream;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // the whole-file reader reports the same problem with its location
            if (stream is not null)
            {
                await stream.DisposeAsync();
            }

            return null;
        }
    }

    /// <summary>The same decision as the whole-file reader's, on the head; a first line cut by the end of the head
    /// decides only by the extension.</summary>
    public static bool IsJsonLines(ReadOnlySpan<byte> head, string extension, bool whole)
    {
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            head = head[3..];
        }

        if (FormatSniffer.IsBinary(head) || head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        var text = Encoding.UTF8.GetString(head);
        var complete = whole || extension is ".jsonl" or ".ndjson" || text.AsSpan().TrimStart().Contains('\n');
        return complete && FormatSniffer.Detect(text, extension, null) == InputFormat.JsonLines;
    }
}
