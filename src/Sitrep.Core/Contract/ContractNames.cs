using Sitrep.Core.Documents;
using Sitrep.Core.Model;

namespace Sitrep.Core.Contract;

/// <summary>The contract's spelling of Sitrep's enumerations.</summary>
public static class ContractNames
{
    public static string Of(PublishedSource source) => source switch
    {
        PublishedSource.Argument => "argument",
        PublishedSource.HtmlMeta => "html-meta",
        PublishedSource.JsonLd => "json-ld",
        PublishedSource.TimeTag => "time-tag",
        PublishedSource.Dateline => "dateline",
        PublishedSource.Text => "text",
        PublishedSource.Feed => "feed",
        PublishedSource.Record => "record",
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    public static string Of(TimePrecision precision) => precision switch
    {
        TimePrecision.Day => "day",
        TimePrecision.Days => "days",
        TimePrecision.Week => "week",
        TimePrecision.Month => "month",
        TimePrecision.Year => "year",
        _ => throw new ArgumentOutOfRangeException(nameof(precision)),
    };

    public static string Of(SpeakerType type) => type switch
    {
        SpeakerType.Person => "person",
        SpeakerType.MilitaryUnit => "military_unit",
        SpeakerType.Government => "government",
        SpeakerType.Agency => "agency",
        SpeakerType.Media => "media",
        SpeakerType.Anonymous => "anonymous",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static string Of(ClaimKind kind) => kind.ToString().ToLowerInvariant();

    public static string Of(Stance stance) => stance.ToString().ToLowerInvariant();

    public static string Of(ActorRole role) => role.ToString().ToLowerInvariant();

    public static string Of(PlaceRole role) => role.ToString().ToLowerInvariant();

    public static string Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)!;
}
