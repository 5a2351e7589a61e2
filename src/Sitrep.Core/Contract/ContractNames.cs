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

    public static string Of(ClaimKind kind) => LowerNames<ClaimKind>.Of(kind);

    public static string Of(Stance stance) => LowerNames<Stance>.Of(stance);

    public static string Of(ActorRole role) => LowerNames<ActorRole>.Of(role);

    public static string Of(PlaceRole role) => LowerNames<PlaceRole>.Of(role);

    /// <summary>The date as <c>yyyy-MM-dd</c> (invariant culture; null for null), the text
    /// <c>ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)</c> gives, written digit by digit: every mapped
    /// document formats a date for each time, claim and event it has.</summary>
    public static string Iso(DateOnly? date)
    {
        if (date is not { } d)
        {
            return null!;
        }

        return string.Create(10, d, static (chars, d) =>
        {
            var (year, month, day) = (d.Year, d.Month, d.Day);
            chars[0] = (char)('0' + (year / 1000));
            chars[1] = (char)('0' + (year / 100 % 10));
            chars[2] = (char)('0' + (year / 10 % 10));
            chars[3] = (char)('0' + (year % 10));
            chars[4] = '-';
            chars[5] = (char)('0' + (month / 10));
            chars[6] = (char)('0' + (month % 10));
            chars[7] = '-';
            chars[8] = (char)('0' + (day / 10));
            chars[9] = (char)('0' + (day % 10));
        });
    }

    /// <summary>An enumeration's names in lower case (<c>ToString().ToLowerInvariant()</c>), made once for each
    /// defined value instead of at every call (the mapping names a kind, stance or role for every claim, actor and
    /// place); a value without a name of its own goes the general way, as before.</summary>
    private static class LowerNames<T>
        where T : struct, Enum
    {
        private static readonly Dictionary<T, string> Names =
            Enum.GetValues<T>().Distinct().ToDictionary(v => v, v => v.ToString().ToLowerInvariant());

        public static string Of(T value) => Names.TryGetValue(value, out var name) ? name : value.ToString().ToLowerInvariant();
    }
}
