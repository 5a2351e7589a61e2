using System.CommandLine;
using Sitrep.Cli.Evaluation.Gold;
using Sitrep.Cli.Evaluation.Reporting;
using Sitrep.Cli.Evaluation.Scoring;
using Sitrep.Cli.Evaluation.Ucdp;
using Sitrep.Core.Errors;
using Sitrep.Extraction;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval [--heldout DIR] [--misses N] [--format table|json] [--floors FILE]</c> scores every corpus;
/// <c>sitrep eval gold [--gold DIR] [--samples DIR] [--predictions DIR | --save-predictions DIR]</c> the gold-annotated
/// samples (the development set); <c>sitrep eval heldout</c>, with the same options, the held-out gold corpus;
/// <c>sitrep eval ucdp [--ucdp FILE]</c> the UCDP events. Exit 3 when a floor is missed.
/// </summary>
internal static class EvalScoreCommands
{
    public const string BundledFloors = "data/eval/floors.json";

    /// <summary>The exit code when every corpus was scored but a field is below its floor.</summary>
    public const int FloorMissed = 3;

    public static void AddTo(Command eval, CliEnvironment env)
    {
        var all = new EvalOptions(gold: true, ucdp: true, predictions: false, heldout: true);
        all.AddTo(eval);
        eval.SetAction((parse, ct) => RunAsync(parse, all, env, EvalGoldSet.Development, goldRequired: false, ct));

        var goldOptions = new EvalOptions(gold: true, ucdp: false, predictions: true);
        var gold = new Command("gold", "Score against the gold-annotated sample corpus (the development set): precision, recall and F1 per field and language");
        goldOptions.AddTo(gold);
        gold.SetAction((parse, ct) => RunAsync(parse, goldOptions, env, EvalGoldSet.Development, goldRequired: true, ct));
        eval.Subcommands.Add(gold);

        var heldoutOptions = new EvalOptions(gold: true, ucdp: false, predictions: true);
        var heldout = new Command("heldout", "Score against the held-out gold corpus, which no rule is tuned on (sources in DIR/sources unless --samples)");
        heldoutOptions.AddTo(heldout);
        heldout.SetAction((parse, ct) => RunAsync(parse, heldoutOptions, env, EvalGoldSet.HeldOut, goldRequired: true, ct));
        eval.Subcommands.Add(heldout);

        var ucdpOptions = new EvalOptions(gold: false, ucdp: true, predictions: false);
        var ucdp = new Command("ucdp", "Score place, date and deaths against UCDP coders, reading only the headlines");
        ucdpOptions.AddTo(ucdp);
        ucdp.SetAction((parse, ct) => RunAsync(parse, ucdpOptions, env, EvalGoldSet.Development, goldRequired: false, ct));
        eval.Subcommands.Add(ucdp);
    }

    private static async Task<int> RunAsync(ParseResult parse, EvalOptions o, CliEnvironment env, EvalGoldSet set, bool goldRequired, CancellationToken ct)
    {
        var misses = parse.GetValue(o.Misses);
        var json = parse.GetValue(o.Format) == "json";
        var predictions = o.Predictions is null ? null : parse.GetValue(o.Predictions);
        var reports = new List<CorpusReport>();
        var skipped = new List<string>();
        if (o.Gold is not null)
        {
            var report = await ScoreGoldAsync(set, parse.GetValue(o.Gold), parse.GetValue(o.Samples!), o, parse, predictions, goldRequired, skipped, ct);
            if (report is not null)
            {
                reports.Add(report);
            }
        }

        if (o.Heldout is not null)
        {
            var report = await ScoreGoldAsync(EvalGoldSet.HeldOut, parse.GetValue(o.Heldout), null, o, parse, null, required: false, skipped, ct);
            if (report is not null)
            {
                reports.Add(report);
            }
        }

        if (o.Ucdp is not null)
        {
            var path = parse.GetValue(o.Ucdp) ?? EvalCommand.FindBundled(EvalCommand.BundledUcdp, "bundled UCDP data not found; pass --ucdp FILE");
            var events = UcdpCorpus.Read(path);
            if (!events.IsSuccess)
            {
                throw new SitrepException(events.Error!);
            }

            reports.Add(UcdpReport.Of(path, new UcdpEvaluation(SitrepPipeline.Default).Run(events.Value!, ct)));
        }

        var ownData = (o.Gold is null || parse.GetValue(o.Gold) is null) && (o.Samples is null || parse.GetValue(o.Samples) is null)
            && (o.Ucdp is null || parse.GetValue(o.Ucdp) is null) && (o.Heldout is null || parse.GetValue(o.Heldout) is null);
        var floorMisses = CheckFloors(parse.GetValue(o.Floors), predictions is not null || !ownData, reports);
        if (json)
        {
            await env.Out.WriteLineAsync(JsonReport.Write(reports, floorMisses, misses, skipped));
        }
        else
        {
            skipped.ForEach(env.Out.WriteLine);
            reports.ForEach(r => TableReport.Write(env.Out, r, misses));
            TableReport.WriteFloorMisses(env.Out, floorMisses);
        }

        if (floorMisses.Count > 0)
        {
            TableReport.WriteFloorMisses(env.Error, floorMisses);
            return FloorMissed;
        }

        return 0;
    }

    private static async Task<CorpusReport?> ScoreGoldAsync(
        EvalGoldSet set, string? goldOption, string? samplesOption, EvalOptions o, ParseResult parse, string? predictions, bool required,
        List<string> skipped, CancellationToken ct)
    {
        var goldDir = goldOption ?? FindOrNull(set.BundledGold);
        if (goldDir is null || !Directory.Exists(goldDir) || Directory.GetFiles(goldDir, "*" + GoldCorpus.Suffix).Length == 0)
        {
            var flag = set == EvalGoldSet.HeldOut && o.Heldout is not null ? "--heldout" : "--gold";
            var error = new SitrepError(ErrorCodes.Unreadable, $"no *{GoldCorpus.Suffix} files; pass {flag} DIR", new SourceLocation(goldDir ?? set.BundledGold));
            if (required)
            {
                throw new SitrepException(error);
            }

            skipped.Add($"{set.Name}: skipped, {error}");
            return null;
        }

        var samples = samplesOption ?? set.DefaultSamples(goldDir);
        var save = o.SavePredictions is null ? null : parse.GetValue(o.SavePredictions);
        if (save is not null && predictions is not null)
        {
            throw new UsageException("--save-predictions writes Sitrep's own output; it cannot be combined with --predictions");
        }

        IPredictionSource source = predictions is null ? new PipelinePredictions(SitrepPipeline.Default, save) : new DirectoryPredictions(predictions);
        var pairs = await GoldCorpus.LoadAsync(goldDir, samples, source, ct);
        if (!pairs.IsSuccess)
        {
            throw new SitrepException(pairs.Error!);
        }

        var who = predictions is null ? "Sitrep" : $"predictions in {predictions}";
        return GoldScorer.Score(set.Name, $"{set.Label} ({goldDir}), {who}", pairs.Value!, attemptsEverything: predictions is null);
    }

    /// <summary>The bundled floors apply to Sitrep's own run on the bundled corpora; <c>--floors</c> applies to any run.</summary>
    private static List<FloorMiss> CheckFloors(string? explicitFloors, bool external, List<CorpusReport> reports)
    {
        var path = explicitFloors ?? (external ? null : FindOrNull(BundledFloors));
        if (path is null)
        {
            return [];
        }

        var floors = Floors.Read(path);
        if (!floors.IsSuccess)
        {
            throw new SitrepException(floors.Error!);
        }

        var misses = new List<FloorMiss>();
        foreach (var report in reports)
        {
            var below = floors.Value!.Check(report);
            if (!below.IsSuccess)
            {
                throw new SitrepException(below.Error!);
            }

            misses.AddRange(below.Value!);
        }

        return misses;
    }

    private static string? FindOrNull(string relative)
    {
        try
        {
            return EvalCommand.FindBundled(relative, "not found");
        }
        catch (SitrepException)
        {
            return null;
        }
    }
}
