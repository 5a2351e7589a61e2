using System.Globalization;
using Sitrep.Cli.Evaluation.Gold;
using static Sitrep.Cli.Evaluation.Scoring.MatchRules;

namespace Sitrep.Cli.Evaluation.Scoring;

/// <summary>Claims and events: no single span, matched as sets within a document.</summary>
internal static class SetFieldScoring
{
    public static void Claims(DocumentScorer d, IReadOnlyList<ClaimItem> gold, IReadOnlyList<ClaimItem> predicted)
    {
        var days = d.Pair.Tolerances.DateDays;
        static bool Same(ClaimItem g, ClaimItem p) =>
            SameText(g.Kind, p.Kind) && SameText(g.Side, p.Side) && SameText(g.Stance, p.Stance) && SamePlace(g.Place, p.Place);
        var matched = d.Count(GoldFields.Claims, gold, predicted, Same);
        d.Count(GoldFields.ClaimsDate, gold, predicted, (g, p) => Same(g, p) && DatesOverlap(g.From, g.To, p.From, p.To, days));
        var near = OneToOne.Match(gold, predicted, (g, p) => SameText(g.Kind, p.Kind) || SamePlace(g.Place, p.Place));
        d.Misses(GoldFields.Claims, gold, predicted, matched, near, Describe, Describe, _ => null, _ => null);
    }

    public static void Events(DocumentScorer d, IReadOnlyList<EventItem> gold, IReadOnlyList<EventItem> predicted)
    {
        var (km, days) = (d.Pair.Tolerances.PlaceKm, d.Pair.Tolerances.DateDays);
        var matched = d.Count(GoldFields.Events, gold, predicted,
            (g, p) => SameText(g.Type, p.Type) && Near(g.Location, p.Location, km) && DatesOverlap(g.From, g.To, p.From, p.To, days));
        d.Share(GoldFields.EventsSubtype, gold, predicted, matched, g => g.Subtype is not null, (g, p) => SameText(g.Subtype, p.Subtype),
            (g, p) => new Miss(d.Pair.Name, GoldFields.EventsSubtype, Describe(g), Describe(p), ""));
        var near = OneToOne.Match(gold, predicted, (g, p) => SameText(g.Type, p.Type) || Near(g.Location, p.Location, km));
        d.Misses(GoldFields.Events, gold, predicted, matched, near, Describe, Describe, _ => null, _ => null);
    }

    private static string Describe(ClaimItem c) =>
        $"{c.Claimant ?? "?"} [{c.Side ?? "-"}] {c.Stance ?? "?"} {c.Kind ?? "?"} {Place(c.Place)} {SpanFieldScoring.Interval(c.From, c.To)}";

    private static string Describe(EventItem e) =>
        $"{e.Type ?? "?"}/{e.Subtype ?? "?"} {Place(e.Location)} {SpanFieldScoring.Interval(e.From, e.To)}";

    private static string Place(PlaceRef? p) => p is null
        ? "no place"
        : $"{p.Name ?? "place"} {(p.GeonameId is { } id ? id.ToString(CultureInfo.InvariantCulture) : "")}{SpanFieldScoring.Point(p.Lat, p.Lon)}".TrimEnd();
}
