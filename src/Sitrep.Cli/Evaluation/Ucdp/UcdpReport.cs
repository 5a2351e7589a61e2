using System.Globalization;
using Sitrep.Cli.Evaluation.Scoring;

namespace Sitrep.Cli.Evaluation.Ucdp;

/// <summary>The UCDP table: place (as <c>sitrep eval places</c>), date and deaths, with misses.</summary>
public static class UcdpReport
{
    public const string PlaceAll = "place.all";
    public const string PlacePrec12 = "place.prec12";
    public const string PlaceNamed12 = "place.named12";
    public const string Date = "date";
    public const string DateRead = "date.read";
    public const string Deaths = "deaths";

    public static CorpusReport Of(string source, IReadOnlyList<UcdpOutcome> outcomes)
    {
        var places = PlacesReport.Of(outcomes.Select(o => o.Place).ToList());
        var rows = Rows(outcomes);
        var notes = new List<string>
        {
            $"{source}: {outcomes.Count} events, headlines only",
            $"where_prec 1-2 with the place named: {places.Target.Hits} of {places.Target.Rows} within 25 km ({PlacesReport.Pct(places.Target.ShareOfRows)}), as sitrep eval places",
            "place: within 25 km of the coded point; date: our first dated event overlaps date_start..date_end (published = earliest source date); deaths: our first killed count within low..high, gold = rows with best > 0",
        };
        var byPeriod = new SortedDictionary<string, IReadOnlyList<FieldScore>>(StringComparer.Ordinal);
        foreach (var period in outcomes.GroupBy(o => Period(o.Event.Row.DateStart)))
        {
            byPeriod[period.Key] = Rows([.. period]);
        }

        return new CorpusReport("ucdp", "UCDP GED Ukraine, human-coded", rows,
            new SortedDictionary<string, IReadOnlyList<FieldScore>> { ["en"] = rows }, Misses(outcomes), notes)
        {
            ByPeriod = byPeriod,
        };
    }

    /// <summary>GED (2014-2021, English wire headlines) and candidate events (2022-23, many machine-translated).</summary>
    public static string Period(DateOnly date) => date.Year < 2022 ? "2014-2021" : "2022-2023";

    private static List<FieldScore> Rows(IReadOnlyList<UcdpOutcome> outcomes)
    {
        var places = PlacesReport.Of(outcomes.Select(o => o.Place).ToList());
        var prec12 = PlacesScore.Of(outcomes.Select(o => o.Place).Where(p => p.Row.WherePrec is 1 or 2));
        var all = PlacesScore.Of(outcomes.Select(o => o.Place));
        var dated = outcomes.Count(o => o.HasDate);
        return new List<FieldScore>
        {
            new(PlaceAll, false, all.Rows, all.WithPlace, all.Hits),
            new(PlacePrec12, false, prec12.Rows, prec12.WithPlace, prec12.Hits),
            new(PlaceNamed12, true, places.Target.Rows, 0, places.Target.Hits),
            new(Date, false, outcomes.Count, dated, outcomes.Count(o => o.DateHit)),
            new(DateRead, true, dated, 0, outcomes.Count(o => o.HasDate && o.DateFromText)),
            new(Deaths, false, outcomes.Count(o => o.HasDeaths), outcomes.Count(o => o.Killed is not null), outcomes.Count(o => o.DeathsHit)),
        };
    }

    private static List<Miss> Misses(IReadOnlyList<UcdpOutcome> outcomes)
    {
        var misses = new List<Miss>();
        foreach (var o in outcomes)
        {
            var (row, facts) = (o.Event.Row, o.Event.Facts);
            var at = $"line {row.Line}";
            if (o.Place.Named && row.WherePrec is 1 or 2 && !o.Place.Hit)
            {
                var ours = o.Place.Ours is { } p ? $"{p.Text} -> {p.Name}{Km(o.Place.DistanceKm)}" : "(nothing)";
                misses.Add(new Miss(at, PlaceNamed12, row.WhereDescription, ours, Short(row.Headline)));
            }

            if (!o.DateHit)
            {
                var ours = o.HasDate ? $"{Iso(o.From)}..{Iso(o.To)}{(o.DateFromText ? "" : " (publication date)")}" : "(nothing)";
                misses.Add(new Miss(at, Date, $"{Iso(row.DateStart)}..{Iso(facts.DateEnd)} (sources from {Iso(facts.FirstSourceDate)})", ours, Short(row.Headline)));
            }

            if ((o.HasDeaths || o.Killed is not null) && !o.DeathsHit)
            {
                var ours = o.Killed is { } k ? $"{o.KilledText}: {Num(k.Low)}..{Num(k.High)}" : "(nothing)";
                misses.Add(new Miss(at, Deaths, $"best {facts.Best}, {facts.DeathRange.Low}..{facts.DeathRange.High}", ours, Short(row.Headline)));
            }
        }

        return misses;
    }

    private static string Km(double? km) => km is { } d ? string.Create(CultureInfo.InvariantCulture, $" ({d:0} km)") : "";

    private static string Iso(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "?";

    private static string Num(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Short(string s) => s.Length <= 140 ? s : s[..137] + "...";
}
