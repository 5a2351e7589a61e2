using System.CommandLine;
using Sitrep.Cli.Output;
using Sitrep.Cli.Services;
using Sitrep.Core.Contract;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep claims [--contested]</c>: claims with claimant, side, stance and sources; contested ones side by side.</summary>
internal static class ClaimsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var db = CommonOptions.Db();
        var contested = new Option<bool>("--contested") { Description = "Only propositions on which the sides disagree, side by side" };
        var place = new Option<string?>("--place") { Description = "A place name or GeoNames id" };
        var format = CommonOptions.Format("table", "table", "json");
        var command = new Command("claims", "List claims, or contested propositions") { db, contested, place, format };
        command.SetAction(async (parse, ct) =>
        {
            await using var store = await StoreOpener.OpenAsync(parse.GetValue(db), env, ct);
            var claims = await store.QueryClaimsAsync(new ClaimQuery(parse.GetValue(contested), parse.GetValue(place)), ct);
            if (parse.GetValue(format) == "json")
            {
                await env.Out.WriteLineAsync(SitrepJson.Serialize(claims.ToList()));
            }
            else if (parse.GetValue(contested))
            {
                WriteContested(env, claims);
            }
            else
            {
                WriteTable(env, claims, await CorroborationsAsync(store, claims, ct));
            }

            return 0;
        });
        return command;
    }

    /// <summary>For each claim, the claims of the other side that agree with it (stored links, both ways).</summary>
    private static async Task<Dictionary<string, List<string>>> CorroborationsAsync(ISitrepStore store, IReadOnlyList<ClaimDto> claims, CancellationToken ct)
    {
        var agreeing = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var c in claims)
        {
            var links = await store.GetClaimLinksAsync(c.Id, ct);
            var ids = links.Where(l => l.Relation == ClaimLink.Corroborates).Select(l => l.OtherClaimId).ToList();
            if (ids.Count > 0)
            {
                agreeing[c.Id] = ids;
            }
        }

        return agreeing;
    }

    private static void WriteTable(CliEnvironment env, IReadOnlyList<ClaimDto> claims, Dictionary<string, List<string>> corroborations)
    {
        var console = Consoles.For(env);
        if (claims.Count == 0)
        {
            console.WriteLine("no claims");
            return;
        }

        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in new[] { "date", "place", "claim", "source", "contradicts", "corroborated by", "id" })
        {
            table.AddColumn(header);
        }

        foreach (var c in claims)
        {
            table.AddRow(
                Markup.Escape(c.From ?? c.Published ?? "-"),
                Markup.Escape(c.Place?.Name ?? "-"),
                Markup.Escape(Describe.Claim(c)),
                Markup.Escape(c.Outlet ?? "-"),
                Markup.Escape(string.Join(", ", c.Contradicts)),
                Markup.Escape(string.Join(", ", corroborations.GetValueOrDefault(c.Id) ?? [])),
                Markup.Escape(c.Id));
        }

        console.Write(table);
    }

    /// <summary>
    /// One row per contested proposition: claims linked by contradictions form one proposition (a place and what is
    /// disputed about it); each side's claims are listed in its own column with their sources and dates.
    /// </summary>
    internal static void WriteContested(CliEnvironment env, IReadOnlyList<ClaimDto> claims)
    {
        var console = Consoles.For(env);
        var propositions = Propositions(claims);
        if (propositions.Count == 0)
        {
            console.WriteLine("no contested claims");
            return;
        }

        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in new[] { "place", "one side (source, date: claim)", "other side (source, date: claim)" })
        {
            table.AddColumn(header);
        }

        foreach (var group in propositions)
        {
            var sides = group.GroupBy(c => c.Side ?? "?").OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
            var left = sides[0].ToList();
            var right = sides.Skip(1).SelectMany(g => g).ToList();
            table.AddRow(Markup.Escape(group[0].Place?.Name ?? "-"), Lines(left), Lines(right));
        }

        console.Write(table);
    }

    private const int MaxClaimsPerCell = 5;

    /// <summary>"TASS, 2025-11-18: Ministry of Defence of the Russian Federation [RU] asserts capture", one per claim.</summary>
    private static string Lines(List<ClaimDto> claims)
    {
        var lines = claims.Take(MaxClaimsPerCell)
            .Select(c => Markup.Escape($"{c.Outlet ?? "unknown outlet"}, {c.Published ?? c.From ?? "undated"}: {Describe.Claim(c)}"))
            .ToList();
        if (claims.Count > MaxClaimsPerCell)
        {
            lines.Add($"(+{claims.Count - MaxClaimsPerCell} more)");
        }

        return string.Join("\n", lines);
    }

    /// <summary>Connected groups of claims under the contradiction links, in the order their first claim is listed.</summary>
    private static List<List<ClaimDto>> Propositions(IReadOnlyList<ClaimDto> claims)
    {
        var byId = claims.ToDictionary(c => c.Id);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<List<ClaimDto>>();
        foreach (var start in claims)
        {
            if (start.Contradicts.Count == 0 || !seen.Add(start.Id))
            {
                continue;
            }

            var group = new List<ClaimDto>();
            var queue = new Queue<ClaimDto>([start]);
            while (queue.TryDequeue(out var c))
            {
                group.Add(c);
                foreach (var other in c.Contradicts)
                {
                    if (byId.TryGetValue(other, out var o) && seen.Add(o.Id))
                    {
                        queue.Enqueue(o);
                    }
                }
            }

            if (group.Count > 1)
            {
                groups.Add([.. group.OrderBy(c => c.Published ?? c.From ?? string.Empty, StringComparer.Ordinal).ThenBy(c => c.Id, StringComparer.Ordinal)]);
            }
        }

        return groups;
    }
}
