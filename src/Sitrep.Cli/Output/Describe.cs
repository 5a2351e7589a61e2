using System.Globalization;
using Sitrep.Core.Contract;

namespace Sitrep.Cli.Output;

/// <summary>Short human-readable renderings of contract items for tables.</summary>
internal static class Describe
{
    public static string Dates(string? from, string? to) =>
        from is null ? "undated" : from == to || to is null ? from : $"{from}..{to}";

    public static string Location(LocationDto? location) =>
        location is null ? "-" : location.Detail is null ? location.Name : $"{location.Name} ({location.Detail})";

    public static string Quantity(QuantityDto q)
    {
        string number = q.Value is { } v ? Num(v)
            : q.Low is { } lo && q.High is { } hi ? $"{Num(lo)}-{Num(hi)}"
            : q.Low is { } l ? $">={Num(l)}"
            : q.High is { } h ? $"<={Num(h)}" : "?";
        return (q.Approximate ? "~" : string.Empty) + number + " " + q.Unit;
    }

    public static string Actors(IEnumerable<ActorDto> actors) =>
        string.Join(" vs ", actors.Where(a => a.Role != "other").Select(a => a.Side is null ? a.Name : $"{a.Name} [{a.Side}]"));

    public static string Sources(IReadOnlyCollection<SourceDto> sources) =>
        string.Join("; ", sources.Select(s => s.Via.Count == 0 ? s.Name : $"{s.Name} via {string.Join(" < ", s.Via)}").Distinct().Take(3))
        + (sources.Count > 3 ? $" (+{sources.Count - 3})" : string.Empty);

    public static string Claim(ClaimDto c) =>
        $"{c.Claimant}{(c.Side is null ? string.Empty : $" [{c.Side}]")} {c.Stance} {c.Kind}{(c.Extent is null ? string.Empty : $" ({c.Extent})")}";

    private static string Num(double v) => v.ToString("#,0.##", CultureInfo.InvariantCulture);
}
