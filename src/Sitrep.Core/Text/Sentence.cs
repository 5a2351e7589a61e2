namespace Sitrep.Core.Text;

/// <summary>A sentence is a span of the document text plus the range of its tokens.</summary>
public readonly record struct Sentence(TextSpan Span, int FirstToken, int TokenCount, int Paragraph)
{
    public int Start => Span.Start;

    public int End => Span.End;
}
