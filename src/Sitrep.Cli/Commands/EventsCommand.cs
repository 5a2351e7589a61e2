using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Cli.Services;
using Sitrep.Core.Contract;
using Sitrep.Export;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep events</c>: reconciled events, one however many outlets reported it.</summary>
internal static class EventsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var place = new Option<string?>("--place") { Description = "A place name or GeoNames id" };
        var from = new Option<string?>("--from") { Description = "Earliest date (YYYY-MM-DD)" };
        var to = new Option<string?>("--to") { Description = "Latest date (YYYY-MM-DD)" };
        var type = new Option<string?>("--type") { Description = "An event type or sub-type (e.g. battles, air_drone_strike)" };
        var format = CommonOptions.Format("table", "table", "json", "csv");
        var command = new Command("events", "List reconciled events") { db, place, from, to, type, format };
        command.SetAction(async (parse, ct) =>
        {
            var query = new EventQuery(
                parse.GetValue(place),
                CommonOptions.ParseDate(parse.GetValue(from), "--from"),
                CommonOptions.ParseDate(parse.GetValue(to), "--to"),
                parse.GetValue(type));
            await using var store = await StoreOpener.OpenAsync(parse.GetValue(db), env, ct);
            var events = await store.QueryEventsAsync(query, ct);
            switch (parse.GetValue(format))
            {
                case "json":
                    await env.Out.WriteLineAsync(SitrepJson.Serialize(events.ToList()));
                    break;
                case "csv":
                    AcledCsvWriter.Write(env.Out, events, env.Clock.GetUtcNow());
                    break;
                default:
                    WriteTable(env, events);
                    break;
            }

            return 0;
        });
        return command;
    }

    internal static void WriteTable(CliEnvironment env, IReadOnlyList<EventDto> events, int? limit = null)
    {
        var console = Consoles.For(env);
        if (events.Count == 0)
        {
            console.WriteLine("no events");
            return;
        }

        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in new[] { "date", "event", "location", "actors", "size", "sources", "conf", "id" })
        {
            table.AddColumn(header);
        }

        foreach (var e in limit is { } n ? events.Take(n) : events)
        {
            table.AddRow(
                Markup.Escape(Describe.Dates(e.From, e.To)),
                Markup.Escape(e.Subtype + (e.Outcome is null ? string.Empty : $" ({e.Outcome})")),
                Markup.Escape(Describe.Location(e.Location)),
                Markup.Escape(Describe.Actors(e.Actors)),
                Markup.Escape(string.Join(", ", e.Quantities.Select(Describe.Quantity).Distinct().Take(3))),
                Markup.Escape(Describe.Sources(e.Sources)),
                e.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                Markup.Escape(e.Id));
        }

        console.Write(table);
        if (limit is { } l && events.Count > l)
        {
            console.WriteLine($"... and {events.Count - l} more (sitrep events)");
        }
    }
}
