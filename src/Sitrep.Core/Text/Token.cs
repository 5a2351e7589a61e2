namespace Sitrep.Core.Text;

/// <summary>A token is a view into the document text: a span, its kind and the sentence it belongs to.</summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind, int SentenceIndex)
{
    public int Start => Span.Start;

    public int End => Span.End;

    public ReadOnlySpan<char> Text(string documentText) => Span.Slice(documentText);
}
