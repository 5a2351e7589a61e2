namespace Sitrep.Cli.Commands;

/// <summary>
/// A gold-annotated corpus <c>sitrep eval</c> scores: its name in the tables, JSON and floors, and where its gold
/// files and their sources are bundled.
/// </summary>
/// <param name="Name">The corpus name: <c>gold</c> (the development set) or <c>heldout</c>.</param>
/// <param name="Label">How the table's heading names it.</param>
/// <param name="BundledGold">The bundled gold directory, relative to the repository or the executable.</param>
/// <param name="BundledSamples">The bundled sources of the gold files; null when they sit in the gold directory's <c>sources/</c>.</param>
internal sealed record EvalGoldSet(string Name, string Label, string BundledGold, string? BundledSamples)
{
    /// <summary>The development set: <c>data/eval/gold/samples</c> answers the sample corpus <c>samples/</c>.</summary>
    public static EvalGoldSet Development { get; } = new("gold", "gold samples", "data/eval/gold/samples", "samples");

    /// <summary>The held-out set: <c>data/eval/gold/heldout</c> answers its own <c>sources/</c>; no rule is tuned on it.</summary>
    public static EvalGoldSet HeldOut { get; } = new("heldout", "held-out gold", "data/eval/gold/heldout", null);

    /// <summary>The folder of a held-out-style corpus's sources, inside its gold directory.</summary>
    public const string SourcesFolder = "sources";

    /// <summary>The sources of the gold files in <paramref name="goldDir"/> when no <c>--samples</c> was given.</summary>
    public string DefaultSamples(string goldDir) =>
        BundledSamples is null
            ? Path.Combine(goldDir, SourcesFolder)
            : EvalCommand.FindBundled(BundledSamples, $"bundled {BundledSamples} not found; pass --samples DIR");
}
