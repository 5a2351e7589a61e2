using Sitrep.Core.Text;

namespace Sitrep.Extraction.Events;

/// <summary>
/// The text and tokens of a document with a sentence's token range, as the state of a static predicate (<see cref="Matching.StatePredicates"/>): the tokens
/// are read in place (a span over the document's list), so no stage copies them into an array of its own.
/// </summary>
internal readonly ref struct SentenceView(string text, ReadOnlySpan<Token> tokens, int first, int limit)
{
    public string Text { get; } = text;

    public ReadOnlySpan<Token> Tokens { get; } = tokens;

    public int First { get; } = first;

    public int Limit { get; } = limit;
}
