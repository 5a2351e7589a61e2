using Sitrep.Extraction.Quantities;

namespace Sitrep.Extraction.Time;

/// <summary>
/// What a token may match as the first element of a pattern (<see cref="TimeLead"/>), so that the patterns tried at
/// every number and at every month, weekday or number word skip those that cannot start there. Each answer is a
/// superset of what <see cref="MatchElement"/> accepts at such a token: a bit too many costs a try, a bit too few
/// would lose an expression.
/// </summary>
internal sealed partial class TimeMatcher
{
    /// <summary>What <see cref="FindAll"/> takes a token of this text and kind to be able to start (for tests: every other kind of token is tried against everything).</summary>
    internal TimeLead LeadOf(ReadOnlySpan<char> word, Core.Text.TokenKind kind)
    {
        var kinds = _wordKinds.TryGetValue(word, out var info) ? info.Kinds : WordKinds.None;
        var known = (kinds & WordKinds.Key) != 0;
        return kind switch
        {
            Core.Text.TokenKind.Number => NumberLead(word, known),
            Core.Text.TokenKind.Word => WordLead(word, kinds),
            _ => TimeLead.All,
        };
    }

    /// <summary>The tables that have <paramref name="word"/>, as <see cref="FindAll"/> reads them from its one lookup a token.</summary>
    internal WordKinds KindsOf(ReadOnlySpan<char> word) => _wordKinds.TryGetValue(word, out var info) ? info.Kinds : WordKinds.None;

    /// <summary>The patterns <paramref name="word"/> is the first word of, as <see cref="FindAll"/> reads them (null: none).</summary>
    internal IReadOnlyList<TimePattern>? FirstOf(ReadOnlySpan<char> word) => _wordKinds.TryGetValue(word, out var info) ? info.FirstOf : null;

    /// <summary>The elements a number token (<c>TokenKind.Number</c>) may match; <paramref name="known"/>: the word is a key of the word tables.</summary>
    internal static TimeLead NumberLead(ReadOnlySpan<char> word, bool known)
    {
        var digits = 0;
        while (digits < word.Length && char.IsAsciiDigit(word[digits]))
        {
            digits++;
        }

        var lead = known || MayFoldOtherwise(word) ? TimeLead.Literal : TimeLead.None;
        if (digits is 1 or 2)
        {
            lead |= TimeLead.Day | TimeLead.Clock | TimeLead.Slash; // "12th", "18:00", "11/12/2025"
        }

        if (digits == word.Length)
        {
            lead |= TimeLead.Count;
        }

        if (word.Length is 4 or 5)
        {
            lead |= TimeLead.Year | TimeLead.Iso;
        }

        if (word.Contains('.'))
        {
            lead |= TimeLead.Dotted;
        }

        foreach (var c in word)
        {
            if (char.IsLetter(c))
            {
                return lead | TimeLead.Month | TimeLead.MidMonth | TimeLead.Weekday | TimeLead.YearWord; // never seen, kept safe
            }
        }

        return lead;
    }

    /// <summary>The elements a word token (<c>TokenKind.Word</c>) may match: names and number words by their tables (numeric slots need a number token).</summary>
    internal static TimeLead WordLead(ReadOnlySpan<char> word, bool known)
    {
        var lead = known || MayFoldOtherwise(word) ? TimeLead.Literal : TimeLead.None;
        if (TimeLexicon.Months.ContainsKey(word))
        {
            lead |= TimeLead.Month;
        }

        if (word.Length > 4 && word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
        {
            lead |= TimeLead.MidMonth;
        }

        var weekday = word;
        if (weekday.Length > 3 && (weekday.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || weekday.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)))
        {
            weekday = weekday[..^2];
        }

        if (TimeLexicon.Weekdays.ContainsKey(weekday))
        {
            lead |= TimeLead.Weekday;
        }

        if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase) || NumberWords.TryCardinal(word, out _))
        {
            lead |= TimeLead.Count;
        }

        if (YearWordLookup.Contains(word))
        {
            lead |= TimeLead.YearWord;
        }

        return lead;
    }

    /// <summary>
    /// <see cref="WordLead(ReadOnlySpan{char}, bool)"/> with the tables that have the word read from
    /// <paramref name="kinds"/> (what the token's one lookup found) instead of looked up one by one.
    /// </summary>
    internal static TimeLead WordLead(ReadOnlySpan<char> word, WordKinds kinds)
    {
        var lead = (kinds & WordKinds.Key) != 0 || MayFoldOtherwise(word) ? TimeLead.Literal : TimeLead.None;
        if ((kinds & WordKinds.Month) != 0)
        {
            lead |= TimeLead.Month;
        }

        if (word.Length > 4 && word.StartsWith("mid-", StringComparison.OrdinalIgnoreCase))
        {
            lead |= TimeLead.MidMonth;
        }

        if (word.Length > 3 && (word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("\u2019s", StringComparison.OrdinalIgnoreCase)))
        {
            if (TimeLexicon.Weekdays.ContainsKey(word[..^2]))
            {
                lead |= TimeLead.Weekday;
            }
        }
        else if ((kinds & WordKinds.Weekday) != 0)
        {
            lead |= TimeLead.Weekday;
        }

        if ((kinds & WordKinds.Cardinal) != 0 || word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            lead |= TimeLead.Count;
        }

        if ((kinds & WordKinds.YearWord) != 0)
        {
            lead |= TimeLead.YearWord;
        }

        return lead;
    }

    /// <summary>
    /// Whether the word has a character on which <see cref="SameWord"/> (apostrophes alike, <c>Letters.Lower</c>)
    /// and the tables' ordinal case-insensitive comparison might disagree: then a literal is tried whether or not
    /// the tables know the word.
    /// </summary>
    private static bool MayFoldOtherwise(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is '\'' or '`' || (c >= '\u0080' && c is not (>= '\u0400' and <= '\u045F')))
            {
                return true;
            }
        }

        return false;
    }
}
