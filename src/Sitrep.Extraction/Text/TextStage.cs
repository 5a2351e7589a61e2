using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;

namespace Sitrep.Extraction.Text;

/// <summary>Sentence and token splitting: the first stage, which every other stage builds on.</summary>
public sealed class TextStage : IStage
{
    /// <summary>A scratch list longer than this (a very long document's) is not kept for the next document.</summary>
    private const int KeptScratch = 1 << 16;

    /// <summary>
    /// The tokens of the document being split, gathered here first so that the document's own lists are allocated
    /// once at their final size instead of growing by doubling. One per thread, reused from document to document.
    /// </summary>
    [ThreadStatic]
    private static Scratch? t_scratch;

    public string Name => "text";

    public IReadOnlyList<string> Requires { get; } = [];

    public IReadOnlyList<string> Assigns { get; } = [Annotations.Sentences, Annotations.Tokens, Annotations.Language];

    public void Process(Document document, CancellationToken cancellationToken)
    {
        document.Sentences.Clear();
        document.Tokens.Clear();
        var scratch = t_scratch ??= new Scratch();
        scratch.Split(document.Text);
        document.Tokens.EnsureCapacity(scratch.Tokens.Count);
        document.Tokens.AddRange(scratch.Tokens);
        document.Sentences.EnsureCapacity(scratch.Sentences.Count);
        document.Sentences.AddRange(scratch.Sentences);
        scratch.Clear();
        if (scratch.Tokens.Capacity > KeptScratch)
        {
            t_scratch = null;
        }

        if (document.Metadata.DeclaredLanguage is { } declared)
        {
            document.Language = declared;
        }
        else
        {
            document.Language = LanguageGuesser.Guess(document.Text);
        }
    }

    private sealed class Scratch
    {
        private readonly List<(TextSpan Span, TokenKind Kind)> _sentence = new(64);
        private readonly Action<TextSpan, int> _emit;
        private string _text = "";

        public Scratch() => _emit = Emit;

        public List<Token> Tokens { get; } = new(1024);

        public List<Sentence> Sentences { get; } = new(64);

        public void Split(string text)
        {
            Clear();
            _text = text;
            SentenceSplitter.Split(text, _emit);
        }

        public void Clear()
        {
            _text = "";
            _sentence.Clear();
            Tokens.Clear();
            Sentences.Clear();
        }

        private void Emit(TextSpan span, int paragraph)
        {
            _sentence.Clear();
            Tokenizer.Tokenize(span.Slice(_text), span.Start, _sentence);
            var index = Sentences.Count;
            var first = Tokens.Count;
            foreach (var (tokenSpan, kind) in _sentence)
            {
                Tokens.Add(new Token(tokenSpan, kind, index));
            }

            Sentences.Add(new Sentence(span, first, _sentence.Count, paragraph));
        }
    }
}
