using Sitrep.Storage;

namespace Sitrep.Web.Documents;

/// <summary>One row of <c>GET /api/documents</c>: a stored document without its text and extraction.</summary>
public sealed class DocumentListItem
{
    public required string Id { get; init; }

    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Outlet { get; init; }

    public string? Published { get; init; }

    public required string Language { get; init; }

    public string? Medium { get; init; }

    /// <summary>When the document was stored.</summary>
    public required DateTimeOffset AddedAt { get; init; }

    public required int Events { get; init; }

    public required int Claims { get; init; }

    /// <summary>With <c>q</c>: an excerpt with the matched words in [brackets].</summary>
    public string? Snippet { get; init; }

    internal static DocumentListItem From(DocumentSummary d, string? snippet = null) => new()
    {
        Id = d.Id,
        Title = d.Title,
        Url = d.Url,
        Outlet = d.Outlet,
        Published = d.Published,
        Language = d.Language,
        Medium = d.Medium,
        AddedAt = d.AddedAt,
        Events = d.Events,
        Claims = d.Claims,
        Snippet = snippet,
    };
}
