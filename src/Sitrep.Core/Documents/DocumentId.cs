using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Core.Documents;

/// <summary>A document's identity is its content plus its URL when known: the same text from the same place is the same document.</summary>
public static class DocumentId
{
    public static string Compute(string text, string? url)
    {
        var normalized = Normalize(text);
        var payload = url is null ? normalized : string.Concat(url.Trim(), "\n", normalized);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(payload), hash);
        return "doc-" + Convert.ToHexStringLower(hash[..8]);
    }

    /// <summary>Line endings and trailing whitespace do not change a document's identity.</summary>
    private static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            sb.Append(line.TrimEnd()).Append('\n');
        }

        return sb.ToString().TrimEnd('\n');
    }
}
