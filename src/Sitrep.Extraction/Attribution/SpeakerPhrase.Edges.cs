using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// The edges of a phrase read back from its cue: the words between speaker and verb, a quoted name, an article
/// before modifier words.
/// </summary>
internal readonly ref partial struct SpeakerPhrase
{
    /// <summary>
    /// The last token of the speaker before a verb at <paramref name="last"/> + 1, past the words that may stand
    /// between them: "also", "on Tuesday", "в суботу", "в ефірі телемарафону".
    /// </summary>
    private int SkipGaps(int floor, int last)
    {
        var i = last;
        while (i >= floor)
        {
            if (SpeakerLexicon.Skippable.Contains(_text, _tokens[i]) || _tokens[i].Chars(_text) is "не")
            {
                i--; // "Аналітики DeepState не фіксують змін": the negation stands between the speaker and the verb
            }
            else if (i - 1 >= floor && PhraseGaps.Weekdays.Contains(_text, _tokens[i]) && PhraseGaps.WeekdayPrepositions.Contains(_text, _tokens[i - 1]))
            {
                i -= 2;
            }
            else if (i - 2 >= floor && PhraseGaps.Broadcasts.Contains(_text, _tokens[i]) && PhraseGaps.OnAir.Contains(_text, _tokens[i - 1])
                && PhraseGaps.WeekdayPrepositions.Contains(_text, _tokens[i - 2]))
            {
                i -= 3;
            }
            else if (MediumGapStart(floor, i) is { } preposition)
            {
                i = preposition - 1; // "Речниця ... в коментарі нашому виданню назвала", "у Генштабі в ранковому зведенні повідомили"
            }
            else if (CallSignGap(floor, i) is { } beforeSign)
            {
                i = beforeSign; // "a Ukrainian battalion commander with the call sign Maestro told", "командир роти з позивним «Грім» розповів"
            }
            else
            {
                break;
            }
        }

        return i;
    }

    /// <summary>
    /// A call sign between a title and its verb ("with the call sign Maestro", "with callsign \"Grim\"", "з позивним
    /// «Грім»", "с позывным «Гром»"): the last token of the title before it, or null. The call sign names the person the
    /// title describes; it is no speaker of its own.
    /// </summary>
    private int? CallSignGap(int floor, int last)
    {
        var j = last;
        if (j >= floor && _tokens[j].Kind == TokenKind.Punctuation && PhraseGaps.IsQuoteMark(_text[_tokens[j].Start]))
        {
            j--;
        }

        if (j < floor || _tokens[j].Kind != TokenKind.Word || !char.IsUpper(_text[_tokens[j].Start]))
        {
            return null;
        }

        j--;
        if (j >= floor && _tokens[j].Kind == TokenKind.Punctuation && PhraseGaps.IsQuoteMark(_text[_tokens[j].Start]))
        {
            j--;
        }

        if (j - 1 >= floor && _tokens[j].Chars(_text) is "позивним" or "позывным")
        {
            return _tokens[j - 1].Chars(_text) is "з" or "із" or "зі" or "с" or "со" && j - 2 >= floor ? j - 2 : null;
        }

        if (j >= floor && _tokens[j].Chars(_text) is "callsign")
        {
            j--;
        }
        else if (j - 1 >= floor && _tokens[j].Chars(_text) is "sign" && _tokens[j - 1].Chars(_text) is "call")
        {
            j -= 2;
        }
        else
        {
            return null;
        }

        if (j >= floor && _tokens[j].Chars(_text) is "the" or "a")
        {
            j--;
        }

        return j - 1 >= floor && _tokens[j].Chars(_text) is "with" ? j - 1 : null;
    }

    /// <summary>
    /// Where a phrase naming the medium of the words ends at <paramref name="last"/>: "в" / "у" / "во", up to five words
    /// with a medium noun in the locative among them ("в коментарі нашому виданню", "в інтерв'ю «Радіо Свобода»", "в
    /// ранковому зведенні", "в своем телеграм-канале", "у своєму дописі у фейсбуці", "в своём канале", "на своїй сторінці"),
    /// no comma between; else null.
    /// </summary>
    private int? MediumGapStart(int floor, int last)
    {
        var medium = false;
        for (var p = last; p >= floor && p >= last - 6; p--)
        {
            var token = _tokens[p];
            if (token.Kind == TokenKind.Punctuation && !PhraseGaps.IsQuoteMark(_text[token.Start]))
            {
                return null;
            }

            if (token.Kind != TokenKind.Word)
            {
                continue;
            }

            if (PhraseGaps.WeekdayPrepositions.Contains(_text, token) || PhraseGaps.OnPrepositions.Contains(_text, token))
            {
                return medium && p < last ? p : null;
            }

            // "у фейсбуці" after "у своєму дописі": the platform is a medium phrase of its own, peeled first
            medium |= PhraseGaps.MediumLocatives.Contains(_text, token) || PhraseGaps.Platforms.Contains(_text, token);
        }

        return null;
    }

    /// <summary>
    /// The opening quotation mark of a short quoted name ending at token <paramref name="close"/> ("«Рыбарь»"): one to
    /// three words between the marks, none of them lower-case; else null.
    /// </summary>
    private int? QuotedNameStart(int floor, int close)
    {
        if (close < floor || _tokens[close].Kind != TokenKind.Punctuation || !PhraseGaps.IsQuoteMark(_text[_tokens[close].Start]))
        {
            return null;
        }

        for (var j = close - 1; j >= floor && j >= close - 4; j--)
        {
            var token = _tokens[j];
            if (token.Kind == TokenKind.Punctuation && PhraseGaps.IsQuoteMark(_text[token.Start]))
            {
                return j < close - 1 ? j : null;
            }

            if (token.Kind != TokenKind.Word || !char.IsUpper(_text[token.Start]))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The article before one or two modifier words ending at <paramref name="last"/>, or null.</summary>
    private int? ArticleBeforeModifiers(int floor, int last)
    {
        for (var i = last; i >= floor && i > last - 2 && IsModifier(i); i--)
        {
            if (i - 1 >= floor && _tokens[i - 1].Chars(_text) is "a" or "A" or "an" or "An" or "the" or "The")
            {
                return i - 1;
            }
        }

        return null;
    }

    /// <summary>A plain lower-case English word ("logistics", "drone"), not a function word, verb form or number.</summary>
    private bool IsModifier(int i)
    {
        var word = _tokens[i].Chars(_text);
        if (_tokens[i].Kind != TokenKind.Word || word.Length < 3 || !char.IsAsciiLetterLower(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsAsciiLetterLower(c) && c != '-')
            {
                return false;
            }
        }

        return !word.EndsWith("ed", StringComparison.Ordinal) && !word.EndsWith("ing", StringComparison.Ordinal)
            && !SpeakerLexicon.Connectors.Contains(word) && !SpeakerLexicon.Skippable.Contains(word) && !SpeakerLexicon.NotNames.Contains(word);
    }
}
