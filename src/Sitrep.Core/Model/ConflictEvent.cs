using Sitrep.Core.Text;

namespace Sitrep.Core.Model;

/// <summary>An event: something that happened, typed by ACLED's taxonomy, located, dated, sized and sourced.</summary>
public sealed record ConflictEvent
{
    public required string Id { get; init; }

    /// <summary>One of <see cref="EventTaxonomy"/>'s six types.</summary>
    public required string Type { get; init; }

    public required string Subtype { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public TimePrecision? TimePrecision { get; init; }

    public EventLocation? Location { get; init; }

    public IReadOnlyList<EventActor> Actors { get; init; } = [];

    public IReadOnlyList<QuantityMention> Quantities { get; init; } = [];

    /// <summary>repelled, captured, ongoing, withdrawn ...</summary>
    public string? Outcome { get; init; }

    public IReadOnlyList<EventSource> Sources { get; init; } = [];

    public IReadOnlyList<TextSpan> Evidence { get; init; } = [];

    public double Confidence { get; init; }

    /// <summary>The <see cref="DateNote"/> of an event the text gave no time for, dated by its publication.</summary>
    public const string PublicationDateNote = "publication date";

    /// <summary>Why the date is what it is when it was not read from the text (e.g. <see cref="PublicationDateNote"/>).</summary>
    public string? DateNote { get; init; }

    /// <summary>The trigger word that typed the event.</summary>
    public string? Trigger { get; init; }
}

public sealed record EventLocation
{
    public required string Name { get; init; }

    public required long GeonameId { get; init; }

    public required double Lat { get; init; }

    public required double Lon { get; init; }

    public required string Country { get; init; }

    public string? Admin1 { get; init; }

    /// <summary>ACLED geo_precision: 1 the town itself, 2 near/part of a region, 3 only the region.</summary>
    public required int Precision { get; init; }

    public string? Detail { get; init; }
}

public enum ActorRole
{
    Initiator,
    Target,
    Other,
}

public sealed record EventActor(string Name, string? Side, ActorRole Role);

public sealed record EventSource(string Name, string? Medium, IReadOnlyList<string> Via);
