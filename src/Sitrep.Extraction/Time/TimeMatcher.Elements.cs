using Sitrep.Core.Text;
using Sitrep.Extraction.Quantities;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Time;

/// <summary>Matching one pattern element against the tokens at a position; returns the tokens consumed (0: no match).</summary>
internal sealed partial class TimeMatcher
{
    private static readonly HashSet<string> YearFollowers = new(StringComparer.OrdinalIgnoreCase)
    {
        "and", "or", "but", "the", "when", "after", "before", "as", "to", "for", "with", "of", "in", "on", "at", "by",
        "from", "until", "while", "that", "amid", "following", "since", "onwards", "alone", "through",
        "although", "though", "because", "whereas", "where", "which", "who", "so", "yet", "despite", "during", "against", "under",
        "хоча", "хотя", "але", "но", "однак", "однако", "коли", "когда",
        "року", "рік", "році", "году", "года", "год", "р", "г", "і", "та", "и", "до", "по",
    };

    private static readonly HashSet<string> YearWords = new(YearWordList(), StringComparer.OrdinalIgnoreCase);

    /// <summary>The words of {yearword} (a method, so that the matcher's constructor reads them whatever the order the parts' static fields are set in).</summary>
    private static string[] YearWordList() => ["року", "рік", "році", "рр", "году", "года", "год", "гг", "р", "г"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YearFollowerLookup = YearFollowers.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> YearWordLookup = YearWords.GetAlternateLookup<ReadOnlySpan<char>>();

    internal static int MatchElement(TimeElement element, string text, ReadOnlySpan<Token> tokens, int j, string language, ref TimeCaptures c)
    {
        var token = tokens[j];
        var word = token.Text(text);
        switch (element.Slot)
        {
            case TimeSlot.None:
                return element.MatchesLiteral(word) ? 1 : 0;
            case TimeSlot.Day:
                return TryDay(token, word, out c.Day) ? 1 : 0;
            case TimeSlot.Day2:
                return TryDay(token, word, out c.Day2) ? 1 : 0;
            case TimeSlot.Month:
                return MatchMonth(text, tokens, j, word, ref c.Month);
            case TimeSlot.Month2:
                return MatchMonth(text, tokens, j, word, ref c.Month2);
            case TimeSlot.MidMonth:
                return word.Length > 4 && word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase)
                    && TimeLexicon.Months.TryGetValue(word[4..], out var mid) ? Set(ref c.Month, mid.Value) : 0;
            case TimeSlot.Year:
            case TimeSlot.GuardedYear:
                return MatchYear(element.Slot == TimeSlot.GuardedYear, text, tokens, j, ref c.Year);
            case TimeSlot.Year2:
                return MatchYear(false, text, tokens, j, ref c.Year2);
            case TimeSlot.YearWord:
                if (!YearWordLookup.Contains(word))
                {
                    return 0;
                }

                return word.Length == 1 && j + 1 < tokens.Length && tokens[j + 1].Start == token.End && text[token.End] == '.' ? 2 : 1;
            case TimeSlot.Weekday:
                return MatchWeekday(text, tokens, j, word, ref c.Weekday);
            case TimeSlot.Weekday2:
                return MatchWeekday(text, tokens, j, word, ref c.Weekday2);
            case TimeSlot.Clock:
                return MatchClock(text, tokens, j);
            case TimeSlot.Count:
                return TryCount(token, word, out c.N) ? 1 : 0;
            case TimeSlot.DottedDate:
                return token.Kind == TokenKind.Number && DateForms.TryDotted(word, out c.Day, out c.Month, out c.Year) ? 1 : 0;
            case TimeSlot.DottedDate2:
                return token.Kind == TokenKind.Number && DateForms.TryDotted(word, out c.Day2, out c.Month2, out c.Year2) ? 1 : 0;
            case TimeSlot.IsoDate:
                return DateForms.TryIso(text, tokens, j, out c.Year, out c.Month, out c.Day) ? 5 : 0;
            case TimeSlot.SlashDate:
                return DateForms.TrySlash(text, tokens, j, language, out c.Day, out c.Month, out c.Year) ? 5 : 0;
            default:
                return 0;
        }
    }

    private static int Set(ref int field, int value)
    {
        field = value;
        return 1;
    }

    private static int MatchMonth(string text, ReadOnlySpan<Token> tokens, int j, ReadOnlySpan<char> word, ref int month)
    {
        if (!TimeLexicon.Months.TryGetValue(word, out var entry) || !CaseFits(word, entry))
        {
            return 0;
        }

        month = entry.Value;
        var abbreviatedWithDot = (entry.Flags & NameFlags.Abbreviation) != 0 && j + 1 < tokens.Length
            && tokens[j + 1].Start == tokens[j].End && text[tokens[j].End] == '.';
        return abbreviatedWithDot ? 2 : 1;
    }

    private static int MatchWeekday(string text, ReadOnlySpan<Token> tokens, int j, ReadOnlySpan<char> word, ref DayOfWeek? weekday)
    {
        if (word.Length > 3 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)))
        {
            word = word[..^2];
        }

        if (!TimeLexicon.Weekdays.TryGetValue(word, out var entry) || !CaseFits(word, entry))
        {
            return 0;
        }

        if ((entry.Flags & NameFlags.NeedsPreposition) != 0 && (j == 0 || !TimeLexicon.WeekdayPrepositions.Contains(tokens[j - 1].Text(text))))
        {
            return 0;
        }

        weekday = (DayOfWeek)entry.Value;
        return 1;
    }

    private static int MatchYear(bool guarded, string text, ReadOnlySpan<Token> tokens, int j, ref int year)
    {
        var skip = 0;
        if (tokens[j].Text(text) is [','] && j + 1 < tokens.Length)
        {
            skip = 1;
        }

        var token = tokens[j + skip];
        if (token.Kind != TokenKind.Number || !TryYear(token.Text(text), out year))
        {
            return 0;
        }

        if (guarded && j + skip + 1 < tokens.Length)
        {
            var next = tokens[j + skip + 1];
            var nextWord = next.Text(text);
            if (next.Kind == TokenKind.Word && char.IsLower(nextWord[0]) && !YearFollowerLookup.Contains(nextWord))
            {
                return 0;
            }
        }

        return 1 + skip;
    }

    /// <summary>A clock time "18:00" / "8.00" written as adjacent tokens: hours, separator, two-digit minutes.</summary>
    private static int MatchClock(string text, ReadOnlySpan<Token> tokens, int j)
    {
        if (j + 2 >= tokens.Length || tokens[j].Kind != TokenKind.Number || tokens[j + 2].Kind != TokenKind.Number
            || tokens[j].End != tokens[j + 1].Start || tokens[j + 1].End != tokens[j + 2].Start
            || tokens[j + 1].Text(text) is not ([':'] or ['.']))
        {
            return 0;
        }

        var h = tokens[j].Text(text);
        var m = tokens[j + 2].Text(text);
        return h.Length is 1 or 2 && m.Length == 2 && int.TryParse(h, out var hours) && hours < 24 && int.TryParse(m, out var minutes) && minutes < 60 ? 3 : 0;
    }

    private static bool CaseFits(ReadOnlySpan<char> word, NameEntry entry) =>
        (entry.Flags & NameFlags.Capitalized) == 0 || char.IsUpper(word[0]);

    private static bool TryDay(Token token, ReadOnlySpan<char> word, out int day)
    {
        day = 0;
        if (token.Kind != TokenKind.Number)
        {
            return false;
        }

        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            day = (day * 10) + (word[digits] - '0');
            digits++;
        }

        var suffix = word[digits..];
        var ordinal = suffix.IsEmpty || suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);
        return digits is 1 or 2 && ordinal && day is >= 1 and <= 31;
    }

    private static bool TryYear(ReadOnlySpan<char> word, out int year)
    {
        year = 0;
        if (word.Length is < 4 or > 5)
        {
            return false;
        }

        for (var k = 0; k < 4; k++)
        {
            if (!char.IsAsciiDigit(word[k]))
            {
                return false;
            }

            year = (year * 10) + (word[k] - '0');
        }

        return (word.Length == 4 || word[4] is 'р' or 'г') && year is >= 1900 and <= 2100;
    }

    private static bool TryCount(Token token, ReadOnlySpan<char> word, out int n)
    {
        n = 0;
        if (token.Kind == TokenKind.Number)
        {
            return int.TryParse(word, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out n) && n is > 0 and < 1000;
        }

        if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            n = 1;
            return true;
        }

        if (NumberWords.TryCardinal(word, out var value) && value is > 0 and <= 100)
        {
            n = (int)value;
            return true;
        }

        return false;
    }

    /// <summary>Case-insensitive word equality that treats the three apostrophes (' ’ ʼ) alike.</summary>
    internal static bool SameWord(ReadOnlySpan<char> word, string literal)
    {
        if (word.Length != literal.Length)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            var a = Fold(word[k]);
            var b = Fold(literal[k]);
            if (a != b)
            {
                return false;
            }
        }

        return true;
    }

    internal static char Fold(char c) => c is '\u2019' or '\u02BC' ? '\'' : Letters.Lower(c);
}
