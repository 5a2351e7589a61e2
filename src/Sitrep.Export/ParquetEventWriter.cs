using System.Globalization;
using Parquet;
using Parquet.Schema;
using Parquet.Serialization;
using Sitrep.Core.Contract;

namespace Sitrep.Export;

/// <summary>
/// Writes events as a Parquet table, one row per event, for data-science tools (pandas, Polars, DuckDB, Spark):
/// flat columns, the ACLED fields Sitrep has, PLOVER and CAMEO codes, and the list fields joined with "; ".
/// </summary>
public static class ParquetEventWriter
{
    /// <remarks>Written column by column with the Parquet library's typed writer, not its reflection-based serialiser
    /// (which builds code at run time and fails in the natively compiled app); the columns are <see cref="EventRow"/>'s
    /// properties, in its order, with their types.</remarks>
    public static async Task WriteAsync(Stream stream, IEnumerable<EventDto> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(events);
        var rows = events.Select(Row).ToList();
        var schema = new ParquetSchema(Columns.Select(c => c.Field));
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        using var group = writer.CreateRowGroup();
        foreach (var column in Columns)
        {
            await column.Write(group, rows, cancellationToken).ConfigureAwait(false);
        }
    }

    private sealed record Column(DataField Field, Func<ParquetRowGroupWriter, List<EventRow>, CancellationToken, Task> Write);

    private static Column Text(string name, Func<EventRow, string?> get)
    {
        var field = new DataField<string>(name);
        return new Column(field, async (group, rows, _) => await group.WriteAsync(field, rows.ConvertAll(r => get(r)!)).ConfigureAwait(false));
    }

    private static Column Optional<T>(string name, Func<EventRow, T?> get)
        where T : struct
    {
        var field = new DataField<T?>(name);
        return new Column(field, async (group, rows, ct) =>
            await group.WriteAsync<T>(field, new ReadOnlyMemory<T?>([.. rows.Select(get)]), null, null, ct).ConfigureAwait(false));
    }

    private static Column Required<T>(string name, Func<EventRow, T> get)
        where T : struct
    {
        var field = new DataField<T>(name);
        return new Column(field, async (group, rows, ct) =>
            await group.WriteAsync<T>(field, new ReadOnlyMemory<T>([.. rows.Select(get)]), null, null, ct).ConfigureAwait(false));
    }

    private static readonly Column[] Columns =
    [
        Text(nameof(EventRow.Id), r => r.Id),
        Text(nameof(EventRow.Type), r => r.Type),
        Text(nameof(EventRow.Subtype), r => r.Subtype),
        Text(nameof(EventRow.Plover), r => r.Plover),
        Text(nameof(EventRow.Cameo), r => r.Cameo),
        Text(nameof(EventRow.DateFrom), r => r.DateFrom),
        Text(nameof(EventRow.DateTo), r => r.DateTo),
        Text(nameof(EventRow.TimePrecision), r => r.TimePrecision),
        Text(nameof(EventRow.Location), r => r.Location),
        Optional(nameof(EventRow.GeonameId), r => r.GeonameId),
        Optional(nameof(EventRow.Latitude), r => r.Latitude),
        Optional(nameof(EventRow.Longitude), r => r.Longitude),
        Text(nameof(EventRow.Country), r => r.Country),
        Text(nameof(EventRow.Admin1), r => r.Admin1),
        Optional(nameof(EventRow.GeoPrecision), r => r.GeoPrecision),
        Text(nameof(EventRow.LocationDetail), r => r.LocationDetail),
        Text(nameof(EventRow.Actor1), r => r.Actor1),
        Text(nameof(EventRow.Actor1Side), r => r.Actor1Side),
        Text(nameof(EventRow.Actor2), r => r.Actor2),
        Text(nameof(EventRow.Actor2Side), r => r.Actor2Side),
        Text(nameof(EventRow.Actors), r => r.Actors),
        Text(nameof(EventRow.Outcome), r => r.Outcome),
        Text(nameof(EventRow.Quantities), r => r.Quantities),
        Text(nameof(EventRow.Sources), r => r.Sources),
        Text(nameof(EventRow.Documents), r => r.Documents),
        Text(nameof(EventRow.Evidence), r => r.Evidence),
        Required(nameof(EventRow.Confidence), r => r.Confidence),
        Text(nameof(EventRow.Trigger), r => r.Trigger),
        Text(nameof(EventRow.Reports), r => r.Reports),
    ];

    /// <summary>Reads back a file written by <see cref="WriteAsync"/> (with the library's reflection-based serialiser:
    /// for checking exports in tests and tools that run JIT-compiled, not in the natively compiled app).</summary>
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
