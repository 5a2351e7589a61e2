using System.Runtime.CompilerServices;
using Sitrep.Core.Documents;
using Sitrep.Core.Errors;

namespace Sitrep.Ingest.Records;

/// <summary>
/// Reads a JSON Lines file as a stream, one line at a time, so a file of any size is read in bounded memory: the buffer
/// holds at most one line (<see cref="ReaderOptions.MaxLineBytes"/>). A line over the limit gives one located error and
/// is skipped to its end; a UTF-8 byte-order mark, CRLF line ends and blank lines are accepted.
/// </summary>
internal static class JsonLinesStream
{
    private const int InitialBuffer = 64 * 1024;

    public static async IAsyncEnumerable<Result<(string Text, DocumentMetadata Metadata)>> ReadAsync(
        Stream stream, string source, ReaderOptions options, [EnumeratorCancellation] CancellationToken ct)
    {
        var max = Math.Max(1, options.MaxLineBytes);
        var buffer = new byte[Math.Min(InitialBuffer, max + 1)];
        int start = 0, end = 0, scanned = 0, lineNumber = 1; // no newline in [start, scanned)
        var skipping = false; // inside a line already reported as too long
        var eof = false;
        var first = true;
        while (true)
        {
            var from = Math.Max(start, scanned);
            var newline = Array.IndexOf(buffer, (byte)'\n', from, end - from);
            if (newline >= 0 || (eof && end > start))
            {
                var stop = newline >= 0 ? newline : end;
                ReadOnlyMemory<byte> line = buffer.AsMemory(start, stop - start);
                if (first)
                {
                    line = StripBom(line);
                    first = false;
                }

                start = scanned = newline >= 0 ? newline + 1 : end;
                if (skipping)
                {
                    skipping = false;
                }
                else if (line.Length > max)
                {
                    yield return TooLong(source, lineNumber, max);
                }
                else if (JsonLinesReader.ReadLine(line, source, lineNumber, options) is { } result)
                {
                    yield return result;
                }

                lineNumber++;
                continue;
            }

            if (eof)
            {
                yield break;
            }

            scanned = end;
            if (end - start > max)
            {
                // the line is over the limit: report it once and drop what is buffered until its end
                if (!skipping)
                {
                    yield return TooLong(source, lineNumber, max);
                    skipping = true;
                }

                start = end = scanned = 0;
                first = false;
            }
            else if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                scanned -= start;
                start = 0;
            }

            if (end == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min((long)buffer.Length * 2, max + 1L));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(end), ct);
            eof = read == 0;
            end += read;
        }
    }

    private static ReadOnlyMemory<byte> StripBom(ReadOnlyMemory<byte> line) =>
        line.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) ? line[3..] : line;

    private static SitrepError TooLong(string source, int line, int max) =>
        new(ErrorCodes.LimitExceeded, $"line longer than {max} bytes, skipped", new SourceLocation(source, line));
}
