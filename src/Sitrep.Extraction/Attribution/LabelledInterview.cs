using Sitrep.Core.Documents;

namespace Sitrep.Extraction.Attribution;

/// <summary>
/// An interview whose lines are labelled by who speaks: "Sentinel: Russian channels say ... Is that true?" /
/// "Hnatiuk: No, it is not true. Our units remain ...", "Кореспондент: ...?" / "Гнатюк: Ні, це неправда.". A label is
/// one to three capitalised words (not all in capitals, so "THE CLAIM:" and "Q:" are none) and a colon opening a
/// line; the document is such an interview when one label opens a line that ends with a question mark and another
/// label opens a line that does not. An answer line's label names who answers.
/// </summary>
internal static class LabelledInterview
{
    /// <summary>Whether <paramref name="text"/> is an interview with labelled lines.</summary>
    public static bool Is(string text)
    {
        string? asker = null;
        var labelled = 0;
        List<string>? answerers = null;
        var line = 0;
        while (line < text.Length)
        {
            var end = text.IndexOf('\n', line);
            end = end < 0 ? text.Length : end;
            if (Label(text, line, end) is { } colon)
            {
                labelled++;
                var label = text.AsSpan(LineStart(text, line), colon - LineStart(text, line)).ToString();
                if (EndsWithQuestion(text, end))
                {
                    asker ??= label;
                }
                else
                {
                    (answerers ??= []).Add(label);
                }
            }

            line = end + 1;
        }

        return labelled >= 2 && asker is not null && answerers is not null && answerers.Exists(a => a != asker);
    }

    /// <summary>The colon's offset when the line [<paramref name="line"/>, <paramref name="end"/>) opens with a label, else null.</summary>
    public static int? Label(string text, int line, int end)
    {
        var i = LineStart(text, line);
        var words = 0;
        var lower = false;
        while (i < end && words < 3)
        {
            if (!char.IsUpper(text[i]))
            {
                return null;
            }

            var w = i + 1;
            while (w < end && (char.IsLetter(text[w]) || text[w] is '\'' or '\u2019' or '-'))
            {
                lower |= char.IsLower(text[w]);
                w++;
            }

            words++;
            if (w < end && text[w] == ':')
            {
                // "Відповідь:", "Питання:", "Answer:": the report of questions and answers, read on its own
                return lower && w + 1 < end && text[w + 1] == ' ' && !(words == 1 && QaWords.Contains(text[i..w])) ? w : null;
            }

            if (w >= end || text[w] != ' ')
            {
                return null;
            }

            i = w + 1;
        }

        return null;
    }

    private static readonly HashSet<string> QaWords = ["Answer", "Question", "Відповідь", "Питання", "Ответ", "Вопрос"];

    /// <summary>The start of the line holding <paramref name="offset"/>, past its indentation.</summary>
    public static int LineOf(string text, int offset)
    {
        var line = offset;
        while (line > 0 && text[line - 1] != '\n')
        {
            line--;
        }

        return line;
    }

    /// <summary>Whether the line holding <paramref name="offset"/> is labelled and ends with a question mark.</summary>
    public static bool IsQuestionLine(string text, int offset)
    {
        var line = LineOf(text, offset);
        var end = text.IndexOf('\n', line);
        end = end < 0 ? text.Length : end;
        return Label(text, line, end) is not null && EndsWithQuestion(text, end);
    }

    /// <summary>Whether the line holding <paramref name="offset"/> is labelled and asks nothing: an answer.</summary>
    public static bool IsAnswerLine(string text, int offset)
    {
        var line = LineOf(text, offset);
        var end = text.IndexOf('\n', line);
        end = end < 0 ? text.Length : end;
        return Label(text, line, end) is not null && !EndsWithQuestion(text, end);
    }

    private static int LineStart(string text, int line)
    {
        while (line < text.Length && text[line] is ' ' or '\t')
        {
            line++;
        }

        return line;
    }

    private static bool EndsWithQuestion(string text, int end)
    {
        while (end > 0 && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > 0 && text[end - 1] == '?';
    }
}
