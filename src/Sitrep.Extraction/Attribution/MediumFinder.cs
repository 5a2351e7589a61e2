using System.Runtime.InteropServices;
using Sitrep.Core.Documents;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>The medium a statement was made through ("on Telegram", "in a statement"), when it is the speaker's own.</summary>
internal sealed class MediumFinder
{
    private readonly Document _document;
    private readonly List<Token> _tokenList;
    private readonly QuoteMap _quotes;
    private readonly AttributionLexicon _lexicon;

    public MediumFinder(Document document, List<Token> tokens, QuoteMap quotes, AttributionLexicon lexicon)
    {
        _document = document;
        _tokenList = tokens;
        _quotes = quotes;
        _lexicon = lexicon;
    }

    private ReadOnlySpan<Token> Tokens => CollectionsMarshal.AsSpan(_tokenList);

    /// <summary>The first medium in tokens [first, limit) outside quotes, the reported clause and others' possession, or null.</summary>
    public string? MediumOf(int first, int limit)
    {
        foreach (var m in _lexicon.Media.Scan(_document.Text, Tokens, first, limit))
        {
            if (_quotes.InsideQuote(m.FirstToken) || AfterComplementizer(first, m.FirstToken) || OthersMedium(first, m.FirstToken))
            {
                continue;
            }

            return m.Value;
        }

        return null;
    }

    /// <summary>"claimed that ... a statement": a medium word inside the reported clause is not the speaker's channel.</summary>
    private bool AfterComplementizer(int first, int at)
    {
        for (var i = at - 1; i >= first; i--)
        {
            if (Tokens[i].Chars(_document.Text) is "that" or "що" or "что")
            {
                // "..., that the corps said on Telegram": a cue after the "that" makes the medium that speaker's
                return !_lexicon.Cues.TryFirst(_document.Text, Tokens, i + 1, at, out _);
            }
        }

        return false;
    }

    /// <summary>"dismissed the Russian statement", "Moscow's video": a medium owned by someone else.</summary>
    private bool OthersMedium(int first, int at)
    {
        if (at <= first)
        {
            return false;
        }

        var before = Tokens[at - 1].Chars(_document.Text);
        return _lexicon.Sides.TryMatch(_document.Text, Tokens, at - 1, at, out _, out _)
            || before.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || before.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);
    }
}
