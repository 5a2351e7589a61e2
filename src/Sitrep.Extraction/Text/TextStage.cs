using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Text;

/// <summary>Sentence and token splitting: the first stage, which every other stage builds on.</summary>
public sealed class TextStage : IStage
{
    public string Name => "text";

    public IReadOnlyList<string> Requires { get; } = [];

    public IReadOnlyList<string> Assigns { get; } = [Annotations.Sentences, Annotations.Tokens, Annotations.Language];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        document.Sentences.Clear();
        document.Tokens.Clear();
        var buffer = new List<(TextSpan Span, TokenKind Kind)>(64);
        var text = document.Text;
        SentenceSplitter.Split(text, (span, paragraph) =>
        {
            buffer.Clear();
            Tokenizer.Tokenize(span.Slice(text), span.Start, buffer);
            var index = document.Sentences.Count;
            var first = document.Tokens.Count;
            foreach (var (tokenSpan, kind) in buffer)
            {
                document.Tokens.Add(new Token(tokenSpan, kind, index));
            }

            document.Sentences.Add(new Sentence(span, first, buffer.Count, paragraph));
        });

        if (document.Metadata.DeclaredLanguage is { } declared)
        {
            document.Language = declared;
        }
        else
        {
            document.Language = LanguageGuesser.Guess(text);
        }
    }
}
