using System.CommandLine;
using Sitrep.Cli.Services;
using Sitrep.Core.Errors;
using Sitrep.Ingest;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep demo</c>: the main job on the embedded default. Loads the bundled sample corpus into an embedded
/// database, prints what it found, and serves the web app (<c>--no-serve</c>: print and exit).
/// </summary>
internal static class DemoCommand
{
    public const string DefaultDemoDb = ".sitrep/demo.db";

    public static Command Create(CliEnvironment env)
    {
        var db = new Option<string?>("--db") { Description = $"Store for the demo (default {DefaultDemoDb})" };
        var noServe = new Option<bool>("--no-serve") { Description = "Print the summary and exit instead of serving the web app" };
        var urls = new Option<string>("--urls") { Description = "Where to serve the web app", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var samples = new Option<string?>("--samples") { Description = "Folder of documents to load (default: the bundled sample corpus)" };
        var command = new Command("demo", "Load the bundled sample corpus into an embedded store, show what Sitrep found, and serve the web app")
        {
            db, noServe, urls, samples,
        };
        command.SetAction(async (parse, ct) =>
        {
            var folder = parse.GetValue(samples) ?? Path.Combine(AppContext.BaseDirectory, "samples");
            if (!Directory.Exists(folder))
            {
                throw new SitrepException(new SitrepError(ErrorCodes.Unreadable, "sample corpus not found", new SourceLocation(folder)));
            }

            var connection = parse.GetValue(db) ?? DefaultDemoDb;
            await using (var store = await StoreOpener.OpenAsync(connection, env, ct))
            {
                var report = await new Ingestor(store, env).IngestAsync([folder], new ReaderOptions(), ct);
                await env.Out.WriteLineAsync($"Sitrep demo: {report} from the sample corpus into {connection}");
                await DemoSummary.WriteAsync(store, env, ct);
            }

            if (parse.GetValue(noServe))
            {
                await env.Out.WriteLineAsync($"Explore: sitrep events --db {connection}   |   sitrep claims --contested --db {connection}");
                return 0;
            }

            return await ServeCommand.ServeAsync(connection, parse.GetValue(urls)!, env, ct);
        });
        return command;
    }
}
