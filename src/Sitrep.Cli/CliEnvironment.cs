namespace Sitrep.Cli;

/// <summary>What the commands talk to: output streams, the clock, and whether a person is watching a terminal.</summary>
public sealed record CliEnvironment(TextWriter Out, TextWriter Error, TimeProvider Clock, bool IsTerminal)
{
    public static CliEnvironment FromConsole()
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = false };
        return new CliEnvironment(stdout, Console.Error, TimeProvider.System, !Console.IsOutputRedirected && !Console.IsErrorRedirected);
    }
}
