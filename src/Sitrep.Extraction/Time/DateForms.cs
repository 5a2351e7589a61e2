using Sitrep.Core.Text;

namespace Sitrep.Extraction.Time;

/// <summary>Numeric date forms: "11.12.2025", "2025-12-11", "11/12/2025".</summary>
internal static class DateForms
{
    /// <summary>Day.month.year, the order used in Ukrainian and Russian (and much of Europe): one token.</summary>
    public static bool TryDotted(ReadOnlySpan<char> word, out int day, out int month, out int year)
    {
        day = month = year = 0;
        var first = word.IndexOf('.');
        var last = word.LastIndexOf('.');
        if (first <= 0 || last == first)
        {
            return false;
        }

        return TryPart(word[..first], 1, 2, out day)
            && TryPart(word[(first + 1)..last], 1, 2, out month)
            && TryYearPart(word[(last + 1)..], out year)
            && Calendar.IsValid(year, month, day);
    }

    /// <summary>ISO year-month-day written without spaces: five adjacent tokens.</summary>
    public static bool TryIso(string text, ReadOnlySpan<Token> tokens, int j, out int year, out int month, out int day)
    {
        year = month = day = 0;
        return Adjacent(text, tokens, j, '-')
            && TryPart(tokens[j].Text(text), 4, 4, out year)
            && TryPart(tokens[j + 2].Text(text), 1, 2, out month)
            && TryPart(tokens[j + 4].Text(text), 1, 2, out day)
            && Calendar.IsValid(year, month, day);
    }

    /// <summary>
    /// Slashed dates: day first unless the first number cannot be a day of the month order; when both orders are
    /// possible, English text reads month first and Ukrainian/Russian text day first.
    /// </summary>
    public static bool TrySlash(string text, ReadOnlySpan<Token> tokens, int j, string language, out int day, out int month, out int year)
    {
        day = month = year = 0;
        if (!Adjacent(text, tokens, j, '/')
            || !TryPart(tokens[j].Text(text), 1, 2, out var a)
            || !TryPart(tokens[j + 2].Text(text), 1, 2, out var b)
            || !TryPart(tokens[j + 4].Text(text), 4, 4, out year))
        {
            return false;
        }

        var monthFirst = a <= 12 && (b > 12 || language == "en");
        (month, day) = monthFirst ? (a, b) : (b, a);
        return Calendar.IsValid(year, month, day);
    }

    private static bool Adjacent(string text, ReadOnlySpan<Token> tokens, int j, char separator)
    {
        if (j + 4 >= tokens.Length)
        {
            return false;
        }

        for (var k = j; k < j + 4; k++)
        {
            if (tokens[k].End != tokens[k + 1].Start)
            {
                return false;
            }
        }

        return tokens[j].Kind == TokenKind.Number && tokens[j + 2].Kind == TokenKind.Number && tokens[j + 4].Kind == TokenKind.Number
            && text[tokens[j + 1].Start] == separator && text[tokens[j + 3].Start] == separator
            && tokens[j + 1].Span.Length == 1 && tokens[j + 3].Span.Length == 1;
    }

    private static bool TryYearPart(ReadOnlySpan<char> part, out int year)
    {
        if (part.Length == 2 && TryPart(part, 2, 2, out var yy))
        {
            year = 2000 + yy;
            return true;
        }

        return TryPart(part, 4, 4, out year) && year is >= 1900 and <= 2100;
    }

    private static bool TryPart(ReadOnlySpan<char> part, int minDigits, int maxDigits, out int value)
    {
        value = 0;
        if (part.Length < minDigits || part.Length > maxDigits)
        {
            return false;
        }

        foreach (var ch in part)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }

            value = (value * 10) + (ch - '0');
        }

        return true;
    }
}
