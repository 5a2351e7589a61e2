using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>What one token is to a speaker phrase (a name word, a speaker noun, an inner joiner) and the trim of a phrase's ends.</summary>
internal readonly ref partial struct SpeakerPhrase
{
    private (int Start, int End) Trim(int start, int end)
    {
        while (start < end && ((SpeakerLexicon.Connectors.Contains(_text, _tokens[start]) && !SpeakerLexicon.Determiners.Contains(_text, _tokens[start]))
            || (start + 1 < end && OpeningAdverbs.Contains(_text, _tokens[start]))))
        {
            start++;
        }

        return start < end && HasContent(start, end) ? (start, end) : (end, end);
    }

    /// <summary>
    /// Adverbs of time and sequence that open a sentence before its speaker ("Пізніше голова ОВА уточнив", "Позже
    /// губернатор добавил", "Згодом речник додав"): capitalised for the sentence, no word of the speaker's name.
    /// </summary>
    private static readonly WordSet OpeningAdverbs = new(
    [
        "пізніше", "згодом", "потім", "тоді", "відтак", "водночас", "натомість", "раніше", "нині", "зараз",
        "позже", "позднее", "затем", "потом", "тогда", "впоследствии", "одновременно", "ранее", "сейчас", "теперь",
        "later", "afterwards", "subsequently", "meanwhile", "earlier",
    ]);

    private bool HasContent(int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (IsCapitalizedName(i) || IsNoun(i))
            {
                return true;
            }
        }

        return false;
    }

    private bool IsNameToken(int i)
    {
        var token = _tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            return _text[token.End - 1] is 'h' or 'd' or 't' or 'й' or 'а' or 'я' or 'ї'
                || (i + 1 < _tokens.Length && _tokens[i + 1].Kind == TokenKind.Word && IsNoun(i + 1));
        }

        return token.Kind == TokenKind.Word && (IsCapitalizedName(i) || IsNoun(i) || _lexicon.Adjectives.Contains(_text, _tokens[i]) || IsPossessiveNoun(token));
    }

    /// <summary>"the city's military administration", "the regional prosecutor's office": a speaker word in the possessive.</summary>
    private bool IsPossessiveNoun(Token token)
    {
        var word = token.Chars(_text);
        if (word.Length < 4 || word[^1] != 's' || word[^2] is not ('\'' or '\u2019'))
        {
            return false;
        }

        var stem = word[..^2];
        return !char.IsUpper(stem[0]) && SpeakerLexicon.PossessiveOwners.Contains(stem);
    }

    private bool IsCapitalizedName(int i)
    {
        var token = _tokens[i];
        return token.Kind == TokenKind.Word && char.IsUpper(_text[token.Start]) && !SpeakerLexicon.NotNames.Contains(_text, _tokens[i]);
    }

    private bool IsNoun(int i) =>
        _tokens[i].Kind == TokenKind.Word && _lexicon.Nouns.TryMatch(_text, _tokens, i, i + 1, out _, out _);

    private bool IsInnerJoiner(int i)
    {
        var token = _tokens[i];
        if (token.Kind != TokenKind.Punctuation || _text[token.Start] is not ('.' or '-' or '\'' or '\u2019'))
        {
            return false;
        }

        return token.Start > 0 && !char.IsWhiteSpace(_text[token.Start - 1]) && token.End < _text.Length && !char.IsWhiteSpace(_text[token.End]);
    }
}
