namespace Sitrep.Cli.Evaluation;

/// <summary>Counts for one group of UCDP rows.</summary>
/// <param name="Rows">Rows in the group.</param>
/// <param name="WithPlace">Rows where Sitrep chose a place.</param>
/// <param name="Hits">Rows where that place is within 25 km of the coded point.</param>
public sealed record PlacesScore(int Rows, int WithPlace, int Hits)
{
    public double ShareOfRows => Rows == 0 ? 0 : (double)Hits / Rows;

    public double ShareOfPlaced => WithPlace == 0 ? 0 : (double)Hits / WithPlace;

    public static PlacesScore Of(IEnumerable<PlaceOutcome> outcomes)
    {
        int rows = 0, placed = 0, hits = 0;
        foreach (var o in outcomes)
        {
            rows++;
            placed += o.Ours is null ? 0 : 1;
            hits += o.Hit ? 1 : 0;
        }

        return new PlacesScore(rows, placed, hits);
    }
}

/// <summary>The evaluation by UCDP where_prec, for all rows and for rows whose headlines name the coded place.</summary>
public sealed record PlacesReport(
    IReadOnlyDictionary<int, PlacesScore> ByPrecision,
    IReadOnlyDictionary<int, PlacesScore> NamedByPrecision,
    PlacesScore Target)
{
    public static PlacesReport Of(IReadOnlyList<PlaceOutcome> outcomes)
    {
        var all = new SortedDictionary<int, PlacesScore>();
        var named = new SortedDictionary<int, PlacesScore>();
        foreach (var group in outcomes.GroupBy(o => o.Row.WherePrec))
        {
            all[group.Key] = PlacesScore.Of(group);
            named[group.Key] = PlacesScore.Of(group.Where(o => o.Named));
        }

        var target = PlacesScore.Of(outcomes.Where(o => o.Named && o.Row.WherePrec is 1 or 2));
        return new PlacesReport(all, named, target);
    }

    public void WriteTo(TextWriter w)
    {
        w.WriteLine("where_prec |  rows | with place | within 25 km | of rows | of placed || named rows | within 25 km | of named");
        foreach (var (prec, s) in ByPrecision)
        {
            var n = NamedByPrecision[prec];
            w.WriteLine($"{prec,10} | {s.Rows,5} | {s.WithPlace,10} | {s.Hits,12} | {Pct(s.ShareOfRows),7} | {Pct(s.ShareOfPlaced),9} || {n.Rows,10} | {n.Hits,12} | {Pct(n.ShareOfRows),8}");
        }

        var total = PlacesScore.Of([]) with
        {
            Rows = ByPrecision.Values.Sum(s => s.Rows),
            WithPlace = ByPrecision.Values.Sum(s => s.WithPlace),
            Hits = ByPrecision.Values.Sum(s => s.Hits),
        };
        w.WriteLine($"{"all",10} | {total.Rows,5} | {total.WithPlace,10} | {total.Hits,12} | {Pct(total.ShareOfRows),7} | {Pct(total.ShareOfPlaced),9} ||");
        w.WriteLine($"where_prec 1-2 with the place named: {Target.Hits} of {Target.Rows} within 25 km ({Pct(Target.ShareOfRows)}; target 90%)");
    }

    public static string Pct(double share) => (share * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
