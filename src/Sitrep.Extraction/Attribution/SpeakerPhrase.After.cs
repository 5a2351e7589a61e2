using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>The phrase after a cue ("according to the state news agency TASS", "заявил глава района").</summary>
internal readonly ref partial struct SpeakerPhrase
{
    /// <summary>The phrase starting at token <paramref name="from"/> and ending before <paramref name="limit"/>.</summary>
    public (int Start, int End) After(int from, int limit)
    {
        var i = from;
        if (i < limit && _tokens[i].Chars(_text) is "в" or "у" or "во" or "від" or "от")
        {
            i++;
        }
        else if (i + 1 < limit && _tokens[i].Chars(_text) is "на" && _lexicon.Media.TryMatch(_text, _tokens, i + 1, limit, out _, out _))
        {
            i++; // "заявил на брифинге в воскресенье официальный представитель", "повідомив на брифінгу речник"
        }

        if (i < limit && _tokens[i].Chars(_text) is "своем" or "своём" or "своєму" or "своей" or "своїй" or "its" or "his" or "her")
        {
            i++; // "написал в своем Telegram-канале Денис Пушилин"
        }

        if (i < limit && _lexicon.Media.TryMatch(_text, _tokens, i, limit, out var mediumTokens, out _))
        {
            i += mediumTokens;
            if (QuotedNameEnd(i, limit) is { } outletEnd)
            {
                i = outletEnd; // "заявив в інтерв'ю «Радіо Свобода» офіцер ...": the outlet the medium names is no speaker
            }
        }

        if (i > from && i + 1 < limit && PhraseGaps.WeekdayPrepositions.Contains(_text, _tokens[i]) && PhraseGaps.Weekdays.Contains(_text, _tokens[i + 1]))
        {
            i += 2; // "заявил на брифинге в воскресенье официальный представитель": the day the words were said, after their medium
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

            if (end == start + 1 && end == i && PhraseGaps.UnitGenitives.Contains(_text, _tokens[i])
                && !(i + 1 < limit && (_tokens[i + 1].Kind == TokenKind.Number || char.IsDigit(_text[_tokens[i + 1].Start]))))
            {
                end = ++i; // "розповів командир роти", "рассказал командир взвода": the small unit closes the title
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

        // a title may open with an adjective of office: "заявил официальный представитель Министерства обороны России"
        var title = start + 1 < end && _lexicon.Adjectives.Contains(_text, _tokens[start]) && IsNoun(start + 1) ? start + 1 : start;
        if (end > title && IsNoun(title) && !IsCapitalizedName(title) && NameAfterDescription(end, limit) is { } named)
        {
            end = named; // "заявив офіцер 102-ї окремої бригади ТрО Максим Гордієнко": the title's unit, then the name closing the clause
        }

        if (end == start + 1 && end + 1 < limit && _tokens[start].Chars(_text) is "estimates" or "figures" or "data"
            && _tokens[end].Chars(_text) is "by" or "from" or "of")
        {
            return After(end + 1, limit); // "according to estimates by the Ukrainian commander-in-chief": the one who estimates
        }

        return end > start && HasContent(start, end) ? (start, end) : (from, from);
    }

    /// <summary>
    /// After a lower-case title, a few words describing it (a unit in the genitive) and two or more capitalised words that
    /// close the clause: the token after that name, or null.
    /// </summary>
    private int? NameAfterDescription(int from, int limit)
    {
        var run = 0;
        for (var j = from; j <= limit && j <= from + 8; j++)
        {
            if (j == limit || (_tokens[j].Kind == TokenKind.Punctuation && _text[_tokens[j].Start] != '-'))
            {
                return run >= 2 && j > from + run ? j : null;
            }

            run = IsCapitalizedName(j) ? run + 1 : 0;
        }

        return null;
    }

    /// <summary>
    /// The token after a quoted name opening at <paramref name="open"/> with a capital ("«Радіо Свобода»", "«Громадському
    /// радіо»"), or null.
    /// </summary>
    private int? QuotedNameEnd(int open, int limit)
    {
        if (open >= limit || _tokens[open].Kind != TokenKind.Punctuation || !PhraseGaps.IsQuoteMark(_text[_tokens[open].Start]))
        {
            return null;
        }

        for (var j = open + 1; j < limit && j <= open + 5; j++)
        {
            var token = _tokens[j];
            if (token.Kind == TokenKind.Punctuation && PhraseGaps.IsQuoteMark(_text[token.Start]))
            {
                return j > open + 1 && j + 1 < limit ? j + 1 : null;
            }

            if (token.Kind != TokenKind.Word || (j == open + 1 && !char.IsUpper(_text[token.Start])))
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
}
