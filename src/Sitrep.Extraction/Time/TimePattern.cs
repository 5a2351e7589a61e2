namespace Sitrep.Extraction.Time;

internal enum TimeSlot
{
    None,
    Day,
    Day2,
    Month,
    Month2,
    MidMonth,
    Year,
    GuardedYear,
    YearWord,
    Weekday,
    Weekday2,
    Clock,
    Count,
    DottedDate,
    DottedDate2,
    Year2,
    IsoDate,
    SlashDate,
}

/// <summary>The kinds of element a token may match, as a filter of the patterns that can start at it.</summary>
[Flags]
internal enum TimeLead : ushort
{
    None = 0,
    Literal = 1,
    Day = 2,
    Month = 4,
    MidMonth = 8,
    Year = 16,
    YearWord = 32,
    Weekday = 64,
    Clock = 128,
    Count = 256,
    Dotted = 512,
    Iso = 1024,
    Slash = 2048,
    All = 4095,
}

/// <summary>One element of a pattern: literal alternatives or a slot, maybe optional, maybe context outside the span.</summary>
internal sealed class TimeElement
{
    public string[] Literals { get; init; } = [];

    public TimeSlot Slot { get; init; }

    public bool Optional { get; init; }

    /// <summary>A leading element that must be present but is not part of the mention's text ("in" of "in November").</summary>
    public bool Context { get; init; }

    /// <summary>
    /// The number its matcher gives the element (the same for every element of any pattern with the same slot or
    /// literals): whether it matches at a token does not depend on the pattern, so a failure is remembered by it.
    /// </summary>
    public int Id { get; set; } = -1;

    // the literals with every character folded as TimeMatcher.SameWord folds it, and their lengths as bits (bit 63:
    // 63 or more): a word is folded once and compared with the literals of its length only
    private FoldedLiterals? _folded;

    /// <summary>Whether <paramref name="word"/> is one of the literals (<see cref="TimeMatcher.SameWord"/> with each).</summary>
    public bool MatchesLiteral(ReadOnlySpan<char> word)
    {
        var (folded, lengths) = _folded ??= FoldLiterals(Literals); // (two threads may both fold: the same result)
        if ((lengths & (1UL << Math.Min(word.Length, 63))) == 0)
        {
            return false;
        }

        Span<char> form = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        for (var k = 0; k < word.Length; k++)
        {
            form[k] = TimeMatcher.Fold(word[k]);
        }

        foreach (var literal in folded)
        {
            if (form.SequenceEqual(literal))
            {
                return true;
            }
        }

        return false;
    }

    private static FoldedLiterals FoldLiterals(string[] literals)
    {
        var lengths = 0UL;
        var folded = new string[literals.Length];
        for (var i = 0; i < literals.Length; i++)
        {
            folded[i] = string.Create(literals[i].Length, literals[i], static (chars, literal) =>
            {
                for (var k = 0; k < literal.Length; k++)
                {
                    chars[k] = TimeMatcher.Fold(literal[k]);
                }
            });
            lengths |= 1UL << Math.Min(literals[i].Length, 63);
        }

        return new FoldedLiterals(folded, lengths);
    }

    private sealed record FoldedLiterals(string[] Folded, ulong Lengths);

    /// <summary>The kind of token it may match.</summary>
    public TimeLead Lead => Slot switch
    {
        TimeSlot.None => TimeLead.Literal,
        TimeSlot.Day or TimeSlot.Day2 => TimeLead.Day,
        TimeSlot.Month or TimeSlot.Month2 => TimeLead.Month,
        TimeSlot.MidMonth => TimeLead.MidMonth,
        TimeSlot.Year or TimeSlot.GuardedYear or TimeSlot.Year2 => TimeLead.Year,
        TimeSlot.YearWord => TimeLead.YearWord,
        TimeSlot.Weekday or TimeSlot.Weekday2 => TimeLead.Weekday,
        TimeSlot.Clock => TimeLead.Clock,
        TimeSlot.Count => TimeLead.Count,
        TimeSlot.DottedDate or TimeSlot.DottedDate2 => TimeLead.Dotted,
        TimeSlot.IsoDate => TimeLead.Iso,
        TimeSlot.SlashDate => TimeLead.Slash,
        _ => TimeLead.All,
    };
}

/// <summary>
/// A token pattern such as <c>"^in|during {month} {year}?"</c>: elements separated by spaces; alternatives by
/// '|'; a trailing '?' makes an element optional; a leading '^' makes it context (matched, not in the span);
/// slots in braces: {day} {day2} {month} {month2} {midmonth} {year} {year!} (a year not followed by a plain noun)
/// {yearword} ("року", "г.") {weekday} {n} {dotted} {iso} {slash}; {dotted2}, {year2} and {weekday2} capture the end of a
/// range; {clock} ("18:00") is matched and ignored.
/// </summary>
internal sealed class TimePattern
{
    private TimePattern(string source, TimeElement[] elements, TimeRule rule)
    {
        Source = source;
        Elements = elements;
        Rule = rule;
        // the rules the matcher treats apart, told once here: comparing delegates at every try cost the time stage
        // some 7 % of its CPU (a delegate's equality compares its method, not only its reference)
        IsDaytimeOpening = rule == TimeRules.DaytimeOpening;
        IsPartOfDay = rule == TimeRules.PartOfDay || IsDaytimeOpening;
        Anaphora = rule == TimeRules.SameDay ? TimeAnaphora.SameDay : rule == TimeRules.TheNight ? TimeAnaphora.TheNight
            : rule == TimeRules.NextNight ? TimeAnaphora.NextNight : rule == TimeRules.DaysLater ? TimeAnaphora.DaysLater
            : rule == TimeRules.ReportingPeriod ? TimeAnaphora.ReportingPeriod : TimeAnaphora.None;
    }

    public string Source { get; }

    /// <summary>Whether the rule is <see cref="TimeRules.DaytimeOpening"/> ("днём" opening a sentence).</summary>
    public bool IsDaytimeOpening { get; }

    /// <summary>Whether the rule is <see cref="TimeRules.PartOfDay"/> or <see cref="TimeRules.DaytimeOpening"/>: a bare part of the day.</summary>
    public bool IsPartOfDay { get; }

    /// <summary>The day the expression takes from the expression before it, if it takes one (<see cref="TimeRules.SameDay"/> and the nights).</summary>
    public TimeAnaphora Anaphora { get; }

    public TimeElement[] Elements { get; }

    public TimeRule Rule { get; }

    /// <summary>
    /// The number its matcher gives the required first element (the same for every pattern whose first element has
    /// the same slot or literals), or -1 when the first element is optional: a first element that failed at a token
    /// fails every pattern that shares it there.
    /// </summary>
    public int FirstElement { get; set; } = -1;

    /// <summary>
    /// What the elements it can start with (the optional ones before its first required one, and that one) may
    /// match (<see cref="TimeLead"/>): a token whose <see cref="TimeLead"/> shares no bit with it cannot start it.
    /// </summary>
    public TimeLead Lead { get; set; }

    /// <summary>
    /// The numbers of its required literal elements (<see cref="TimeElement.Id"/>) whose words its matcher can find
    /// by a token's lexicon number: the pattern cannot match at a token unless each of them matches this token or
    /// a later one of the sentence.
    /// </summary>
    public int[] RequiredLiterals { get; set; } = [];

    public static TimePattern Parse(string source, TimeRule rule)
    {
        var parts = source.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var elements = new TimeElement[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var part = parts[i];
            var context = part.Length > 1 && part[0] == '^';
            if (context)
            {
                part = part[1..];
            }

            var optional = part.Length > 1 && part[^1] == '?';
            if (optional)
            {
                part = part[..^1];
            }

            elements[i] = part.StartsWith('{')
                ? new TimeElement { Slot = ParseSlot(part, source), Optional = optional, Context = context }
                : new TimeElement { Literals = part.Split('|'), Optional = optional, Context = context };
        }

        return new TimePattern(source, elements, rule);
    }

    private static TimeSlot ParseSlot(string part, string source) => part switch
    {
        "{day}" => TimeSlot.Day,
        "{day2}" => TimeSlot.Day2,
        "{month}" => TimeSlot.Month,
        "{month2}" => TimeSlot.Month2,
        "{midmonth}" => TimeSlot.MidMonth,
        "{year}" => TimeSlot.Year,
        "{year!}" => TimeSlot.GuardedYear,
        "{yearword}" => TimeSlot.YearWord,
        "{weekday}" => TimeSlot.Weekday,
        "{weekday2}" => TimeSlot.Weekday2,
        "{clock}" => TimeSlot.Clock,
        "{n}" => TimeSlot.Count,
        "{dotted}" => TimeSlot.DottedDate,
        "{dotted2}" => TimeSlot.DottedDate2,
        "{year2}" => TimeSlot.Year2,
        "{iso}" => TimeSlot.IsoDate,
        "{slash}" => TimeSlot.SlashDate,
        _ => throw new InvalidOperationException($"unknown slot {part} in time pattern '{source}'"),
    };
}
