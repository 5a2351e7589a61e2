using System.Globalization;
using Sitrep.Core.Contract;

namespace Sitrep.Export;

/// <summary>Writes events as CSV with ACLED's column names and codes, so that ACLED tooling reads Sitrep's events.</summary>
public static class AcledCsvWriter
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    private static readonly Dictionary<string, (string Name, string Iso, string Region)> Countries = new()
    {
        ["UA"] = ("Ukraine", "804", "Europe"),
        ["RU"] = ("Russia", "643", "Europe"),
        ["BY"] = ("Belarus", "112", "Europe"),
        ["MD"] = ("Moldova", "498", "Europe"),
    };

    public static void Write(TextWriter writer, IEnumerable<EventDto> events, DateTimeOffset exportedAt)
    {
        Csv.WriteRow(writer, Columns);
        foreach (var e in events)
        {
            Csv.WriteRow(writer, Row(e, exportedAt));
        }
    }

    private static IEnumerable<string?> Row(EventDto e, DateTimeOffset exportedAt)
    {
        var countryCode = e.Location?.Country ?? string.Empty;
        var (countryName, iso, region) = Countries.GetValueOrDefault(countryCode, (countryCode, string.Empty, string.Empty));
        var initiator = e.Actors.FirstOrDefault(a => a.Role == "initiator") ?? e.Actors.FirstOrDefault(a => a.Role != "target");
        var target = e.Actors.FirstOrDefault(a => a.Role == "target" && a != initiator);
        var actor1 = ActorName(initiator);
        var actor2 = ActorName(target);
        var inter1 = initiator is null ? string.Empty : AcledNames.Inter(initiator.Side, actor1, countryCode);
        var inter2 = target is null ? string.Empty : AcledNames.Inter(target.Side, actor2, countryCode);
        var date = e.From ?? e.To ?? string.Empty;
        return
        [
            e.Id,
            date,
            date.Length >= 4 ? date[..4] : string.Empty,
            TimePrecision(e).ToString(CultureInfo.InvariantCulture),
            AcledNames.DisorderType(e.Type),
            AcledNames.EventType(e.Type),
            AcledNames.SubEventType(e.Subtype),
            actor1,
            string.Join("; ", e.Actors.Where(a => a.Role == "initiator" && a != initiator).Select(a => a.Name)),
            inter1,
            actor2,
            string.Join("; ", e.Actors.Where(a => a.Role == "target" && a != target).Select(a => a.Name)),
            inter2,
            Interaction(inter1, inter2),
            actor2.Contains("civilian", StringComparison.OrdinalIgnoreCase) ? "Civilian targeting" : string.Empty,
            iso,
            region,
            countryName,
            e.Location?.Admin1 ?? string.Empty,
            string.Empty,
            string.Empty,
            e.Location?.Name ?? string.Empty,
            e.Location is { } l ? l.Lat.ToString("0.#####", CultureInfo.InvariantCulture) : string.Empty,
            e.Location is { } m ? m.Lon.ToString("0.#####", CultureInfo.InvariantCulture) : string.Empty,
            e.Location?.Precision.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            string.Join("; ", e.Sources.Select(s => s.Name).Distinct()),
            e.Sources.Count > 1 ? "Multiple" : "Other",
            Notes(e),
            Fatalities(e).ToString(CultureInfo.InvariantCulture),
            e.Outcome ?? string.Empty,
            exportedAt.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
        ];
    }

    /// <summary>ACLED's interaction code: the two inter codes, lower first ("18"), or one alone ("10").</summary>
    private static string Interaction(string inter1, string inter2)
    {
        if (inter1.Length == 0)
        {
            return string.Empty;
        }

        var b = inter2.Length == 0 ? "0" : inter2;
        return string.CompareOrdinal(inter1, b) <= 0 || b == "0" ? inter1 + b : b + inter1;
    }

    private static string ActorName(ActorDto? actor) =>
        actor is null ? string.Empty : AcledNames.StateForces(actor.Side) is { } state && IsGenericForces(actor.Name) ? state : actor.Name;

    private static bool IsGenericForces(string name) =>
        name.Contains("forces", StringComparison.OrdinalIgnoreCase) || name.Contains("army", StringComparison.OrdinalIgnoreCase) || name.Contains("military", StringComparison.OrdinalIgnoreCase);

    /// <summary>ACLED time_precision: 1 day, 2 within a week, 3 within a month.</summary>
    private static int TimePrecision(EventDto e) => e.TimePrecision switch
    {
        "day" => 1,
        "days" or "week" => 2,
        null when e.From is not null && e.From == e.To => 1,
        _ => 3,
    };

    /// <summary>ACLED codes the most conservative figure: the lower bound of each report's killed count, the largest report.</summary>
    private static int Fatalities(EventDto e)
    {
        var killed = e.Quantities.Where(q => q.Unit == "killed").Select(q => q.Low ?? q.Value ?? 0).DefaultIfEmpty(0).Max();
        return (int)killed;
    }

    private static string Notes(EventDto e)
    {
        var evidence = e.Evidence.Select(ev => ev.Text).FirstOrDefault() ?? string.Empty;
        return e.From is null ? evidence : $"On {e.From}, {evidence}";
    }
}
