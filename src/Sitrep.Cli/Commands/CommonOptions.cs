using System.CommandLine;
using System.Globalization;

namespace Sitrep.Cli.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class CommonOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = "Store: a SQLite file (default .sitrep/sitrep.db, or SITREP_DB) or a PostgreSQL connection string",
    };

    public static Option<string> Format(string defaultValue, params string[] allowed)
    {
        var option = new Option<string>("--format") { Description = "Output format: " + string.Join(", ", allowed), DefaultValueFactory = _ => defaultValue };
        option.AcceptOnlyFromAmong(allowed);
        return option;
    }

    public static DateOnly? ParseDate(string? value, string optionName)
    {
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new UsageException($"{optionName} expects a date as YYYY-MM-DD, got '{value}'");
    }
}
