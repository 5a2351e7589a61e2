using Sitrep.Reconcile.Events;

namespace Sitrep.Reconcile.Claims;

/// <summary>
/// What <see cref="ClaimComparer"/> reads of a claim, worked out once: its place, side, kind, stance and extent, what
/// it says about who holds the place (read from its text, which is then no longer needed), and its period. A store
/// keeps tens of thousands of stored claims in this form to match new ones against, instead of the whole claim with
/// its text and claimant (<see cref="ForMatching(ClaimReport, ReportPool?)"/>).
/// </summary>
public sealed class MatchableClaim
{
    private MatchableClaim(long? geonameId, string? side, string kind, string stance, string? extent, Possession? possession, DateOnly? from, DateOnly? to)
    {
        (GeonameId, Side, Kind, Stance, Extent, Possession, From, To) = (geonameId, side, kind, stance, extent, possession, from, to);
    }

    public long? GeonameId { get; }

    public string? Side { get; }

    public string Kind { get; }

    public string Stance { get; }

    public string? Extent { get; }

    /// <summary>The claim's own period, else the document's publication date (<see cref="ClaimReport.From"/>); null when undated.</summary>
    public DateOnly? From { get; }

    public DateOnly? To { get; }

    internal Possession? Possession { get; }

    /// <summary>The claim's comparable facts; <paramref name="pool"/> shares equal strings among the claims a store keeps.</summary>
    public static MatchableClaim ForMatching(ClaimReport report, ReportPool? pool = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var c = report.Claim;
        var possession = c.Side is null ? (Possession?)null : Claims.Possession.Of(c.Kind, c.Stance, c.Side, c.Extent, c.Text);
        if (pool is not null && possession is { } p)
        {
            possession = p with { Holder = pool.Text(p.Holder)!, Extent = pool.Text(p.Extent)! };
        }

        return new MatchableClaim(c.Place?.GeonameId, Shared(c.Side), Shared(c.Kind)!, Shared(c.Stance)!, Shared(c.Extent), possession, report.From, report.To);

        string? Shared(string? text) => pool is null ? text : pool.Text(text);
    }

    /// <summary>These facts with their strings taken from <paramref name="pool"/> (as <see cref="ForMatching"/> with
    /// the pool gives them), for facts worked out without it (e.g. on another thread).</summary>
    public MatchableClaim Shared(ReportPool pool)
    {
        ArgumentNullException.ThrowIfNull(pool);
        var possession = Possession is { } p ? p with { Holder = pool.Text(p.Holder)!, Extent = pool.Text(p.Extent)! } : (Possession?)null;
        return new MatchableClaim(GeonameId, pool.Text(Side), pool.Text(Kind)!, pool.Text(Stance)!, pool.Text(Extent), possession, From, To);
    }
}
