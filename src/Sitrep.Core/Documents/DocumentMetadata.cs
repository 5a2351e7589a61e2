namespace Sitrep.Core.Documents;

/// <summary>What a reader learned about a document besides its text.</summary>
public sealed record DocumentMetadata
{
    public string? Title { get; init; }

    public string? Url { get; init; }

    public string? Outlet { get; init; }

    public string? Author { get; init; }

    /// <summary>The publication date, if known.</summary>
    public DateOnly? Published { get; init; }

    /// <summary>Where <see cref="Published"/> came from; null when there is no date.</summary>
    public PublishedSource? PublishedFrom { get; init; }

    /// <summary>The channel the document itself was published on (telegram, facebook, x, website, feed), if known.</summary>
    public string? Medium { get; init; }

    /// <summary>The language declared by the source (HTML lang, user flag), if any.</summary>
    public string? DeclaredLanguage { get; init; }

    /// <summary>Where the document was read from (a path, URL or "path#line"); not part of its identity.</summary>
    public string? Origin { get; init; }
}
