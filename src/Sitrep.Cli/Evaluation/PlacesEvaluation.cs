using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Cli.Evaluation;

/// <summary>
/// Scores the places stage against UCDP coders: runs the pipeline on each event's source headlines (only the
/// headlines, dated by date_start), chooses one place, and measures how far it is from the coded point.
/// </summary>
public sealed class PlacesEvaluation(ExtractionPipeline pipeline)
{
    /// <summary>A place within this distance of the coded point counts as right.</summary>
    public const double HitKm = 25;

    public IReadOnlyList<PlaceOutcome> Run(IEnumerable<UcdpRow> rows, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<PlaceOutcome>();
        foreach (var row in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            outcomes.Add(Score(row, cancellationToken));
        }

        return outcomes;
    }

    public PlaceOutcome Score(UcdpRow row, CancellationToken cancellationToken = default)
    {
        var document = new Document(InputText(row.Headline), new DocumentMetadata { Published = row.DateStart });
        pipeline.Process(document, cancellationToken);
        var ours = Choose(document);
        double? distance = ours is null ? null : Math.Round(Haversine.Km(ours.Lat, ours.Lon, row.Lat, row.Lon), 1);
        return new PlaceOutcome(row, ours, distance, NamesPlace(row.Headline, row.WhereDescription));
    }

    /// <summary>UCDP joins the headlines of an event's sources with ';': each becomes its own paragraph.</summary>
    public static string InputText(string headline) =>
        string.Join("\n\n", headline.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>
    /// The first event's location when it is a town; otherwise the most specific place named as a location (a
    /// town before a district, a region, a country; the first in the text among equals); otherwise the first
    /// event's coarser location; otherwise the first front direction named ("in the Vuhledar direction").
    /// </summary>
    public static ChosenPlace? Choose(Document document)
    {
        var located = document.Events.FirstOrDefault(e => e.Location is not null)?.Location;
        if (located is { Precision: 1 })
        {
            return FromEvent(document, located);
        }

        PlaceMention? best = null;
        foreach (var p in document.Places)
        {
            if (p.Role == PlaceRole.Location && (best is null || Rank(p) < Rank(best)))
            {
                best = p;
            }
        }

        if (best is not null)
        {
            return new ChosenPlace(best.Name, best.Text, best.Lat, best.Lon, best.FeatureCode);
        }

        if (located is not null)
        {
            return FromEvent(document, located);
        }

        // "destroyed ... in the Yuzhnodonetsk direction": a front direction, when nothing else locates the report
        var direction = document.Places.Find(p => p.Role == PlaceRole.Direction);
        return direction is null ? null : new ChosenPlace(direction.Name, direction.Text, direction.Lat, direction.Lon, direction.FeatureCode);
    }

    /// <summary>
    /// Whether the headlines name the coders' place: the first capitalised word of where_description that is not
    /// a position word ("Between", "Near") begins, in its first five letters, a word of the headlines, after
    /// folding case and the letters transliterations disagree on (g/h, y/i/j, apostrophes).
    /// </summary>
    public static bool NamesPlace(string headline, string whereDescription)
    {
        if (PlaceWords.FirstPlaceWord(whereDescription) is not { } place)
        {
            return false;
        }

        var prefix = PlaceWords.Fold(place);
        prefix = prefix[..Math.Min(5, prefix.Length)];
        foreach (var word in PlaceWords.Words(headline))
        {
            if (PlaceWords.Fold(word).StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static int Rank(PlaceMention p) => p.FeatureCode switch
    {
        null => 4,
        var f when f.StartsWith("PCL", StringComparison.Ordinal) => 3,
        "ADM1" => 2,
        var f when f.StartsWith("ADM", StringComparison.Ordinal) => 1,
        _ => 0,
    };

    private static ChosenPlace FromEvent(Document document, EventLocation location)
    {
        var mention = document.Places.FirstOrDefault(p => p.GeonameId == location.GeonameId);
        return new ChosenPlace(location.Name, mention?.Text ?? location.Name, location.Lat, location.Lon, mention?.FeatureCode);
    }
}
