namespace Sitrep.Ingest.Sources;

/// <summary>Reads a stream to its end unless it passes a byte limit (then stops and returns null).</summary>
internal static class BoundedRead
{
    public static async Task<byte[]?> ReadAsync(Stream stream, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
