using System.CommandLine;
using System.Globalization;
using Sitrep.Cli.Evaluation;
using Sitrep.Core.Errors;
using Sitrep.Extraction;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep eval places [--ucdp FILE] [--misses N]</c>: how often the places stage puts a UCDP event within 25 km
/// of the coders' point, reading only the headlines; by UCDP where_prec. <c>sitrep eval</c>, <c>eval gold</c> and
/// <c>eval ucdp</c>: the per-field scorer (<see cref="EvalScoreCommands"/>).
/// </summary>
internal static class EvalCommand
{
    public const string BundledUcdp = "data/eval/ucdp-ukraine/UCDP-Ukraine.csv";

    public static Command Create(CliEnvironment env)
    {
        var ucdp = new Option<string?>("--ucdp") { Description = "A UCDP GED CSV file (default: the bundled UCDP Ukraine events)" };
        var misses = new Option<int>("--misses") { Description = "List this many misses among where_prec 1-2 rows that name their place", DefaultValueFactory = _ => 0 };
        var places = new Command("places", "Score the places stage against UCDP coders: share of events placed within 25 km, by where_prec")
        {
            ucdp, misses,
        };
        places.SetAction(async (parse, ct) =>
        {
            var path = parse.GetValue(ucdp) ?? FindBundled(BundledUcdp, "bundled UCDP data not found; pass --ucdp FILE");
            var read = UcdpCsv.Read(path);
            if (!read.IsSuccess)
            {
                throw new SitrepException(read.Error!);
            }

            var outcomes = new PlacesEvaluation(SitrepPipeline.Default).Run(read.Value!, ct);
            await env.Out.WriteLineAsync($"Places vs UCDP coders: {path}, {outcomes.Count} events, headlines only");
            PlacesReport.Of(outcomes).WriteTo(env.Out);
            var limit = parse.GetValue(misses);
            if (limit > 0)
            {
                await WriteMissesAsync(env.Out, outcomes, limit);
            }

            return 0;
        });

        var eval = new Command("eval", "Evaluate extraction against human-coded data: every corpus, or one subcommand") { places };
        EvalScoreCommands.AddTo(eval, env);
        return eval;
    }

    private static async Task WriteMissesAsync(TextWriter w, IReadOnlyList<PlaceOutcome> outcomes, int limit)
    {
        await w.WriteLineAsync();
        await w.WriteLineAsync("misses (where_prec 1-2, place named): line | date | headline | ours | theirs | km");
        foreach (var o in outcomes.Where(o => o.Named && o.Row.WherePrec is 1 or 2 && !o.Hit).Take(limit))
        {
            var ours = o.Ours is null ? "-" : $"{o.Ours.Text} -> {o.Ours.Name} ({o.Ours.Lat.ToString("0.###", CultureInfo.InvariantCulture)}, {o.Ours.Lon.ToString("0.###", CultureInfo.InvariantCulture)})";
            var km = o.DistanceKm?.ToString("0", CultureInfo.InvariantCulture) ?? "-";
            await w.WriteLineAsync($"{o.Row.Line} | {o.Row.DateStart:yyyy-MM-dd} | {Short(o.Row.Headline)} | {ours} | {o.Row.WhereDescription} | {km}");
        }
    }

    private static string Short(string s) => s.Length <= 120 ? s : s[..117] + "...";

    /// <summary>The bundled file or directory next to the executable, else in the repository above the working directory.</summary>
    internal static string FindBundled(string relative, string notFound)
    {
        static bool Exists(string path) => File.Exists(path) || Directory.Exists(path);
        var beside = Path.Combine(AppContext.BaseDirectory, relative);
        if (Exists(beside))
        {
            return beside;
        }

        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, relative);
            if (Exists(candidate))
            {
                return candidate;
            }
        }

        throw new SitrepException(new SitrepError(ErrorCodes.Unreadable, notFound, new SourceLocation(relative)));
    }
}
