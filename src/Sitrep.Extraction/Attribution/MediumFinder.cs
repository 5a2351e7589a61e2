using Sitrep.Core.Documents;
using Sitrep.Core.Text;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>The medium a statement was made through ("on Telegram", "in a statement"), when it is the speaker's own.</summary>
internal sealed class MediumFinder
{
    private readonly Document _document;
    private readonly Token[] _tokens;
    private readonly QuoteMap _quotes;
    private readonly AttributionLexicon _lexicon;

    public MediumFinder(Document document, Token[] tokens, QuoteMap quotes, AttributionLexicon lexicon)
    {
        _document = document;
        _tokens = tokens;
        _quotes = quotes;
        _lexicon = lexicon;
    }

    /// <summary>The first medium in tokens [first, limit) outside quotes, the reported clause and others' possession, or null.</summary>
    public string? MediumOf(int first, int limit)
    {
        var found = _lexicon.Media.FindAll(_document.Text, _tokens, first, limit);
        foreach (var m in found)
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
            if (_tokens[i].Chars(_document.Text) is "that" or "що" or "что")
            {
                // "..., that the corps said on Telegram": a cue after the "that" makes the medium that speaker's
                return _lexicon.Cues.FindAll(_document.Text, _tokens, i + 1, at).Count == 0;
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

        var before = _tokens[at - 1].Chars(_document.Text);
        return _lexicon.Sides.TryMatch(_document.Text, _tokens, at - 1, at, out _, out _)
            || before.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || before.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase);
    }
}
