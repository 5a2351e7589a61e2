using Sitrep.Core.Errors;

namespace Sitrep.Cli.Evaluation.Ucdp;

/// <summary>A UCDP row with its date range and deaths.</summary>
public sealed record UcdpEvent(UcdpRow Row, UcdpFacts Facts);

/// <summary>Reads a UCDP GED CSV file into <see cref="UcdpEvent"/>s (the places reader plus the date and deaths columns).</summary>
public static class UcdpCorpus
{
    public static Result<IReadOnlyList<UcdpEvent>> Read(string path)
    {
        if (!File.Exists(path))
        {
            return new SitrepError(ErrorCodes.Unreadable, "file not found", new SourceLocation(path));
        }

        var rows = UcdpCsv.Read(path);
        return rows.IsSuccess ? Join(rows.Value!, UcdpCsv.Decode(File.ReadAllBytes(path)), path) : rows.Error!;
    }

    public static Result<IReadOnlyList<UcdpEvent>> Parse(string text, string source)
    {
        var rows = UcdpCsv.Parse(text, source);
        return rows.IsSuccess ? Join(rows.Value!, text, source) : rows.Error!;
    }

    private static Result<IReadOnlyList<UcdpEvent>> Join(IReadOnlyList<UcdpRow> rows, string text, string source)
    {
        var facts = UcdpFactsCsv.Parse(text, source);
        if (!facts.IsSuccess)
        {
            return facts.Error!;
        }

        var events = new List<UcdpEvent>(rows.Count);
        foreach (var row in rows)
        {
            events.Add(new UcdpEvent(row, facts.Value![row.Line]));
        }

        return Result<IReadOnlyList<UcdpEvent>>.Ok(events);
    }
}
