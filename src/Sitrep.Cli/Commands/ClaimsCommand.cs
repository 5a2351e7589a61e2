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

    /// <summary>One row per contested proposition: each pair of contradicting claims once, side by side.</summary>
    internal static void WriteContested(CliEnvironment env, IReadOnlyList<ClaimDto> claims)
    {
        var console = Consoles.For(env);
        var byId = claims.ToDictionary(c => c.Id);
        var seen = new HashSet<(string, string)>();
        var table = new Table().Border(TableBorder.Simple);
        foreach (var header in new[] { "place", "one side", "source, date", "other side", "source, date" })
        {
            table.AddColumn(header);
        }

        var rows = 0;
        foreach (var c in claims)
        {
            foreach (var otherId in c.Contradicts)
            {
                if (!byId.TryGetValue(otherId, out var other))
                {
                    continue;
                }

                var key = string.CompareOrdinal(c.Id, otherId) < 0 ? (c.Id, otherId) : (otherId, c.Id);
                if (!seen.Add(key))
                {
                    continue;
                }

                table.AddRow(
                    Markup.Escape(c.Place?.Name ?? other.Place?.Name ?? "-"),
                    Markup.Escape(Describe.Claim(c)),
                    Markup.Escape($"{c.Outlet ?? "-"}, {c.Published ?? c.From ?? "undated"}"),
                    Markup.Escape(Describe.Claim(other)),
                    Markup.Escape($"{other.Outlet ?? "-"}, {other.Published ?? other.From ?? "undated"}"));
                rows++;
            }
        }

        if (rows == 0)
        {
            console.WriteLine("no contested claims");
            return;
        }

        console.Write(table);
    }
}
