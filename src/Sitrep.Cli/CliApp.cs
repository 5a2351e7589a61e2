using System.CommandLine;
using Sitrep.Cli.Commands;
using Sitrep.Core.Errors;

namespace Sitrep.Cli;

/// <summary>
/// The <c>sitrep</c> command line. Exit codes: 0 success, 2 bad usage (with a usage line), 1 failure with one line on
/// stderr saying what and where, 3 <c>sitrep eval</c> below a floor. No stack traces unless SITREP_DEBUG is set.
/// </summary>
public static class CliApp
{
    public const string Usage = "usage: sitrep <extract|ingest|events|claims|export|status|serve|demo|eval|gazetteer> [options]  (sitrep --help)";

    public static async Task<int> RunAsync(string[] args, CliEnvironment env, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot(env);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            await env.Error.WriteLineAsync($"sitrep: {parsed.Errors[0].Message}");
            await env.Error.WriteLineAsync(Usage);
            return 2;
        }

        try
        {
            var invocation = new InvocationConfiguration { Output = env.Out, Error = env.Error, EnableDefaultExceptionHandler = false };
            return await parsed.InvokeAsync(invocation, cancellationToken);
        }
        catch (UsageException ex)
        {
            await env.Error.WriteLineAsync($"sitrep: {ex.Message}");
            await env.Error.WriteLineAsync(Usage);
            return 2;
        }
        catch (SitrepException ex)
        {
            await env.Error.WriteLineAsync($"sitrep: {ex.Error}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            await env.Error.WriteLineAsync("sitrep: cancelled");
            return 130;
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("SITREP_DEBUG") is null)
        {
            await env.Error.WriteLineAsync($"sitrep: {ex.GetType().Name}: {FirstLine(ex.Message)}");
            return 1;
        }
        finally
        {
            await env.Out.FlushAsync(CancellationToken.None);
        }
    }

    public static RootCommand BuildRoot(CliEnvironment env)
    {
        var root = new RootCommand("Sitrep: a sourced, geolocated, time-resolved ledger of war events and claims.");
        root.Subcommands.Add(ExtractCommand.Create(env));
        root.Subcommands.Add(IngestCommand.Create(env));
        root.Subcommands.Add(EventsCommand.Create(env));
        root.Subcommands.Add(ClaimsCommand.Create(env));
        root.Subcommands.Add(ExportCommand.Create(env));
        root.Subcommands.Add(StatusCommand.Create(env));
        root.Subcommands.Add(ServeCommand.Create(env));
        root.Subcommands.Add(DemoCommand.Create(env));
        root.Subcommands.Add(EvalCommand.Create(env));
        root.Subcommands.Add(GazetteerCommand.Create(env));
        return root;
    }

    private static string FirstLine(string message)
    {
        var i = message.IndexOfAny(['\r', '\n']);
        return i < 0 ? message : message[..i];
    }
}

/// <summary>Bad usage detected after parsing (e.g. a malformed date): exit code 2.</summary>
public sealed class UsageException(string message) : Exception(message);
