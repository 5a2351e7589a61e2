using Sitrep.Cli.Commands;
using Sitrep.Cli.Output;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Services;

/// <summary>What the demo prints: the store's counts, the events by type, the latest events and the contested claims.</summary>
internal static class DemoSummary
{
    public static async Task WriteAsync(ISitrepStore store, CliEnvironment env, CancellationToken ct)
    {
        var status = await store.StatusAsync(ct);
        var events = await store.QueryEventsAsync(new EventQuery(), ct);
        var contested = await store.QueryClaimsAsync(new ClaimQuery(ContestedOnly: true), ct);
        var console = Consoles.For(env);

        console.WriteLine();
        console.Write(new Rule("What the store holds").LeftJustified());
        console.WriteLine($"{status.Documents} documents, {status.Events} events, {status.Claims} claims, {status.Quarantined} quarantined inputs");
        var byType = events.GroupBy(e => e.Type).OrderByDescending(g => g.Count()).Select(g => $"{g.Key} {g.Count()}");
        console.WriteLine("events by type: " + string.Join(", ", byType));
        var multiSource = events.Count(e => e.Sources.Select(s => s.DocumentId ?? s.Name).Distinct().Count() > 1);
        console.WriteLine($"events reported by more than one document: {multiSource}");

        console.WriteLine();
        console.Write(new Rule("Latest events").LeftJustified());
        var latest = events.OrderByDescending(e => e.From ?? string.Empty).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        EventsCommand.WriteTable(env, latest, limit: 15);

        console.WriteLine();
        console.Write(new Rule("Contested claims").LeftJustified());
        ClaimsCommand.WriteContested(env, contested);
        await env.Out.FlushAsync(ct);
    }
}
