using Sitrep.Core.Text;

namespace Sitrep.Extraction.Text;

/// <summary>
/// Finds sentence boundaries: a line break always ends a sentence (news text puts headlines, datelines and list
/// items on lines of their own); inside a line, '.', '!', '?' or '…' followed by space and an upper-case letter,
/// digit, quote or dash ends one, unless the word before is a known abbreviation, an initial or a dotted initialism ("U.N.").
/// </summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "sgt", "st", "no", "vs", "etc", "e.g", "i.e",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "km",
        "ген", "м", "вул", "с", "смт", "обл", "р", "тис", "млн", "им", "ул", "г", "пгт",
    };

    /// <summary>Calls <paramref name="emit"/> with (span, paragraphIndex) for each sentence, in order.</summary>
    public static void Split(string text, Action<TextSpan, int> emit)
    {
        var paragraph = 0;
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            if (IsBlank(text.AsSpan(lineStart, lineEnd - lineStart)))
            {
                paragraph++;
            }
            else
            {
                SplitLine(text, lineStart, lineEnd, paragraph, emit);
                if (lineEnd < text.Length - 1 && text[lineEnd + 1] != '\n' && !LineContinues(text, lineStart, lineEnd))
                {
                    paragraph++;
                }
            }

            lineStart = lineEnd + 1;
        }
    }

    private static bool LineContinues(string text, int lineStart, int lineEnd)
    {
        // A hard-wrapped paragraph: the line does not end in terminal punctuation.
        var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
        return line.Length > 0 && char.IsLetterOrDigit(line[^1]) && line.Length > 60;
    }

    private static void SplitLine(string text, int start, int end, int paragraph, Action<TextSpan, int> emit)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?' or '…'))
            {
                continue;
            }

            var j = i + 1;
            while (j < end && text[j] is '.' or '!' or '?' or '"' or '\u201D' or '\u00BB' or ')' or '\'')
            {
                j++;
            }

            if (j >= end || !char.IsWhiteSpace(text[j]))
            {
                continue;
            }

            var k = j;
            while (k < end && char.IsWhiteSpace(text[k]))
            {
                k++;
            }

            if (k >= end)
            {
                break;
            }

            var next = text[k];
            var startsNew = char.IsUpper(next) || char.IsDigit(next) || next is '"' or '\u201C' or '\u00AB' or '\u2014' or '\u2013' or '(' or '\'';
            if (!startsNew || (c == '.' && IsAbbreviation(text, sentenceStart, i)))
            {
                continue;
            }

            Emit(text, sentenceStart, j, paragraph, emit);
            sentenceStart = k;
            i = k - 1;
        }

        Emit(text, sentenceStart, end, paragraph, emit);
    }

    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        var w = dot;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.'))
        {
            w--;
        }

        var word = text.AsSpan(w, dot - w);
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true; // an initial: "O. Syrskyi"
        }

        if (IsDottedInitialism(word))
        {
            return true; // "U.N.", "E.U.", "U.S.": single letters each followed by a dot
        }

        var lookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        return word.Length > 0 && lookup.Contains(word);
    }

    /// <summary>Two or more single letters joined by dots, the last dot being the one looked at ("U.N", "E.U").</summary>
    private static bool IsDottedInitialism(ReadOnlySpan<char> word)
    {
        if (word.Length < 3 || word.Length % 2 == 0)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (i % 2 == 0 ? !char.IsLetter(word[i]) : word[i] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static void Emit(string text, int start, int end, int paragraph, Action<TextSpan, int> emit)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            emit(new TextSpan(start, end), paragraph);
        }
    }

    private static bool IsBlank(ReadOnlySpan<char> line) => line.IsWhiteSpace();
}
