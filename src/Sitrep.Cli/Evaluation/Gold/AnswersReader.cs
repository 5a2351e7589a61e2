using System.Globalization;
using Sitrep.Core.Errors;

namespace Sitrep.Cli.Evaluation.Gold;

/// <summary>
/// Turns one document of a gold or predictions file into <see cref="Answers"/>, locating every span in the
/// document's text. Gold is strict (a text that does not occur is an error); a prediction whose text cannot be
/// found keeps no range and so matches nothing.
/// </summary>
public sealed class AnswersReader(string file, int documentIndex, string text, bool strict)
{
    public SitrepError? Error { get; private set; }

    public Answers Read(EvalDocumentDto dto)
    {
        if (strict && dto.Document?.Language is null)
        {
            Fail($"document {documentIndex + 1}: gold needs document.language (and document.published, null for an undated document)");
        }

        return Read(dto, Date(dto.Document?.Published, "document.published"));
    }

    private Answers Read(EvalDocumentDto dto, DateOnly? published) => new(
        Map(dto.Places, "places", (p, r) => new PlaceItem(r, p.Text ?? "", Canonical(p.GeonameId), p.Lat, p.Lon, p.Role)),
        Map(dto.Times, "times", (t, r) => new TimeItem(r, t.Text ?? "", Date(t.From, "times"), Date(t.To, "times"))),
        Map(dto.Quantities, "quantities", (q, r) => new QuantityItem(r, q.Text ?? "", q.Value ?? q.Low, q.Value ?? q.High, q.Unit)),
        Map(dto.Attributions, "attributions", (a, r) => new AttributionItem(r, a.Text ?? "", a.Speaker, a.Via ?? [], a.SpeakerType)),
        dto.Claims?.ConvertAll(c => new ClaimItem(c.Claimant, c.Side, c.Kind, c.Stance, Ref(c.Place), Date(c.From, "claims"), Date(c.To, "claims"))),
        dto.Events?.ConvertAll(e => new EventItem(e.Type, e.Subtype, Date(e.From, "events"), Date(e.To, "events"), Ref(e.Location))),
        published);

    public static Tolerances TolerancesOf(EvalTolerancesDto? dto) => dto is null
        ? Tolerances.Default
        : new Tolerances(dto.PlaceKm ?? 25, dto.DateDays ?? 0, dto.QuantityRelative ?? 0);

    private List<TItem>? Map<TDto, TItem>(List<TDto>? items, string field, Func<TDto, TextRange?, TItem> make)
        where TDto : EvalSpanDto
    {
        if (items is null)
        {
            return null;
        }

        var result = new List<TItem>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var range = SpanLocator.Locate(text, item.Text, item.Occurrence, item.Start, item.End, strict);
            if (range is null && strict)
            {
                Fail(item.Text is null && item.Start is null
                    ? $"document {documentIndex + 1}, {field}[{i}]: no text and no start/end"
                    : $"document {documentIndex + 1}, {field}[{i}]: text \"{item.Text}\" (occurrence {item.Occurrence ?? 1}{Offsets(item)}) does not occur in the document");
            }

            result.Add(make(item, range));
        }

        return result;
    }

    private static string Offsets(EvalSpanDto item) => item.Start is null ? "" : $", start {item.Start}, end {item.End}";

    private static PlaceRef? Ref(EvalPlaceRefDto? dto) =>
        dto is null ? null : new PlaceRef(Canonical(dto.GeonameId), dto.Name, dto.Lat, dto.Lon);

    /// <summary>An id the gazetteer knows under another now (a raion's former made-up id) is read as the current one,
    /// so gold annotated with either matches.</summary>
    private static long? Canonical(long? geonameId) =>
        geonameId is { } id ? Sitrep.Extraction.Places.Gazetteer.Default.CanonicalId(id) : null;

    private DateOnly? Date(string? value, string field)
    {
        if (value is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Fail($"document {documentIndex + 1}, {field}: date \"{value}\" is not YYYY-MM-DD");
        return null;
    }

    private void Fail(string message) =>
        Error ??= new SitrepError(ErrorCodes.BadValue, message, new SourceLocation(file));
}
