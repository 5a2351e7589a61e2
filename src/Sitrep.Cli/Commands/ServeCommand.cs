using System.CommandLine;
using Sitrep.Core.Errors;
using Sitrep.Web;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep serve</c>: the HTTP API and the web app.</summary>
internal static class ServeCommand
{
    public static Command Create(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => SitrepWebOptions.DefaultUrls };
        var command = new Command("serve", "Serve the HTTP API and the web app") { db, urls };
        command.SetAction((parse, ct) => ServeAsync(parse.GetValue(db), parse.GetValue(urls)!, env, ct));
        return command;
    }

    public static async Task<int> ServeAsync(string? connection, string urls, CliEnvironment env, CancellationToken ct)
    {
        Microsoft.AspNetCore.Builder.WebApplication app;
        try
        {
            app = await SitrepWeb.BuildAsync([], new SitrepWebOptions { ConnectionString = connection, Urls = urls, Clock = env.Clock }, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not SitrepException)
        {
            throw new SitrepException(new SitrepError(ErrorCodes.StoreFailed, $"cannot serve: {ex.Message}", new SourceLocation(connection ?? "the default store")));
        }

        await using (app)
        {
            try
            {
                await app.StartAsync(ct);
            }
            catch (IOException ex)
            {
                throw new SitrepException(new SitrepError(ErrorCodes.Unreadable, $"cannot listen: {ex.Message}", new SourceLocation(urls)));
            }

            await env.Out.WriteLineAsync($"Sitrep is serving the web app and API on {urls} (Ctrl+C to stop)");
            await env.Out.FlushAsync(ct);
            try
            {
                await Task.Delay(Timeout.Infinite, ct);
            }
            catch (OperationCanceledException)
            {
            }

            await app.StopAsync(CancellationToken.None);
        }

        return 0;
    }
}
