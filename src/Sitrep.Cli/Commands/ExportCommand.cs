using System.CommandLine;
using Sitrep.Cli.Services;
using Sitrep.Core.Errors;
using Sitrep.Export;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep export --format acled-csv|geojson|jsonl|parquet [-o FILE]</c>: events for other tools (Parquet only to a file).</summary>
internal static class ExportCommand
{
    public static Command Create(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var format = new Option<string>("--format") { Description = "acled-csv, geojson, jsonl or parquet (parquet needs --output)", Required = true };
        format.AcceptOnlyFromAmong("acled-csv", "geojson", "jsonl", "parquet");
        var output = new Option<string?>("--output", "-o") { Description = "Write to this file instead of standard output" };
        var command = new Command("export", "Export events as ACLED-compatible CSV, GeoJSON, JSON Lines or Parquet") { db, format, output };
        command.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(output);
            if (parse.GetValue(format) == "parquet" && path is null)
            {
                throw new SitrepException(new SitrepError(ErrorCodes.BadValue, "parquet is a binary format: give a file with --output", new SourceLocation("--output")));
            }

            await using var store = await StoreOpener.OpenAsync(parse.GetValue(db), env, ct);
            var events = await store.QueryEventsAsync(new EventQuery(), ct);
            using var buffer = new MemoryStream();
            using (var writer = new StreamWriter(buffer, new System.Text.UTF8Encoding(false), leaveOpen: true))
            {
                switch (parse.GetValue(format))
                {
                    case "acled-csv":
                        AcledCsvWriter.Write(writer, events, env.Clock.GetUtcNow());
                        break;
                    case "parquet":
                        await writer.FlushAsync(ct);
                        await ParquetEventWriter.WriteAsync(buffer, events, ct);
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
