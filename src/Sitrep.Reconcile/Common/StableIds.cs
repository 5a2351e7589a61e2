using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Reconcile.Common;

/// <summary>Store-wide ids derived from the document that first reported an item, so they are stable across runs.</summary>
public static class StableIds
{
    /// <summary>"evt-" + 16 hex digits of SHA-256 over the document id and the event's id in that document.</summary>
    public static string Event(string documentId, string localId) => "evt-" + Hash(documentId, localId);

    /// <summary>"clm-" + 16 hex digits of SHA-256 over the document id and the claim's id in that document.</summary>
    public static string Claim(string documentId, string localId) => "clm-" + Hash(documentId, localId);

    private static string Hash(string documentId, string localId)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(documentId + "\n" + localId));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 8));
    }
}
