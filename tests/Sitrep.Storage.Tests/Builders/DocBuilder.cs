using Sitrep.Core.Contract;
using Sitrep.Core.Documents;

namespace Sitrep.Storage.Tests.Builders;

/// <summary>Builds an analysed document by hand: the text, then events and claims pointing at sentences of it.</summary>
internal sealed class DocBuilder(string text, string outlet, string published, string language = "en", string? url = null)
{
    private readonly List<EventDto> events = [];
    private readonly List<ClaimDto> claims = [];
    private readonly List<QuantityDto> quantities = [];

    public string Id { get; } = DocumentId.Compute(text, url);

    public string? Title { get; init; }

    public string? Medium { get; init; }

    public static DocBuilder Wire(string published, string text, string outlet = "Reuters") => new(text, outlet, published);

    public DocBuilder Event(string subtype, string evidence, Place place, string date, params QuantityDto[] figures) =>
        Event(subtype, evidence, place.Location(), date, date, figures);

    public DocBuilder Event(string subtype, string evidence, LocationDto? location, string? from, string? to, params QuantityDto[] figures) =>
        Event(subtype, evidence, location, from, to, null, figures);

    /// <summary>An event the text gives no time for, dated by the publication date (as the Events stage does).</summary>
    public DocBuilder EventOnPublicationDate(string subtype, string evidence, Place place) =>
        Event(subtype, evidence, place.Location(), published, published, "publication date", []);

    private DocBuilder Event(string subtype, string evidence, LocationDto? location, string? from, string? to, string? dateNote, QuantityDto[] figures)
    {
        var span = Span(evidence);
        var localId = "e" + (events.Count + 1);
        events.Add(new EventDto
        {
            Id = localId,
            Type = Sitrep.Core.Model.EventTaxonomy.TypeOf(subtype) ?? "strategic_developments",
            Subtype = subtype,
            From = from,
            To = to,
            TimePrecision = from is null ? null : from == to ? "day" : "days",
            Location = location,
            Actors = [],
            Quantities = [.. figures],
            Sources = [new SourceDto { Name = outlet, Via = [] }],
            Evidence = [new EvidenceDto { Start = span.Start, End = span.End, Text = evidence }],
            Confidence = 0.7,
            DateNote = dateNote,
            Trigger = evidence.Split(' ')[1],
        });
        quantities.AddRange(figures);
        return this;
    }

    public DocBuilder Claim(string claimant, string side, string kind, string stance, Place place, string sentence, string? extent = null, string? date = null, params string[] contradicts)
    {
        var span = Span(sentence);
        claims.Add(new ClaimDto
        {
            Id = "c" + (claims.Count + 1),
            Claimant = claimant,
            Side = side,
            Kind = kind,
            Place = place.Ref,
            Extent = extent,
            Stance = stance,
            Start = span.Start,
            End = span.End,
            Text = sentence,
            From = date,
            To = date,
            Confidence = 0.8,
            Contradicts = [.. contradicts],
        });
        return this;
    }

    /// <summary>A figure whose words occur in the text (e.g. "three civilians").</summary>
    public QuantityDto Figure(string words, string unit, double value, bool approximate = false, string? side = null)
    {
        var span = Span(words);
        return new QuantityDto { Text = words, Start = span.Start, End = span.End, Value = value, Approximate = approximate, Unit = unit, Side = side };
    }

    public ExtractOutput Build() => new()
    {
        Document = new DocumentDto
        {
            Id = Id, Title = Title, Url = url, Outlet = outlet, Published = published, PublishedFrom = "argument",
            Language = language, Medium = Medium, Text = text,
        },
        Places = [],
        Times = [],
        Quantities = [.. quantities],
        Attributions = [],
        Claims = [.. claims],
        Events = [.. events],
    };

    private (int Start, int End) Span(string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{part}' is not in the text.", nameof(part));
        }

        return (start, start + part.Length);
    }
}
