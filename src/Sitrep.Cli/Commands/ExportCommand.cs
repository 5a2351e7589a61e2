using System.CommandLine;
using Sitrep.Cli.Services;
using Sitrep.Core.Errors;
using Sitrep.Export;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep export --format acled-csv|geojson|jsonl [-o FILE]</c>: events for other tools.</summary>
internal static class ExportCommand
{
    public static Command Create(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var format = new Option<string>("--format") { Description = "acled-csv, geojson or jsonl", Required = true };
        format.AcceptOnlyFromAmong("acled-csv", "geojson", "jsonl");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export events as ACLED-compatible CSV, GeoJSON or JSON Lines") { db, format, output };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreOpener.OpenAsync(parse.GetValue(db), env, ct);
            var events = await store.QueryEventsAsync(new EventQuery(), ct);
            var path = parse.GetValue(output);
            using var buffer = new MemoryStream();
            using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(false), leaveOpen: true))
            {
                switch (parse.GetValue(format))
                {
                    case "acled-csv":
                        AcledCsvWriter.Write(writer, events, env.Clock.GetUtcNow());
                        break;
                    case "geojson":
                        await writer.FlushAsync(ct);
                        GeoJsonWriter.Write(buffer, events);
                        break;
                    default:
                        JsonLinesWriter.Write(writer, events);
                        break;
                }
            }

            buffer.Position = 0;
            if (path is null)
            {
                using var reader = new StreamReader(buffer);
                await env.Out.WriteAsync(await reader.ReadToEndAsync(ct));
                await env.Out.FlushAsync(ct);
            }
            else
            {
                try
                {
                    await using var file = File.Create(path);
                    await buffer.CopyToAsync(file, ct);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    throw new SitrepException(new SitrepError(ErrorCodes.Unreadable, $"cannot write: {ex.Message}", new SourceLocation(path)));
                }
            }

            return 0;
        });
        return command;
    }
}
