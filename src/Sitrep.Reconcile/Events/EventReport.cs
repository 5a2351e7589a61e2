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
