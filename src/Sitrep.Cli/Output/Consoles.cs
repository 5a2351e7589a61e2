using Spectre.Console;

namespace Sitrep.Cli.Output;

/// <summary>A Spectre console over the command's output: colour on a terminal, plain and wide when piped.</summary>
internal static class Consoles
{
    public static IAnsiConsole For(CliEnvironment env)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(env.Out),
            Ansi = env.IsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = env.IsTerminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!env.IsTerminal)
        {
            console.Profile.Width = 200;
        }

        return console;
    }
}
