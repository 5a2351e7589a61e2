using System.CommandLine;

namespace Sitrep.Cli.Commands;

/// <summary>The options of one <c>sitrep eval</c> scoring command (each command gets its own instances).</summary>
internal sealed class EvalOptions
{
    public EvalOptions(bool gold, bool ucdp, bool predictions, bool heldout = false)
    {
        if (gold)
        {
            Gold = new Option<string?>("--gold") { Description = "A directory of <source>.gold.json files (default: the bundled gold annotations of this corpus)" };
            Samples = new Option<string?>("--samples") { Description = "The directory holding the gold files' sources (default: the bundled sample corpus; for heldout, the gold directory's sources/)" };
        }

        if (heldout)
        {
            Heldout = new Option<string?>("--heldout") { Description = "A held-out gold directory, its sources in DIR/sources (default: the bundled held-out corpus)" };
        }

        if (predictions)
        {
            Predictions = new Option<string?>("--predictions") { Description = "Score another system's output instead of running Sitrep: a directory of <source>.json files shaped like `sitrep extract` output" };
            SavePredictions = new Option<string?>("--save-predictions") { Description = "Also write Sitrep's output for every gold source to DIR/<source>.json (the documents' texts, in the --predictions shape)" };
        }

        if (ucdp)
        {
            Ucdp = new Option<string?>("--ucdp") { Description = "A UCDP GED CSV file (default: the bundled UCDP Ukraine events)" };
        }

        Format.AcceptOnlyFromAmong("table", "json");
    }

    public Option<string?>? Gold { get; }

    public Option<string?>? Samples { get; }

    public Option<string?>? Heldout { get; }

    public Option<string?>? Predictions { get; }

    public Option<string?>? SavePredictions { get; }

    public Option<string?>? Ucdp { get; }

    public Option<int> Misses { get; } = new("--misses") { Description = "List up to this many misses per field (document, field, gold, predicted, text)", DefaultValueFactory = _ => 0 };

    public Option<string> Format { get; } = new("--format") { Description = "table or json", DefaultValueFactory = _ => "table" };

    public Option<string?> Floors { get; } = new("--floors") { Description = "Floors file: corpus -> field -> minimum F1 or share (default: the bundled data/eval/floors.json; none with --predictions)" };

    public void AddTo(Command command)
    {
        foreach (var option in new Option?[] { Gold, Samples, Heldout, Predictions, SavePredictions, Ucdp, Misses, Format, Floors })
        {
            if (option is not null)
            {
                command.Options.Add(option);
            }
        }
    }
}
