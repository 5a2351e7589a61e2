using System.Globalization;
using System.Runtime.CompilerServices;
using Sitrep.Core.Contract;
using Sitrep.Reconcile.Common;

namespace Sitrep.Reconcile.Claims;

/// <summary>
/// Relates two claims from different sides about the same place (GeoNames id) at nearby times (or both undated):
/// a contradiction when both cannot be true (capture asserted vs denied; full control vs control of a part by the
/// other side; any kind asserted by one side and denied by the other); a corroboration when both sides assert the
/// same strike or encirclement, or agree on who holds the ground (one side admitting the other's capture). A claim
/// of kind other relates to nothing. Possession claims (control, capture, repelled) stay comparable for a week; others
/// for two days.
/// </summary>
public static class ClaimComparer
{
    public const int PossessionDays = 7;
    public const int EventDays = 2;

    public static ClaimRelation? Compare(ClaimReport a, ClaimReport b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var ca = a.Claim;
        var cb = b.Claim;
        if (ca.Place is null || cb.Place is null || ca.Place.GeonameId != cb.Place.GeonameId)
        {
            return null;
        }

        // a claim of kind other (any attributed statement with no kind recognised) states nothing to weigh
        if (ca.Side is null || cb.Side is null || ca.Side == cb.Side || ca.Kind == "other" || cb.Kind == "other")
        {
            return null;
        }

        var pa = PossessionOf(ca);
        var pb = PossessionOf(cb);
        var window = pa is not null && pb is not null ? PossessionDays : EventDays;
        if (Time(a, b, window) is not { } when)
        {
            return null;
        }

        ClaimRelation Relation(ClaimRelationKind kind)
        {
            var place = string.Create(CultureInfo.InvariantCulture, $"same place {ca.Place.GeonameId}");
            var who = $"{ca.Side} {ca.Stance} {Describe(ca.Kind, ca.Extent)} / {cb.Side} {cb.Stance} {Describe(cb.Kind, cb.Extent)}";
            return new ClaimRelation(kind, $"{place}, {when}, {who}");
        }

        if (pa is { } x && pb is { } y)
        {
            if (Possession.Conflict(x, ca.Side, y, cb.Side))
            {
                return Relation(ClaimRelationKind.Contradicts);
            }

            return Possession.Agree(x, ca.Side, y, cb.Side) ? Relation(ClaimRelationKind.Corroborates) : null;
        }

        if (ca.Kind != cb.Kind)
        {
            return null;
        }

        if (ca.Stance != cb.Stance)
        {
            return Relation(ClaimRelationKind.Contradicts);
        }

        return ca.Stance == "asserts" && ca.Kind is "strike" or "encirclement" ? Relation(ClaimRelationKind.Corroborates) : null;
    }

    /// <summary>What the claim says about who holds its place, worked out once per claim: a store compares each
    /// claim with many others (the claim's fields never change after it is built).</summary>
    private static Possession? PossessionOf(ClaimDto claim) =>
        Possessions.GetValue(claim, static c => new StrongBox<Possession?>(Possession.Of(c.Kind, c.Stance, c.Side!, c.Extent, c.Text))).Value;

    private static readonly ConditionalWeakTable<ClaimDto, StrongBox<Possession?>> Possessions = [];

    private static string Describe(string kind, string? extent) => extent is null ? kind : $"{kind} ({extent})";

    private static string? Time(ClaimReport a, ClaimReport b, int window)
    {
        if (a.From is not { } af || b.From is not { } bf)
        {
            return a.From is null && b.From is null ? "both undated" : null;
        }

        var gap = IsoDates.Gap(af, a.To!.Value, bf, b.To!.Value);
        return gap > window ? null : gap == 0 ? "same time" : string.Create(CultureInfo.InvariantCulture, $"{gap} day(s) apart");
    }
}
