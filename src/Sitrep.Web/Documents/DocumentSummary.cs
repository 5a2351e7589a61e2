namespace Sitrep.Web.Documents;

/// <summary>One row of <c>GET /api/documents</c>: a stored document without its text and extraction.</summary>
public sealed class DocumentSummary
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Outlet { get; init; }

    public string? Published { get; init; }

    public required string Language { get; init; }

    public string? Medium { get; init; }

    public required int Events { get; init; }

    public required int Claims { get; init; }
}
