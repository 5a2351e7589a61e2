using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Core.Documents;

/// <summary>A document's identity is its content plus its URL when known: the same text from the same place is the same document.</summary>
public static class DocumentId
{
    /// <summary>
    /// "doc-" and the first 8 bytes of the SHA-256 of the URL (trimmed) and a line feed, when there is a URL, followed
    /// by the text with every kind of line break read as a line feed, trailing white space cut from each line and
    /// trailing empty lines dropped. The text is written out once into a pooled buffer, not copied for each step.
    /// </summary>
    public static string Compute(string text, string? url)
    {
        ArgumentNullException.ThrowIfNull(text);
        var prefix = url is null ? 0 : url.AsSpan().Trim().Length + 1;
        var chars = ArrayPool<char>.Shared.Rent(prefix + text.Length);
        try
        {
            var length = 0;
            if (url is not null)
            {
                url.AsSpan().Trim().CopyTo(chars);
                chars[prefix - 1] = '\n';
                length = prefix;
            }

            length += Normalize(text, chars.AsSpan(length));
            var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(length));
            try
            {
                var count = Encoding.UTF8.GetBytes(chars.AsSpan(0, length), bytes);
                Span<byte> hash = stackalloc byte[32];
                SHA256.HashData(bytes.AsSpan(0, count), hash);
                return "doc-" + Convert.ToHexStringLower(hash[..8]);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    /// <summary>Line endings and trailing whitespace do not change a document's identity: writes the normalised text
    /// into <paramref name="into"/> (at least as long as the text) and returns its length.</summary>
    private static int Normalize(ReadOnlySpan<char> text, Span<char> into)
    {
        var length = 0;
        var pendingBreaks = 0;
        var first = true;
        foreach (var line in text.EnumerateLines())
        {
            if (!first)
            {
                pendingBreaks++;
            }

            first = false;
            var kept = line.TrimEnd();
            if (kept.IsEmpty)
            {
                continue;
            }

            into.Slice(length, pendingBreaks).Fill('\n');
            length += pendingBreaks;
            pendingBreaks = 0;
            kept.CopyTo(into[length..]);
            length += kept.Length;
        }

        return length;
    }
}
