namespace Sitrep.Web.Documents;

/// <summary>The body of <c>POST /api/documents</c>: one document's text and what is known about it.</summary>
public sealed class IngestRequest
{
    public string? Url { get; init; }

    public string? Outlet { get; init; }

    /// <summary>The publication date, ISO <c>YYYY-MM-DD</c>.</summary>
    public string? Published { get; init; }

    public string? Title { get; init; }

    public string? Text { get; init; }

    /// <summary>"en", "uk" or "ru"; guessed from the text when absent.</summary>
    public string? Lang { get; init; }

    /// <summary>The channel the document was published on (telegram, facebook, x, website), if known.</summary>
    public string? Medium { get; init; }
}
