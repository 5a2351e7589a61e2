namespace Sitrep.Ingest.Formats;

/// <summary>Decides a source's format from its bytes first, then its content type and extension.</summary>
internal static class FormatSniffer
{
    private const int Window = 8192;

    /// <summary>True for content that is not text: a NUL byte, a known binary signature, or many control bytes.</summary>
    public static bool IsBinary(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF"u8) || bytes.StartsWith("PK\x03\x04"u8) || bytes.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B])
            || bytes.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF])
            || bytes.StartsWith("GIF8"u8))
        {
            return true;
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return false;
        }

        var head = bytes[..Math.Min(bytes.Length, Window)];
        var control = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                control++;
            }
        }

        return control > head.Length / 20;
    }

    /// <summary>The format of decoded text; <paramref name="extension"/> and <paramref name="contentType"/> break ties.</summary>
    public static InputFormat Detect(string text, string extension, string? contentType)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, Window)).TrimStart();
        if (head.IsEmpty)
        {
            return InputFormat.PlainText;
        }

        if (head[0] == '<')
        {
            return DetectMarkup(head, extension, contentType);
        }

        if (head[0] == '{')
        {
            return DetectJson(text, extension);
        }

        if (head[0] == '[')
        {
            return InputFormat.JsonArray;
        }

        return extension is ".html" or ".htm" ? InputFormat.Html : InputFormat.PlainText;
    }

    private static InputFormat DetectMarkup(ReadOnlySpan<char> head, string extension, string? contentType)
    {
        var root = RootElementName(head);
        if (root is "rss" or "feed" or "rdf:rdf")
        {
            return InputFormat.Feed;
        }

        if (root is "html" or "head" or "body")
        {
            return InputFormat.Html;
        }

        if (contentType is not null && (contentType.Contains("rss", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("atom", StringComparison.OrdinalIgnoreCase)))
        {
            return InputFormat.Feed;
        }

        return extension is ".rss" or ".atom" ? InputFormat.Feed : InputFormat.Html;
    }

    /// <summary>The lower-case name of the first element, after an XML declaration, comments and a doctype.</summary>
    private static string RootElementName(ReadOnlySpan<char> head)
    {
        while (true)
        {
            head = head.TrimStart();
            var end = head.StartsWith("<!--") ? End(head.IndexOf("-->"), 2) : head.StartsWith("<?") || head.StartsWith("<!") ? head.IndexOf('>') : -2;
            if (end == -1)
            {
                return "";
            }

            if (end == -2)
            {
                break;
            }

            head = head[(end + 1)..];
        }

        if (head.IsEmpty || head[0] != '<')
        {
            return "";
        }

        static int End(int found, int extra) => found < 0 ? -1 : found + extra;

        var name = head[1..];
        var stop = name.IndexOfAny(" \t\r\n/>");
        return (stop < 0 ? name : name[..stop]).ToString().ToLowerInvariant();
    }

    private static InputFormat DetectJson(string text, string extension)
    {
        if (extension is ".jsonl" or ".ndjson")
        {
            return InputFormat.JsonLines;
        }

        var firstLine = text.AsSpan().TrimStart();
        var newline = firstLine.IndexOf('\n');
        if (newline > 0)
        {
            firstLine = firstLine[..newline];
        }

        firstLine = firstLine.TrimEnd();
        if (firstLine.Length > 1 && firstLine[^1] == '}' && !firstLine.Contains("\"messages\"", StringComparison.Ordinal))
        {
            return InputFormat.JsonLines;
        }

        var probe = text.AsSpan(0, Math.Min(text.Length, 1 << 16));
        return probe.Contains("\"messages\"", StringComparison.Ordinal) ? InputFormat.TelegramExport : InputFormat.Unknown;
    }
}
