using Sitrep.Core.Documents;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// Which tokens stand inside quotation marks, and which sentences open or continue a quote. Straight quotes toggle;
/// typographic and guillemet quotes open and close. A quote mark at the start of a paragraph while a quote is
/// already open re-opens it (the convention for a quotation running over several paragraphs).
/// </summary>
internal sealed class QuoteMap
{
    private readonly bool[] _insideToken;
    private readonly bool[] _startsOpen;
    private readonly bool[] _endsOpen;
    private readonly bool[] _hasQuote;
    private readonly bool[] _startsWithQuote;

    public QuoteMap(Document document)
    {
        var text = document.Text;
        _insideToken = new bool[document.Tokens.Count];
        var n = document.Sentences.Count;
        _startsOpen = new bool[n];
        _endsOpen = new bool[n];
        _hasQuote = new bool[n];
        _startsWithQuote = new bool[n];
        var open = false;
        var paragraph = -1;
        for (var s = 0; s < n; s++)
        {
            var sentence = document.Sentences[s];
            var newParagraph = sentence.Paragraph != paragraph;
            paragraph = sentence.Paragraph;
            _startsOpen[s] = open;
            _startsWithQuote[s] = IsQuote(text[sentence.Start]);
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var token = document.Tokens[t];
                var c = text[token.Start];
                if (token.Length() == 1 && IsQuote(c))
                {
                    _hasQuote[s] = true;
                    var atParagraphStart = newParagraph && t == sentence.FirstToken;
                    open = c switch
                    {
                        '\u201C' or '\u00AB' or '\u201E' => true,
                        '\u201D' or '\u00BB' => false,
                        _ => !open || atParagraphStart,
                    };
                    continue;
                }

                _insideToken[t] = open;
            }

            _endsOpen[s] = open;
        }
    }

    public bool InsideQuote(int token) => _insideToken[token];

    public bool StartsOpen(int sentence) => _startsOpen[sentence];

    public bool EndsOpen(int sentence) => _endsOpen[sentence];

    public bool HasQuote(int sentence) => _hasQuote[sentence];

    public bool StartsWithQuote(int sentence) => _startsWithQuote[sentence];

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u201E';
}
