using System.CommandLine;
using Sitrep.Cli.Services;
using Sitrep.Ingest;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep ingest PATH|URL...</c>: read, analyse and store; re-ingesting the same document changes nothing.</summary>
internal static class IngestCommand
{
    public static Command Create(CliEnvironment env)
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Files, folders, feeds (file or URL), JSON Lines, Telegram exports", Arity = ArgumentArity.OneOrMore };
        var db = CommonOptions.Db();
        var command = new Command("ingest", "Read, analyse and store documents") { inputs, db };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreOpener.OpenAsync(parse.GetValue(db), env, ct);
            var report = await new Ingestor(store, env).IngestAsync(parse.GetValue(inputs)!, new ReaderOptions(), ct);
            var status = await store.StatusAsync(ct);
            await env.Out.WriteLineAsync($"{report}; store holds {status.Documents} documents, {status.Events} events, {status.Claims} claims");
            return report.Failed > 0 ? 1 : 0;
        });
        return command;
    }
}
