using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Cli.Evaluation.Ucdp;

/// <summary>
/// Scores Sitrep against UCDP coders on place, date and deaths, reading only each event's headlines. The place
/// and the deaths come from the run dated by date_start (the same run as <c>sitrep eval places</c>, so its place
/// figure is identical); the date comes from a run dated by the earliest source_date, because a headline with no
/// date of its own gets the publication date, and dating it by date_start would make every such row a hit.
/// </summary>
public sealed class UcdpEvaluation(ExtractionPipeline pipeline)
{
    /// <summary>Rows in parallel; the outcomes are in row order.</summary>
    public IReadOnlyList<UcdpOutcome> Run(IReadOnlyList<UcdpEvent> events, CancellationToken cancellationToken = default)
    {
        var outcomes = new UcdpOutcome[events.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        Parallel.For(0, events.Count, options, i => outcomes[i] = Score(events[i], cancellationToken));
        return outcomes;
    }

    public UcdpOutcome Score(UcdpEvent e, CancellationToken cancellationToken = default)
    {
        var row = e.Row;
        var input = PlacesEvaluation.InputText(row.Headline);
        var byStart = pipeline.Process(new Document(input, new DocumentMetadata { Published = row.DateStart }), cancellationToken);
        var ours = PlacesEvaluation.Choose(byStart);
        double? distance = ours is null ? null : Math.Round(Haversine.Km(ours.Lat, ours.Lon, row.Lat, row.Lon), 1);
        var place = new PlaceOutcome(row, ours, distance, PlacesEvaluation.NamesPlace(row.Headline, row.WhereDescription));

        var published = e.Facts.FirstSourceDate ?? row.DateStart;
        var bySource = published == row.DateStart
            ? byStart
            : pipeline.Process(new Document(input, new DocumentMetadata { Published = published }), cancellationToken);
        var dated = bySource.Events.FirstOrDefault(ev => ev.From is not null && ev.To is not null);

        var killed = byStart.Quantities.FirstOrDefault(q => q.Unit == Units.Killed);
        return new UcdpOutcome(e, place, dated?.From, dated?.To, dated is { DateNote: null }, Range(killed), killed?.Text);
    }

    private static (double, double)? Range(QuantityMention? q)
    {
        if (q is null)
        {
            return null;
        }

        if (q.Value is { } v)
        {
            return (v, v);
        }

        return (q.Low ?? q.High) is { } low && (q.High ?? q.Low) is { } high ? (low, high) : null;
    }
}
