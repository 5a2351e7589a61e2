using Sitrep.Core.Text;

namespace Sitrep.Core.Model;

/// <summary>
/// A temporal expression resolved to an inclusive interval. <see cref="From"/>/<see cref="To"/> are null when the
/// expression is relative and the document has no publication date to resolve it against.
/// </summary>
public sealed record TimeMention
{
    public required TextSpan Span { get; init; }

    public required string Text { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public required TimePrecision Precision { get; init; }

    /// <summary>True when the expression was resolved against the publication date (or another anchor).</summary>
    public bool Relative { get; init; }

    public bool IsResolved => From is not null && To is not null;
}
