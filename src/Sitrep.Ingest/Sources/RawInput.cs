namespace Sitrep.Ingest.Sources;

/// <summary>The bytes of one source (a file, standard input or a download) and what we know of their type.</summary>
/// <param name="Name">The path or URL, used in error locations and origins.</param>
/// <param name="Bytes">The whole content, already checked against the size limit.</param>
/// <param name="ContentType">The HTTP content type of a download, if any.</param>
/// <param name="Url">The URL a download came from.</param>
internal sealed record RawInput(string Name, byte[] Bytes, string? ContentType = null, string? Url = null)
{
    /// <summary>The file extension in lower case ("" when none or when the source is not a file).</summary>
    public string Extension => Url is null && Name != "-" ? Path.GetExtension(Name).ToLowerInvariant() : UrlExtension();

    private string UrlExtension()
    {
        if (Url is null || !Uri.TryCreate(Url, UriKind.Absolute, out var uri))
        {
            return "";
        }

        return Path.GetExtension(uri.AbsolutePath).ToLowerInvariant();
    }
}
