using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Documents;

/// <summary>
/// A document owns its plain text. Sentences, tokens and every extracted item are views with spans into
/// <see cref="Text"/>; stages of the extraction pipeline fill the annotation lists in order.
/// </summary>
public sealed class Document
{
    public Document(string text, DocumentMetadata metadata)
    {
        Text = text;
        Metadata = metadata;
        Id = DocumentId.Compute(text, metadata.Url);
    }

    public string Id { get; }

    public string Text { get; }

    public DocumentMetadata Metadata { get; }

    /// <summary>The language of the text: "en", "uk" or "ru" (set by the reader, the user or the language stage).</summary>
    public string Language { get; set; } = "en";

    public List<Sentence> Sentences { get; } = [];

    public List<Token> Tokens { get; } = [];

    public List<PlaceMention> Places { get; } = [];

    public List<TimeMention> Times { get; } = [];

    public List<QuantityMention> Quantities { get; } = [];

    public List<Attribution> Attributions { get; } = [];

    public List<Claim> Claims { get; } = [];

    public List<ConflictEvent> Events { get; } = [];

    /// <summary>The text a span covers.</summary>
    public string Slice(TextSpan span) => Text.Substring(span.Start, span.Length);

    /// <summary>The index of the sentence containing <paramref name="offset"/>, or -1.</summary>
    public int SentenceIndexAt(int offset)
    {
        int lo = 0, hi = Sentences.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var s = Sentences[mid].Span;
            if (offset < s.Start)
            {
                hi = mid - 1;
            }
            else if (offset >= s.End)
            {
                lo = mid + 1;
            }
            else
            {
                return mid;
            }
        }

        return -1;
    }

    /// <summary>The tokens of one sentence.</summary>
    public ReadOnlySpan<Token> TokensOf(Sentence sentence) =>
        System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Tokens).Slice(sentence.FirstToken, sentence.TokenCount);
}
