using System.CommandLine;
using System.Text.Json;
using Sitrep.Cli.Output;
using Sitrep.Cli.Services;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep status</c>: what the store holds.</summary>
internal static class StatusCommand
{
    public static Command Create(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var format = CommonOptions.Format("table", "table", "json");
        var command = new Command("status", "Show what the store holds") { db, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreOpener.OpenAsync(parse.GetValue(db), env, ct);
            var s = await store.StatusAsync(ct);
            if (parse.GetValue(format) == "json")
            {
                using var stream = new MemoryStream();
                using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
                {
                    w.WriteStartObject();
                    w.WriteNumber("documents", s.Documents);
                    w.WriteNumber("events", s.Events);
                    w.WriteNumber("claims", s.Claims);
                    w.WriteNumber("quarantined", s.Quarantined);
                    w.WriteEndObject();
                }

                await env.Out.WriteLineAsync(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
                return 0;
            }

            var table = new Table().Border(TableBorder.Simple).AddColumn("what").AddColumn(new TableColumn("count").RightAligned());
            table.AddRow("documents", s.Documents.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("events", s.Events.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("claims", s.Claims.ToString(System.Globalization.CultureInfo.InvariantCulture));
            table.AddRow("quarantined", s.Quarantined.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Consoles.For(env).Write(table);
            return 0;
        });
        return command;
    }
}
