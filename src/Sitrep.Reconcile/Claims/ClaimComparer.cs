using System.Globalization;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;
using Sitrep.Reconcile.Common;

namespace Sitrep.Reconcile.Claims;

/// <summary>
/// Relates two claims from different sides about the same place (GeoNames id) at nearby times (or both undated):
/// a contradiction when both cannot be true (capture asserted vs denied; full control vs control of a part by the
/// other side; any kind asserted by one side and denied by the other); a corroboration when both sides assert the
/// same strike or encirclement, or agree on who holds the ground (one side admitting the other's capture). A claim
/// of kind other (or of a kind outside the contract) relates to nothing. Possession claims (control, capture, repelled) stay comparable for a week; others
/// for two days.
/// </summary>
public static class ClaimComparer
{
    public const int PossessionDays = 7;
    public const int EventDays = 2;

    private static readonly string[] PossessionKinds = ["capture", "control", "repelled"];

    /// <summary>For each kind of the contract, the kinds it may relate to: none for kind other, the possession kinds
    /// for a possession kind, else its own kind.</summary>
    private static readonly Dictionary<string, string[]> Related = Enum.GetValues<ClaimKind>()
        .Select(ContractNames.Of)
        .ToDictionary(k => k, k => k switch
        {
            "other" => [],
            "capture" or "control" or "repelled" => PossessionKinds,
            _ => new[] { k },
        }, StringComparer.Ordinal);

    /// <summary>The kinds of claim a claim of <paramref name="kind"/> may relate to (what <see cref="Compare(MatchableClaim, MatchableClaim)"/>
    /// can return a relation for): none for kind other (or a kind outside the contract), the possession kinds for a
    /// possession kind, else its own kind. A store looks only among these.</summary>
    public static IReadOnlyList<string> KindsRelatedTo(string kind) => Related.GetValueOrDefault(kind) ?? [];

    /// <summary>Every kind that relates to some kind (<see cref="KindsRelatedTo"/> not empty), in the contract's order:
    /// the only kinds a store needs to keep for matching.</summary>
    public static IReadOnlyList<string> KindsWithRelations { get; } =
        [.. Enum.GetValues<ClaimKind>().Select(ContractNames.Of).Where(k => Related[k].Length > 0)];

    public static ClaimRelation? Compare(ClaimReport a, ClaimReport b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        return Compare(MatchableClaim.ForMatching(a), MatchableClaim.ForMatching(b));
    }

    /// <summary>The same comparison on the facts worked out once per claim (a store compares each claim with many).</summary>
    public static ClaimRelation? Compare(MatchableClaim a, MatchableClaim b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.GeonameId is not { } place || b.GeonameId != place)
        {
            return null;
        }

        // a claim of kind other (any attributed statement with no kind recognised) states nothing to weigh, and claims
        // of kinds that do not relate (a strike and a capture) are not compared
        if (a.Side is null || b.Side is null || a.Side == b.Side || !Relates(a.Kind, b.Kind))
        {
            return null;
        }

        var pa = a.Possession;
        var pb = b.Possession;
        var window = pa is not null && pb is not null ? PossessionDays : EventDays;
        if (Time(a, b, window) is not { } when)
        {
            return null;
        }

        ClaimRelation Relation(ClaimRelationKind kind)
        {
            var where = string.Create(CultureInfo.InvariantCulture, $"same place {place}");
            var who = $"{a.Side} {a.Stance} {Describe(a.Kind, a.Extent)} / {b.Side} {b.Stance} {Describe(b.Kind, b.Extent)}";
            return new ClaimRelation(kind, $"{where}, {when}, {who}");
        }

        if (pa is { } x && pb is { } y)
        {
            if (Possession.Conflict(x, a.Side, y, b.Side))
            {
                return Relation(ClaimRelationKind.Contradicts);
            }

            return Possession.Agree(x, a.Side, y, b.Side) ? Relation(ClaimRelationKind.Corroborates) : null;
        }

        if (a.Kind != b.Kind)
        {
            return null;
        }

        if (a.Stance != b.Stance)
        {
            return Relation(ClaimRelationKind.Contradicts);
        }

        return a.Stance == "asserts" && a.Kind is "strike" or "encirclement" ? Relation(ClaimRelationKind.Corroborates) : null;
    }

    private static bool Relates(string kind, string other) =>
        Related.TryGetValue(kind, out var related) && Array.IndexOf(related, other) >= 0;

    private static string Describe(string kind, string? extent) => extent is null ? kind : $"{kind} ({extent})";

    private static string? Time(MatchableClaim a, MatchableClaim b, int window)
    {
        if (a.From is not { } af || b.From is not { } bf)
        {
            return a.From is null && b.From is null ? "both undated" : null;
        }

        var gap = IsoDates.Gap(af, a.To!.Value, bf, b.To!.Value);
        return gap > window ? null : gap == 0 ? "same time" : string.Create(CultureInfo.InvariantCulture, $"{gap} day(s) apart");
    }
}
