namespace Sitrep.Extraction.Time;

/// <summary>One language's time vocabulary: names and the patterns that read expressions.</summary>
internal sealed class TimeLanguage
{
    public required string Code { get; init; }

    public required IReadOnlyList<(string Name, int Value, NameFlags Flags)> Months { get; init; }

    public required IReadOnlyList<(string Name, int Value, NameFlags Flags)> Weekdays { get; init; }

    /// <summary>Words that may stand before a weekday flagged <see cref="NameFlags.NeedsPreposition"/>.</summary>
    public IReadOnlyList<string> WeekdayPrepositions { get; init; } = [];

    /// <summary>Words that mark a sentence as speaking of the future ("will").</summary>
    public required IReadOnlyList<string> FutureMarkers { get; init; }

    /// <summary>Words that, right after a comma, carry the future on into the next clause ("..., with snow at the weekend").</summary>
    public IReadOnlyList<string> FutureCarriers { get; init; } = [];

    public required IReadOnlyList<(string Pattern, TimeRule Rule)> Patterns { get; init; }
}

internal static class TimeLanguages
{
    public static IReadOnlyList<TimeLanguage> All { get; } = [Languages.EnglishTime.Language, Languages.UkrainianTime.Language, Languages.RussianTime.Language];
}
