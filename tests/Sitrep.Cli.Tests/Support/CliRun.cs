using System.Diagnostics;

namespace Sitrep.Cli.Tests.Support;

/// <summary>Runs the CLI in process (fast) or as a real process (exit codes, stderr exactly as a user sees them).</summary>
internal static class CliRun
{
    public sealed record Outcome(int ExitCode, string Out, string Err);

    private static readonly TimeProvider FixedClock = new FixedTimeProvider(new DateTimeOffset(2025, 12, 20, 12, 0, 0, TimeSpan.Zero));

    public static Task<Outcome> InProcessAsync(params string[] args) => InProcessAsync(CancellationToken.None, args);

    /// <summary>In process, stopped when <paramref name="cancellationToken"/> is cancelled (as Ctrl+C stops the CLI).</summary>
    public static async Task<Outcome> InProcessAsync(CancellationToken cancellationToken, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = new CliEnvironment(stdout, stderr, FixedClock, IsTerminal: false);
        var code = await CliApp.RunAsync(args, env, cancellationToken);
        return new Outcome(code, stdout.ToString(), stderr.ToString());
    }

    public static Task<Outcome> ProcessAsync(string workingDirectory, params string[] args) =>
        ProcessAsync(workingDirectory, new Dictionary<string, string>(), args);

    /// <summary>As a real process, with extra environment variables.</summary>
    public static async Task<Outcome> ProcessAsync(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        start.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment.Remove("SITREP_DEBUG");
        start.Environment.Remove("SITREP_DB");
        start.Environment.Remove("SITREP_GAZETTEER");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await stdout, await stderr);
    }

    private sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
