using System.Text.Json;
using Sitrep.Core.Errors;

namespace Sitrep.Ingest.Records;

/// <summary>Maps a JSON parse failure to the right error: nesting over the limit, or malformed JSON.</summary>
internal static class JsonLimits
{
    public static SitrepError Classify(JsonException e, ReadOnlySpan<byte> json, int maxDepth, SourceLocation location) =>
        Exceeds(json, maxDepth)
            ? new SitrepError(ErrorCodes.LimitExceeded, $"JSON nesting deeper than {maxDepth}", location)
            : new SitrepError(ErrorCodes.Malformed, $"not valid JSON: {FirstSentence(e.Message)}", location);

    /// <summary>True when objects/arrays nest deeper than <paramref name="maxDepth"/> (strings are skipped).</summary>
    public static bool Exceeds(ReadOnlySpan<byte> json, int maxDepth)
    {
        int depth = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var b = json[i];
            if (inString)
            {
                if (b == '\\')
                {
                    i++;
                }
                else if (b == '"')
                {
                    inString = false;
                }
            }
            else if (b == '"')
            {
                inString = true;
            }
            else if (b is (byte)'{' or (byte)'[')
            {
                if (++depth > maxDepth)
                {
                    return true;
                }
            }
            else if (b is (byte)'}' or (byte)']')
            {
                depth--;
            }
        }

        return false;
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message.TrimEnd('.');
    }

    /// <summary>The 1-based line of a byte offset.</summary>
    public static int LineAt(ReadOnlySpan<byte> bytes, long offset) =>
        bytes[..(int)Math.Min(offset, bytes.Length)].Count((byte)'\n') + 1;
}
