using System.Globalization;
using Sitrep.Cli.Evaluation.Gold;
using static Sitrep.Cli.Evaluation.Scoring.MatchRules;

namespace Sitrep.Cli.Evaluation.Scoring;

/// <summary>Places, times, quantities and attributions: items with a span, matched by overlap.</summary>
internal static class SpanFieldScoring
{
    public static void Places(DocumentScorer d, IReadOnlyList<PlaceItem> gold, IReadOnlyList<PlaceItem> predicted)
    {
        var km = d.Pair.Tolerances.PlaceKm;
        int Pref(PlaceItem g, PlaceItem p) => OverlapLength(g.Range, p.Range);
        var found = d.Count(GoldFields.PlacesFound, gold, predicted, (g, p) => Overlap(g.Range, p.Range), Pref);
        var byId = d.Count(GoldFields.PlacesId, gold, predicted, (g, p) => Overlap(g.Range, p.Range) && SameIdOrNearWithoutId(g, p, km), Pref);
        var byKm = d.Count(GoldFields.PlacesKm, gold, predicted, (g, p) => Overlap(g.Range, p.Range) && (SameId(g.GeonameId, p.GeonameId) || WithinKm(g.Lat, g.Lon, p.Lat, p.Lon, km)), Pref);
        d.Share(GoldFields.PlacesRole, gold, predicted, found, g => g.Role is not null, (g, p) => SameText(g.Role, p.Role),
            (g, p) => new Miss(d.Pair.Name, GoldFields.PlacesRole, $"\"{g.Text}\" {g.Role}", $"\"{p.Text}\" {p.Role ?? "no role"}", d.Snippet(g.Range)));
        var strict = predicted.Any(p => p.GeonameId is not null) ? byId : predicted.Any(p => p.Lat is not null) ? byKm : found;
        var field = ReferenceEquals(strict, byId) ? GoldFields.PlacesId : ReferenceEquals(strict, byKm) ? GoldFields.PlacesKm : GoldFields.PlacesFound;
        d.Misses(field, gold, predicted, strict, found, Describe, Describe, g => g.Range, p => p.Range);
    }

    public static void Times(DocumentScorer d, IReadOnlyList<TimeItem> gold, IReadOnlyList<TimeItem> predicted)
    {
        var days = d.Pair.Tolerances.DateDays;
        int Pref(TimeItem g, TimeItem p) => OverlapLength(g.Range, p.Range);
        var found = d.Count(GoldFields.TimesFound, gold, predicted, (g, p) => Overlap(g.Range, p.Range), Pref);
        d.Count(GoldFields.TimesOverlap, gold, predicted, (g, p) => Overlap(g.Range, p.Range) && DatesOverlap(g.From, g.To, p.From, p.To, days), Pref);
        var exact = d.Count(GoldFields.TimesExact, gold, predicted, (g, p) => Overlap(g.Range, p.Range) && DatesExact(g.From, g.To, p.From, p.To), Pref);
        d.Misses(GoldFields.TimesExact, gold, predicted, exact, found, Describe, Describe, g => g.Range, p => p.Range);
    }

    public static void Quantities(DocumentScorer d, IReadOnlyList<QuantityItem> gold, IReadOnlyList<QuantityItem> predicted)
    {
        var relative = d.Pair.Tolerances.QuantityRelative;
        int Pref(QuantityItem g, QuantityItem p) => OverlapLength(g.Range, p.Range);
        var found = d.Count(GoldFields.QuantitiesFound, gold, predicted, (g, p) => Overlap(g.Range, p.Range), Pref);
        d.Count(GoldFields.QuantitiesUnit, gold, predicted, (g, p) => Overlap(g.Range, p.Range) && SameText(g.Unit, p.Unit), Pref);
        var value = d.Count(GoldFields.QuantitiesValue, gold, predicted, (g, p) => Overlap(g.Range, p.Range) && SameQuantity(g, p, relative), Pref);
        d.Misses(GoldFields.QuantitiesValue, gold, predicted, value, found, Describe, Describe, g => g.Range, p => p.Range);
    }

    /// <summary>A gold attribution gives a fragment of the statement: the prediction whose span contains it matches.</summary>
    public static void Attributions(DocumentScorer d, IReadOnlyList<AttributionItem> gold, IReadOnlyList<AttributionItem> predicted)
    {
        static bool Holds(AttributionItem g, AttributionItem p) => g.Range is { } gr && p.Range is { } pr && pr.Contains(gr);
        static int Pref(AttributionItem g, AttributionItem p) => -(p.Range!.Value.End - p.Range.Value.Start); // the tightest statement
        var found = d.Count(GoldFields.AttributionsFound, gold, predicted, Holds, Pref);
        d.Count(GoldFields.AttributionsSpeaker, gold, predicted, (g, p) => Holds(g, p) && SpeakerNames.SameSpeaker(g, p), Pref);
        var chain = d.Count(GoldFields.AttributionsChain, gold, predicted, (g, p) => Holds(g, p) && SpeakerNames.SameChain(g, p), Pref);
        d.Misses(GoldFields.AttributionsChain, gold, predicted, chain, found, Describe, Describe, g => g.Range, p => p.Range);
    }

    private static string Describe(PlaceItem p) =>
        $"\"{p.Text}\" {(p.GeonameId is { } id ? id.ToString(CultureInfo.InvariantCulture) : "no id")}{Point(p.Lat, p.Lon)}{(p.Role is null ? "" : " " + p.Role)}";

    private static string Describe(TimeItem t) => $"\"{t.Text}\" {Interval(t.From, t.To)}";

    private static string Describe(QuantityItem q) =>
        $"\"{q.Text}\" {(q.Low == q.High ? Num(q.Low) : $"{Num(q.Low)}..{Num(q.High)}")} {q.Unit ?? "?"}";

    private static string Describe(AttributionItem a) =>
        $"{a.Speaker ?? "?"}{(a.Via.Count == 0 ? "" : " via " + string.Join(" < ", a.Via))}: \"{Short(a.Text)}\"";

    internal static string Interval(DateOnly? from, DateOnly? to) =>
        from is null && to is null ? "undated" : from == to ? Iso(from) : $"{Iso(from)}..{Iso(to)}";

    internal static string Point(double? lat, double? lon) =>
        lat is { } a && lon is { } b ? string.Create(CultureInfo.InvariantCulture, $" ({a:0.###}, {b:0.###})") : "";

    private static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";

    private static string Num(double? v) => v?.ToString("0.##", CultureInfo.InvariantCulture) ?? "?";

    private static string Short(string s) => s.Length <= 60 ? s : s[..57] + "...";
}
