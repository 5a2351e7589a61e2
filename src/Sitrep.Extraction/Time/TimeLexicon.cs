namespace Sitrep.Extraction.Time;

/// <summary>How a name may appear: English names are capitalised; Cyrillic weekdays need a preposition before them.</summary>
[Flags]
internal enum NameFlags
{
    None = 0,
    Capitalized = 1,
    Abbreviation = 2,
    NeedsPreposition = 4,
}

internal readonly record struct NameEntry(int Value, NameFlags Flags);

/// <summary>Month and weekday names of all languages, looked up by token text without allocating.</summary>
internal static class TimeLexicon
{
    private static readonly Dictionary<string, NameEntry> MonthTable = Build(l => l.Months);
    private static readonly Dictionary<string, NameEntry> WeekdayTable = Build(l => l.Weekdays);
    private static readonly HashSet<string> WeekdayPrepositionTable = new(
        TimeLanguages.All.SelectMany(l => l.WeekdayPrepositions), StringComparer.OrdinalIgnoreCase);

    public static Dictionary<string, NameEntry>.AlternateLookup<ReadOnlySpan<char>> Months { get; } =
        MonthTable.GetAlternateLookup<ReadOnlySpan<char>>();

    public static Dictionary<string, NameEntry>.AlternateLookup<ReadOnlySpan<char>> Weekdays { get; } =
        WeekdayTable.GetAlternateLookup<ReadOnlySpan<char>>();

    public static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WeekdayPrepositions { get; } =
        WeekdayPrepositionTable.GetAlternateLookup<ReadOnlySpan<char>>();

    private static Dictionary<string, NameEntry> Build(Func<TimeLanguage, IEnumerable<(string Name, int Value, NameFlags Flags)>> pick)
    {
        var table = new Dictionary<string, NameEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var language in TimeLanguages.All)
        {
            foreach (var (name, value, flags) in pick(language))
            {
                table[name] = new NameEntry(value, flags);
                if (name.Contains('\'', StringComparison.Ordinal))
                {
                    table[name.Replace('\'', '\u2019')] = new NameEntry(value, flags);
                    table[name.Replace('\'', '\u02BC')] = new NameEntry(value, flags);
                }
            }
        }

        return table;
    }
}
