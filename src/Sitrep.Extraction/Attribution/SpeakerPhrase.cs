using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// Finds the token range of a speaker phrase next to a reporting cue: capitalised name words, ordinals, known
/// speaker nouns and adjectives, joined by "of"/"for"/"the" and by inner '.', '-' and apostrophes ("News.Az").
/// </summary>
internal readonly ref struct SpeakerPhrase
{
    private readonly string _text;
    private readonly ReadOnlySpan<Token> _tokens;
    private readonly AttributionLexicon _lexicon;

    public SpeakerPhrase(string text, ReadOnlySpan<Token> tokens, AttributionLexicon lexicon)
    {
        _text = text;
        _tokens = tokens;
        _lexicon = lexicon;
    }

    /// <summary>The phrase ending just before token <paramref name="cue"/>, not reaching before <paramref name="floor"/>.</summary>
    public (int Start, int End) Before(int floor, int cue)
    {
        var i = SkipGaps(floor, cue - 1);
        var end = i + 1;
        var start = end;
        if (QuotedNameStart(floor, i) is { } quoted && quoted - 1 >= floor && IsNameToken(quoted - 1))
        {
            start = quoted; // the phrase ends with a quoted name: "канал «Рыбарь»"
            i = quoted - 1;
        }
        else if (i - 1 >= floor && AreaWords.Contains(_text, _tokens[i]) && (IsNameToken(i - 1) || _tokens[i - 1].Chars(_text) is "the"))
        {
            start = i--; // "the governor of the Samara region said", "the head of the region said"
        }

        while (i >= floor)
        {
            if (IsNameToken(i))
            {
                start = i--;
                continue;
            }

            if (IsInnerJoiner(i) && i - 1 >= floor && IsNameToken(i - 1))
            {
                i--;
                continue;
            }

            if (start < end && QuotedNameStart(floor, i) is { } opening)
            {
                i = opening - 1; // "Провоенный канал «Рыбарь» признал": the name inside the quotation marks
                continue;
            }

            var word = _tokens[i].Chars(_text);
            if (word is "both" or "the" && start < end && i - 2 >= floor && _tokens[i - 1].Chars(_text) is "from" && IsNameToken(i - 2))
            {
                i -= 2; // "officials from both delegations said"
                continue;
            }

            if (word is "the" && start < end && i - 2 >= floor && _tokens[i - 1].Chars(_text) is "of" or "for" && IsNameToken(i - 2))
            {
                i -= 2; // "Russia's chief of the General Staff", "the spokesperson for the Southern Defence Forces"
                continue;
            }

            if (SpeakerLexicon.Determiners.Contains(word) && start < end)
            {
                start = i;
                break;
            }

            if (start < end && start == i + 1 && ArticleBeforeModifiers(floor, i) is { } article)
            {
                start = article; // "A logistics officer said": lower-case words between the article and the title are part of it
                break;
            }

            if (SpeakerLexicon.Connectors.Contains(word) && start < end && i - 1 >= floor && IsNameToken(i - 1))
            {
                i--;
                continue;
            }

            break;
        }

        return Trim(start, end);
    }

    /// <summary>Area words that end a speaker's title ("the governor of the Samara region"), never a speaker alone.</summary>
    private static readonly WordSet AreaWords = new(["region", "oblast", "province", "district", "community"]);

    /// <summary>The phrase starting at token <paramref name="from"/> and ending before <paramref name="limit"/>.</summary>
    public (int Start, int End) After(int from, int limit)
    {
        var i = from;
        if (i < limit && _tokens[i].Chars(_text) is "в" or "у" or "во" or "від" or "от")
        {
            i++;
        }

        if (i < limit && _tokens[i].Chars(_text) is "своем" or "своём" or "своєму" or "своей" or "своїй" or "its" or "his" or "her")
        {
            i++; // "написал в своем Telegram-канале Денис Пушилин"
        }

        if (i < limit && _lexicon.Media.TryMatch(_text, _tokens, i, limit, out var mediumTokens, out _))
        {
            i += mediumTokens;
        }

        var start = i;
        while (i < limit && SpeakerLexicon.Determiners.Contains(_text, _tokens[i]))
        {
            i++;
        }

        if (MediaNounAhead(i, limit) is { } outletNoun)
        {
            start = i = outletNoun; // "the state news agency TASS", "the Moscow-based newspaper Kommersant"
        }

        var end = start;
        while (i < limit)
        {
            if (IsNameToken(i))
            {
                end = ++i;
                continue;
            }

            if ((IsInnerJoiner(i) || SpeakerLexicon.Connectors.Contains(_text, _tokens[i]) || (end > start && PhraseGaps.AreaGenitives.Contains(_text, _tokens[i])))
                && i + 1 < limit && IsNameToken(i + 1))
            {
                i++;
                continue;
            }

            if (end > start && end == i && PhraseGaps.AreaGenitives.Contains(_text, _tokens[i]))
            {
                end = ++i; // "глава района", "оперативного штаба региона": the place's genitive closes the title
                continue;
            }

            // "according to a spokesperson for the Khortytsia group": "for the" goes on to the body
            if (i + 2 < limit && _tokens[i].Chars(_text) is "for" or "of" && _tokens[i + 1].Chars(_text) is "the" && IsNameToken(i + 2))
            {
                i += 2;
                continue;
            }

            if (end > start && end == i && TitleComplement(i, limit) is var closed and > 0)
            {
                end = i = closed; // "the commercial director of a trading house in Dnipro", "командира одного з батальйонів 14-ї бригади"
                continue;
            }

            break;
        }

        if (end == start + 1 && end + 1 < limit && _tokens[start].Chars(_text) is "estimates" or "figures" or "data"
            && _tokens[end].Chars(_text) is "by" or "from" or "of")
        {
            return After(end + 1, limit); // "according to estimates by the Ukrainian commander-in-chief": the one who estimates
        }

        return end > start && HasContent(start, end) ? (start, end) : (from, from);
    }

    /// <summary>
    /// An appositive before the cue: "Ivan Petrenko, a company commander, said" gives the name before the first comma,
    /// or the appositive itself when no name stands before it.
    /// </summary>
    public (int Start, int End) Appositive(int floor, int cue)
    {
        var comma = cue - 1;
        if (comma < floor || _text[_tokens[comma].Start] != ',')
        {
            return (cue, cue);
        }

        for (var i = comma - 1; i > floor; i--)
        {
            if (_text[_tokens[i].Start] == ',' && _tokens[i].Kind == TokenKind.Punctuation)
            {
                var name = Before(floor, i);
                return name.End > name.Start ? name : Before(i + 1, comma);
            }
        }

        return (cue, cue);
    }

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
            else
            {
                break;
            }
        }

        return i;
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

    /// <summary>
    /// A media noun a few descriptive words after <paramref name="from"/> ("state news agency", "Moscow-based
    /// newspaper"), followed by the outlet's name: the phrase starts at the noun; else null.
    /// </summary>
    private int? MediaNounAhead(int from, int limit)
    {
        for (var j = from; j < limit && j < from + 5; j++)
        {
            var token = _tokens[j];
            if (token.Kind == TokenKind.Punctuation && _text[token.Start] != '-')
            {
                return null;
            }

            if (token.Kind == TokenKind.Word && _lexicon.Nouns.TryMatch(_text, _tokens, j, j + 1, out _, out var type))
            {
                return j > from && type is SpeakerType.Media or SpeakerType.Agency && j + 1 < limit && IsCapitalizedName(j + 1) ? j : null;
            }
        }

        return null;
    }

    public string Word(int i) => _text.Substring(_tokens[i].Start, _tokens[i].End - _tokens[i].Start).ToLowerInvariant();

    public bool IsPronoun(int i) => i >= 0 && i < _tokens.Length && SpeakerLexicon.Pronouns.Contains(_text, _tokens[i]);

    private (int Start, int End) Trim(int start, int end)
    {
        while (start < end && (SpeakerLexicon.Connectors.Contains(_text, _tokens[start]) && !SpeakerLexicon.Determiners.Contains(_text, _tokens[start])))
        {
            start++;
        }

        return start < end && HasContent(start, end) ? (start, end) : (end, end);
    }

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

    /// <summary>How many words a title's complement may have ("of a small trading house in Dnipro").</summary>
    private const int ComplementWords = 5;

    /// <summary>
    /// The end of a title's complement that closes the phrase: "of a trading house in Dnipro", "at a grain terminal",
    /// "одного з батальйонів 14-ї бригади", "одного из батальонов 14-й бригады". It must run up to punctuation or the
    /// phrase's limit, so a clause that goes on ("of the claims that ...") is no part of the speaker; else -1.
    /// </summary>
    private int TitleComplement(int i, int limit)
    {
        var word = _tokens[i].Chars(_text);
        var j = i + 1;
        if (word is "of" or "at")
        {
            // "at the time" is when, not where: "at" goes on only to "a"/"an" ("at a grain terminal")
            if (j < limit && (_tokens[j].Chars(_text) is "a" or "an" || (word is "of" && _tokens[j].Chars(_text) is "the")))
            {
                j++;
            }
            else if (word is "at")
            {
                return -1;
            }
        }
        else if (word is "одного" or "однієї" or "одной" && j < limit && _tokens[j].Chars(_text) is "з" or "із" or "зі" or "из")
        {
            j++;
        }
        else
        {
            return -1;
        }

        var words = 0;
        var placeAfter = false;
        for (; j < limit && words <= ComplementWords; j++)
        {
            var token = _tokens[j];
            if (token.Kind == TokenKind.Punctuation && !IsInnerJoiner(j))
            {
                break;
            }

            var chars = token.Chars(_text);
            if (words > 0 && !placeAfter && chars is "in" or "near" or "в" or "у" or "на" && j + 1 < limit && IsCapitalizedName(j + 1))
            {
                placeAfter = true; // "a trading house in Dnipro": a place describing the speaker
                continue;
            }

            if (IsInnerJoiner(j) || (token.Kind == TokenKind.Word && j > i && IsInnerJoiner(j - 1)))
            {
                continue; // "47-ї", "155-й": an ordinal's ending
            }

            if (token.Kind == TokenKind.Number || (token.Kind == TokenKind.Word && (IsCapitalizedName(j) || IsPlainWord(chars))))
            {
                words++;
                continue;
            }

            return -1;
        }

        return words > 0 && words <= ComplementWords && (j == limit || (_tokens[j].Kind == TokenKind.Punctuation && !IsInnerJoiner(j))) ? j : -1;
    }

    /// <summary>A lower-case word of letters (Latin or Cyrillic) that is no function word of a clause.</summary>
    private static bool IsPlainWord(ReadOnlySpan<char> word)
    {
        if (word.Length < 2 || !char.IsLower(word[0]))
        {
            return false;
        }

        foreach (var c in word)
        {
            if (!char.IsLetter(c) && c is not '-' and not '\'' and not '\u2019')
            {
                return false;
            }
        }

        return !SpeakerLexicon.Connectors.Contains(word) && !SpeakerLexicon.NotNames.Contains(word) && word is not ("that" or "who" or "which" or "said" or "says" or "що" or "который" or "який");
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
