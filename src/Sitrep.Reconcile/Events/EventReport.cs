using Sitrep.Core.Contract;
using Sitrep.Reconcile.Common;

namespace Sitrep.Reconcile.Events;

/// <summary>
/// One document's report of an event: the extracted event with its evidence and sources tagged with the document
/// (id, outlet, publication date). A reconciled event is the union of one or more reports.
/// </summary>
public sealed record EventReport(string DocumentId, string LocalId, long Sequence, EventDto Event)
{
    public DateOnly? From => IsoDates.Parse(Event.From) ?? IsoDates.Parse(Event.To);

    public DateOnly? To => IsoDates.Parse(Event.To) ?? IsoDates.Parse(Event.From);

    /// <summary>The evidence sentences joined, for text similarity.</summary>
    public string EvidenceText => string.Join(' ', Event.Evidence.Select(e => e.Text));

    /// <summary>The reports of every event in an analysed document, in document order.</summary>
    public static IReadOnlyList<EventReport> FromDocument(ExtractOutput analysed, long sequence)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        var doc = analysed.Document;
        return [.. analysed.Events.Select(e => new EventReport(doc.Id, e.Id, sequence, Tag(e, doc)))];
    }

    /// <summary>
    /// Whether <see cref="Untag"/> gives the extracted event back from its report exactly: the extraction filled in
    /// none of what tagging fills (the sources' publication date and document, the evidence's document, the
    /// documents), and named a source (tagging gives an event without one the document's outlet).
    /// </summary>
    public static bool CanUntag(EventDto e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Documents is null && e.Sources.Count > 0 &&
               e.Sources.TrueForAll(s => s.Published is null && s.DocumentId is null) &&
               e.Evidence.TrueForAll(x => x.DocumentId is null);
    }

    /// <summary>The extracted event a report was tagged from (see <see cref="Tag"/>), for an event that
    /// <see cref="CanUntag"/>: the store keeps a document's events once, as its reports.</summary>
    public static EventDto Untag(EventDto report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new EventDto
        {
            Id = report.Id,
            Type = report.Type,
            Subtype = report.Subtype,
            From = report.From,
            To = report.To,
            TimePrecision = report.TimePrecision,
            Location = report.Location,
            Actors = report.Actors,
            Quantities = report.Quantities,
            Outcome = report.Outcome,
            Sources = report.Sources.ConvertAll(s => new SourceDto { Name = s.Name, Medium = s.Medium, Via = s.Via }),
            Evidence = report.Evidence.ConvertAll(x => new EvidenceDto { Start = x.Start, End = x.End, Text = x.Text }),
            Confidence = report.Confidence,
            DateNote = report.DateNote,
            Trigger = report.Trigger,
        };
    }

    /// <summary>The event as the document reports it: its sources with the document's publication date and id (the
    /// document's outlet when it names none), its evidence and documents with the document's id. Keep
    /// <see cref="Untag"/> its inverse.</summary>
    private static EventDto Tag(EventDto e, DocumentDto doc)
    {
        List<SourceDto> sources = e.Sources.Count > 0
            ? [.. e.Sources.Select(s => new SourceDto { Name = s.Name, Medium = s.Medium, Via = [.. s.Via], Published = s.Published ?? doc.Published, DocumentId = doc.Id })]
            : [new SourceDto { Name = doc.Outlet ?? doc.Title ?? doc.Id, Medium = doc.Medium, Via = [], Published = doc.Published, DocumentId = doc.Id }];
        return new EventDto
        {
            Id = e.Id,
            Type = e.Type,
            Subtype = e.Subtype,
            From = e.From,
            To = e.To,
            TimePrecision = e.TimePrecision,
            Location = e.Location,
            Actors = [.. e.Actors],
            Quantities = [.. e.Quantities],
            Outcome = e.Outcome,
            Sources = sources,
            Evidence = [.. e.Evidence.Select(x => new EvidenceDto { Start = x.Start, End = x.End, Text = x.Text, DocumentId = doc.Id })],
            Confidence = e.Confidence,
            DateNote = e.DateNote,
            Trigger = e.Trigger,
            Documents = [doc.Id],
        };
    }
}
