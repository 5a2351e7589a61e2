using Sitrep.Core.Text;
using Sitrep.Extraction.Attribution.Languages;
using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Attribution;

/// <summary>A title's complement that closes a phrase after its cue ("of a trading house in Dnipro", "одного з батальйонів").</summary>
internal readonly ref partial struct SpeakerPhrase
{
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
}
