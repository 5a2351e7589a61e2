using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep serve</c>: the HTTP API and the web app.</summary>
internal static class ServeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var command = new Command("serve", "Serve the HTTP API and the web app") { db, urls };
        command.SetAction((parse, ct) => ServeAsync(parse.GetValue(db), parse.GetValue(urls)!, env, ct));
        return command;
    }

    public static async Task<int> ServeAsync(string? connection, string urls, CliEnvironment env, CancellationToken ct)
    {
        // PENDING: the web app lands with Sitrep.Web.
        await env.Error.WriteLineAsync($"sitrep: serving is not available in this build ({connection}, {urls})");
        return 1;
    }
}
