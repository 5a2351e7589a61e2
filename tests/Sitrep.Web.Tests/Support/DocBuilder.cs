using Sitrep.Core.Contract;
using Sitrep.Core.Documents;

namespace Sitrep.Web.Tests.Support;

/// <summary>Builds an analysed document by hand: every span is found in the text, so offsets are always right.</summary>
internal sealed class DocBuilder(string text, string outlet, string published, string language, string? url = null, string? title = null)
{
    private readonly List<PlaceDto> _places = [];
    private readonly List<TimeDto> _times = [];
    private readonly List<QuantityDto> _quantities = [];
    private readonly List<AttributionDto> _attributions = [];
    private readonly List<ClaimDto> _claims = [];
    private readonly List<EventDto> _events = [];

    public string Id { get; } = DocumentId.Compute(text, url);

    public (int Start, int End) Find(string phrase)
    {
        var start = text.IndexOf(phrase, StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException($"'{phrase}' is not in the text.");
        }

        return (start, start + phrase.Length);
    }

    public DocBuilder Place(string phrase, string name, long geonameId, double lat, double lon, string country = "UA")
    {
        var (s, e) = Find(phrase);
        _places.Add(new() { Text = phrase, Start = s, End = e, GeonameId = geonameId, Name = name, Country = country, Lat = lat, Lon = lon, Role = "event", Confidence = 0.9 });
        return this;
    }

    public DocBuilder Time(string phrase, string from, string to, string precision = "day")
    {
        var (s, e) = Find(phrase);
        _times.Add(new() { Text = phrase, Start = s, End = e, From = from, To = to, Precision = precision });
        return this;
    }

    public DocBuilder Quantity(string phrase, double value, string unit, string? side = null)
    {
        var (s, e) = Find(phrase);
        _quantities.Add(new() { Text = phrase, Start = s, End = e, Value = value, Approximate = false, Unit = unit, Side = side });
        return this;
    }

    public DocBuilder Attribution(string phrase, string speaker, string speakerType, string? side, string? medium, params string[] via)
    {
        var (s, e) = Find(phrase);
        _attributions.Add(new() { Start = s, End = e, Text = phrase, Speaker = speaker, SpeakerType = speakerType, Side = side, Medium = medium, Via = [.. via], Verb = "said" });
        return this;
    }

    public DocBuilder Claim(string id, string phrase, string claimant, string side, string kind, (long Id, string Name) place, string stance, params string[] contradicts)
    {
        var (s, e) = Find(phrase);
        _claims.Add(new()
        {
            Id = id,
            Claimant = claimant,
            Side = side,
            Kind = kind,
            Place = new() { GeonameId = place.Id, Name = place.Name },
            Stance = stance,
            Start = s,
            End = e,
            Text = phrase,
            From = published,
            To = published,
            Confidence = 0.8,
            Contradicts = [.. contradicts],
        });
        return this;
    }

    public DocBuilder Event(string id, string type, string subtype, string from, string to, (string Name, long Id, double Lat, double Lon) where, string evidence, string source, params string[] via)
    {
        var (s, e) = Find(evidence);
        _events.Add(new()
        {
            Id = id,
            Type = type,
            Subtype = subtype,
            From = from,
            To = to,
            TimePrecision = from == to ? "day" : "days",
            Location = new() { Name = where.Name, GeonameId = where.Id, Lat = where.Lat, Lon = where.Lon, Country = "UA", Precision = 1 },
            Actors = [],
            Quantities = [],
            Sources = [new() { Name = source, Via = [.. via] }],
            Evidence = [new() { Start = s, End = e, Text = evidence }],
            Confidence = 0.7,
        });
        return this;
    }

    public ExtractOutput Build() => new()
    {
        Document = new() { Id = Id, Title = title, Url = url, Outlet = outlet, Published = published, PublishedFrom = "argument", Language = language, Text = text },
        Places = _places,
        Times = _times,
        Quantities = _quantities,
        Attributions = _attributions,
        Claims = _claims,
        Events = _events,
    };
}
