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
    private const byte StartsOpenFlag = 1;
    private const byte EndsOpenFlag = 2;
    private const byte HasQuoteFlag = 4;
    private const byte StartsWithQuoteFlag = 8;
    private readonly ulong[] _insideToken; // one bit per token
    private readonly byte[] _sentence; // the flags above, one byte per sentence

    public QuoteMap(Document document)
    {
        var text = document.Text;
        _insideToken = new ulong[(document.Tokens.Count + 63) >> 6];
        var n = document.Sentences.Count;
        _sentence = new byte[n];
        var open = false;
        var paragraph = -1;
        for (var s = 0; s < n; s++)
        {
            var sentence = document.Sentences[s];
            var newParagraph = sentence.Paragraph != paragraph;
            paragraph = sentence.Paragraph;
            Set(s, StartsOpenFlag, open);
            Set(s, StartsWithQuoteFlag, IsQuote(text[sentence.Start]));
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                var token = document.Tokens[t];
                var c = text[token.Start];
                if (token.Length() == 1 && IsQuote(c))
                {
                    Set(s, HasQuoteFlag, true);
                    var atParagraphStart = newParagraph && t == sentence.FirstToken;
                    open = c switch
                    {
                        '\u201C' or '\u00AB' or '\u201E' => true,
                        '\u201D' or '\u00BB' => false,
                        _ => !open || atParagraphStart,
                    };
                    continue;
                }

                if (open)
                {
                    _insideToken[t >> 6] |= 1UL << (t & 63);
                }
            }

            Set(s, EndsOpenFlag, open);
        }
    }

    public bool InsideQuote(int token) => (_insideToken[token >> 6] & (1UL << (token & 63))) != 0;

    public bool StartsOpen(int sentence) => (_sentence[sentence] & StartsOpenFlag) != 0;

    public bool EndsOpen(int sentence) => (_sentence[sentence] & EndsOpenFlag) != 0;

    public bool HasQuote(int sentence) => (_sentence[sentence] & HasQuoteFlag) != 0;

    public bool StartsWithQuote(int sentence) => (_sentence[sentence] & StartsWithQuoteFlag) != 0;

    private void Set(int sentence, byte flag, bool on)
    {
        if (on)
        {
            _sentence[sentence] |= flag;
        }
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '\u201E';
}
