using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Parquet.Serialization;
using Sitrep.Core.Contract;

namespace Sitrep.Export;

/// <summary>
/// Writes events as a Parquet table, one row per event, for data-science tools (pandas, Polars, DuckDB, Spark):
/// flat columns, the ACLED fields Sitrep has, PLOVER and CAMEO codes, and the list fields joined with "; ".
/// </summary>
public static class ParquetEventWriter
{
    /// <remarks>The Parquet serialiser finds the columns by reflection over <see cref="EventRow"/>'s properties: they are
    /// kept when the app is trimmed and compiled ahead of time (else the table would have no columns).</remarks>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicConstructors, typeof(EventRow))]
    public static async Task WriteAsync(Stream stream, IEnumerable<EventDto> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(events);
        var rows = events.Select(Row).ToList();
        await ParquetSerializer.SerializeAsync(rows, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads back a file written by <see cref="WriteAsync"/>.</summary>
    [DynamicDependency(DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicConstructors, typeof(EventRow))]
    public static async Task<IList<EventRow>> ReadAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var result = await ParquetSerializer.DeserializeAsync<EventRow>(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        return result.Data;
    }

    private static EventRow Row(EventDto e)
    {
        var codes = EventCodes.Of(e.Subtype, e.Trigger);
        var initiator = e.Actors.FirstOrDefault(a => a.Role == "initiator");
        var target = e.Actors.FirstOrDefault(a => a.Role == "target");
        return new EventRow
        {
            Id = e.Id,
            Type = e.Type,
            Subtype = e.Subtype,
            Plover = EventCodes.PloverLabel(codes),
            Cameo = codes.Cameo,
            DateFrom = e.From,
            DateTo = e.To,
            TimePrecision = e.TimePrecision,
            Location = e.Location?.Name,
            GeonameId = e.Location?.GeonameId,
            Latitude = e.Location?.Lat,
            Longitude = e.Location?.Lon,
            Country = e.Location?.Country,
            Admin1 = e.Location?.Admin1,
            GeoPrecision = e.Location?.Precision,
            LocationDetail = e.Location?.Detail,
            Actor1 = initiator?.Name,
            Actor1Side = initiator?.Side,
            Actor2 = target?.Name,
            Actor2Side = target?.Side,
            Actors = string.Join("; ", e.Actors.Select(a => $"{a.Name} ({a.Side ?? "?"}, {a.Role})")),
            Outcome = e.Outcome,
            Quantities = string.Join("; ", e.Quantities.Select(q => $"{q.Text} [{q.Unit}]")),
            Sources = string.Join("; ", e.Sources.Select(s => s.Via.Count == 0 ? s.Name : $"{s.Name} via {string.Join(" < ", s.Via)}").Distinct()),
            Documents = string.Join("; ", e.Documents ?? []),
            Evidence = string.Join(" | ", e.Evidence.Select(x => x.Text)),
            Confidence = e.Confidence,
            Trigger = e.Trigger,
            Reports = (e.Documents?.Count ?? 1).ToString(CultureInfo.InvariantCulture),
        };
    }
}

/// <summary>One row of the Parquet export; the columns are named after the properties.</summary>
public sealed class EventRow
{
    public string Id { get; set; } = string.Empty;

    public string Type { get; set; } = string.Empty;

    public string Subtype { get; set; } = string.Empty;

    public string? Plover { get; set; }

    public string? Cameo { get; set; }

    public string? DateFrom { get; set; }

    public string? DateTo { get; set; }

    public string? TimePrecision { get; set; }

    public string? Location { get; set; }

    public long? GeonameId { get; set; }

    public double? Latitude { get; set; }

    public double? Longitude { get; set; }

    public string? Country { get; set; }

    public string? Admin1 { get; set; }

    public int? GeoPrecision { get; set; }

    public string? LocationDetail { get; set; }

    public string? Actor1 { get; set; }

    public string? Actor1Side { get; set; }

    public string? Actor2 { get; set; }

    public string? Actor2Side { get; set; }

    public string? Actors { get; set; }

    public string? Outcome { get; set; }

    public string? Quantities { get; set; }

    public string? Sources { get; set; }

    public string? Documents { get; set; }

    public string? Evidence { get; set; }

    public double Confidence { get; set; }

    public string? Trigger { get; set; }

    public string? Reports { get; set; }
}
