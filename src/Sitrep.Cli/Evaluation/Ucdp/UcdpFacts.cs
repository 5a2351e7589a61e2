using System.Globalization;
using Sitrep.Core.Errors;

namespace Sitrep.Cli.Evaluation.Ucdp;

/// <summary>
/// The coders' date range and deaths for one UCDP row, and the earliest date its sources were published.
/// </summary>
/// <param name="Line">The CSV line the row starts on, as in <see cref="UcdpRow.Line"/>.</param>
/// <param name="FirstSourceDate">The earliest of source_date (ISO or day-first "27/01/2014"), if readable.</param>
public sealed record UcdpFacts(int Line, DateOnly DateEnd, int Best, int Low, int High, DateOnly? FirstSourceDate)
{
    /// <summary>UCDP's low..high, widened to take in best where the two disagree (a few candidate events).</summary>
    public (int Low, int High) DeathRange => (Math.Min(Low, Math.Min(Best, High)), Math.Max(High, Math.Max(Best, Low)));

    public static DateOnly? EarliestSourceDate(string sourceDates)
    {
        DateOnly? earliest = null;
        foreach (var part in sourceDates.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var day = part.Split(' ', 2)[0];
            if ((DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                 || DateOnly.TryParseExact(day, "d/M/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out d))
                && (earliest is null || d < earliest))
            {
                earliest = d;
            }
        }

        return earliest;
    }
}

/// <summary>Reads the columns the places reader leaves out: date_end, best, low, high, source_date.</summary>
public static class UcdpFactsCsv
{
    private static readonly string[] Required = ["date_end", "best", "low", "high", "source_date"];

    /// <summary>Facts by CSV line.</summary>
    public static Result<IReadOnlyDictionary<int, UcdpFacts>> Parse(string text, string source)
    {
        var records = CsvRecords.Split(text);
        if (records.Count == 0)
        {
            return new SitrepError(ErrorCodes.Malformed, "empty file, expected a UCDP CSV header", new SourceLocation(source, 1));
        }

        var column = new int[Required.Length];
        for (var c = 0; c < Required.Length; c++)
        {
            column[c] = records[0].Fields.IndexOf(Required[c]);
            if (column[c] < 0)
            {
                return new SitrepError(ErrorCodes.MissingField, $"no column '{Required[c]}' in the header", new SourceLocation(source, 1));
            }
        }

        var facts = new Dictionary<int, UcdpFacts>(records.Count);
        foreach (var (line, fields) in records.Skip(1))
        {
            string Field(int c) => column[c] < fields.Count ? fields[column[c]] : "";
            if (UcdpCsv.ParseDate(Field(0)) is not { } end
                || !int.TryParse(Field(1), NumberStyles.None, CultureInfo.InvariantCulture, out var best)
                || !int.TryParse(Field(2), NumberStyles.None, CultureInfo.InvariantCulture, out var low)
                || !int.TryParse(Field(3), NumberStyles.None, CultureInfo.InvariantCulture, out var high))
            {
                return new SitrepError(ErrorCodes.BadValue, "date_end, best, low or high is not readable", new SourceLocation(source, line));
            }

            facts[line] = new UcdpFacts(line, end, best, low, high, UcdpFacts.EarliestSourceDate(Field(4)));
        }

        return Result<IReadOnlyDictionary<int, UcdpFacts>>.Ok(facts);
    }
}
