namespace Sitrep.Web.Reader;

/// <summary>The kinds of evidence the reader page colours, in legend order; the name is also the CSS class suffix.</summary>
internal enum HighlightKind
{
    Place,
    Time,
    Quantity,
    Attribution,
    Claim,
    Event,
}

/// <summary>One highlighted span of the document text with the tooltip that explains it.</summary>
internal readonly record struct Highlight(int Start, int End, HighlightKind Kind, string Label);

/// <summary>A run of text between two span boundaries and the highlights covering all of it.</summary>
internal readonly record struct Segment(int Start, int End, IReadOnlyList<Highlight> Covering);
