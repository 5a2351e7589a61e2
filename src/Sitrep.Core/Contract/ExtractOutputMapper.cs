using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Contract;

/// <summary>Maps an analysed <see cref="Document"/> to the contract's JSON shape.</summary>
public static class ExtractOutputMapper
{
    public static ExtractOutput Map(Document document)
    {
        var m = document.Metadata;
        return new ExtractOutput
        {
            Document = new DocumentDto
            {
                Id = document.Id,
                Title = m.Title,
                Url = m.Url,
                Outlet = m.Outlet,
                Author = m.Author,
                Published = m.Published is { } p ? ContractNames.Iso(p) : null,
                PublishedFrom = m.PublishedFrom is { } f ? ContractNames.Of(f) : null,
                Language = document.Language,
                Medium = m.Medium,
                Text = document.Text,
            },
            Places = document.Places.ConvertAll(p => new PlaceDto
            {
                Text = p.Text,
                Start = p.Span.Start,
                End = p.Span.End,
                GeonameId = p.GeonameId,
                Name = p.Name,
                Country = p.Country,
                Admin1 = p.Admin1,
                Lat = Math.Round(p.Lat, 5),
                Lon = Math.Round(p.Lon, 5),
                FeatureCode = p.FeatureCode,
                Detail = p.Detail,
                Role = ContractNames.Of(p.Role),
                Confidence = Math.Round(p.Confidence, 2),
            }),
            Times = document.Times.ConvertAll(t => new TimeDto
            {
                Text = t.Text,
                Start = t.Span.Start,
                End = t.Span.End,
                From = t.From is { } from ? ContractNames.Iso(from) : null,
                To = t.To is { } to ? ContractNames.Iso(to) : null,
                Precision = ContractNames.Of(t.Precision),
                Relative = t.Relative,
            }),
            Quantities = document.Quantities.ConvertAll(MapQuantity),
            Attributions = document.Attributions.ConvertAll(a => new AttributionDto
            {
                Start = a.Span.Start,
                End = a.Span.End,
                Text = document.Slice(a.Span),
                Speaker = a.Speaker,
                SpeakerType = ContractNames.Of(a.SpeakerType),
                Side = a.Side,
                Medium = a.Medium,
                Via = [.. a.Via],
                Verb = a.Verb,
                Hedge = a.Hedge,
            }),
            Claims = document.Claims.ConvertAll(c => new ClaimDto
            {
                Id = c.Id,
                Claimant = c.Claimant,
                Side = c.Side,
                Kind = ContractNames.Of(c.Kind),
                Place = c.Place is { } place ? new PlaceRefDto { GeonameId = place.GeonameId, Name = place.Name } : null,
                Extent = c.Extent,
                Stance = ContractNames.Of(c.Stance),
                Start = c.Span.Start,
                End = c.Span.End,
                Text = document.Slice(c.Span),
                From = c.From is { } from ? ContractNames.Iso(from) : null,
                To = c.To is { } to ? ContractNames.Iso(to) : null,
                Confidence = Math.Round(c.Confidence, 2),
                Hedge = c.Hedge,
                Contradicts = [.. c.Contradicts],
            }),
            Events = document.Events.ConvertAll(e => MapEvent(document, e)),
        };
    }

    public static QuantityDto MapQuantity(QuantityMention q) => new()
    {
        Text = q.Text,
        Start = q.Span.Start,
        End = q.Span.End,
        Value = q.Value,
        Low = q.Low,
        High = q.High,
        Approximate = q.Approximate,
        Unit = q.Unit,
        Subject = q.Subject,
        Side = q.Side,
        Note = q.Note,
    };

    private static EventDto MapEvent(Document document, ConflictEvent e) => new()
    {
        Id = e.Id,
        Type = e.Type,
        Subtype = e.Subtype,
        From = e.From is { } from ? ContractNames.Iso(from) : null,
        To = e.To is { } to ? ContractNames.Iso(to) : null,
        TimePrecision = e.TimePrecision is { } tp ? ContractNames.Of(tp) : null,
        Location = e.Location is { } l ? new LocationDto
        {
            Name = l.Name,
            GeonameId = l.GeonameId,
            Lat = Math.Round(l.Lat, 5),
            Lon = Math.Round(l.Lon, 5),
            Country = l.Country,
            Admin1 = l.Admin1,
            Precision = l.Precision,
            Detail = l.Detail,
        } : null,
        Actors = [.. e.Actors.Select(a => new ActorDto { Name = a.Name, Side = a.Side, Role = ContractNames.Of(a.Role) })],
        Quantities = [.. e.Quantities.Select(MapQuantity)],
        Outcome = e.Outcome,
        Sources = [.. e.Sources.Select(s => new SourceDto { Name = s.Name, Medium = s.Medium, Via = [.. s.Via] })],
        Evidence = [.. e.Evidence.Select(span => Evidence(document, span))],
        Confidence = Math.Round(e.Confidence, 2),
        DateNote = e.DateNote,
        Trigger = e.Trigger,
    };

    private static EvidenceDto Evidence(Document document, TextSpan span) =>
        new() { Start = span.Start, End = span.End, Text = document.Slice(span) };
}
