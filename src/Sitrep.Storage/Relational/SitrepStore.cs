using System.Globalization;
using Sitrep.Core.Contract;
using Sitrep.Core.Errors;
using Sitrep.Storage.Relational;

namespace Sitrep.Storage;

/// <summary>
/// The store over SQLite or PostgreSQL (same schema, same SQL apart from search and locking). Each call opens
/// its own pooled connection, so one instance may serve concurrent requests. Open it with <see cref="SitrepStores.OpenAsync"/>.
/// </summary>
public sealed partial class SitrepStore : ISitrepStore
{
    private readonly StoreDialect dialect;
    private readonly TimeProvider clock;

    /// <summary>Stored event reports already parsed (only read by reconciliation, never handed out).</summary>
    private readonly ParsedJsonCache<EventDto> reportJson = new(1_000);

    /// <summary>Stored claims already parsed (only read by reconciliation, never handed out).</summary>
    private readonly ParsedJsonCache<ClaimDto> claimJson = new(1_000);

    /// <summary>Stored event reports that new ones may match, kept across batches (see <see cref="EventWindow"/>). At
    /// hundreds of documents a day one batch uses buckets holding about 15,000 reports; the capacity keeps a few days
    /// of those, so the next batch does not read back what the one before dropped.</summary>
    private readonly EventWindow window = new(EventWindowCapacity);

    /// <summary>Reports the event window keeps across batches (see <see cref="window"/>).</summary>
    internal const int EventWindowCapacity = 30_000;

    /// <summary>Strings and places shared by the window's reports.</summary>
    private readonly Sitrep.Reconcile.Events.ReportPool windowPool = new();

    /// <summary>Stored claims that new ones may relate to, kept across batches (see <see cref="ClaimWindow"/>).</summary>
    private readonly ClaimWindow claimWindow = new(ClaimWindow.DefaultCapacity);

    /// <summary>Merge states of recently changed events (see <see cref="EventStates"/>).</summary>
    private readonly EventStates states = new(24_000);

    /// <summary>The lists that placing a report in events fills, reused (see <see cref="Placing"/>).</summary>
    private readonly Placing placing = new();

    /// <summary>The window's candidates for the report being placed, reused (see <see cref="EventWindow.Candidates"/>).</summary>
    private readonly List<WindowReport> candidates = [];

    /// <summary>The reason of the report being placed, put into words (reused: it grows to the longest reason).</summary>
    private readonly System.Text.StringBuilder reasonText = new(256);

    /// <summary>The JSON of the event being written (see <see cref="EventJsonState"/>), reused: it grows to the largest event.</summary>
    private readonly System.Buffers.ArrayBufferWriter<byte> eventJson = new(64 * 1024);

    /// <summary>
    /// Events the batch opened (by id, with the sequence of the document that opened them), whose rows are inserted
    /// when the batch ends, with their columns and JSON, by <see cref="RebuildEventAsync"/>: an event row inserted at
    /// its first report was written again, indexes included, when the batch ended. Until then the reconciliation
    /// window's query finds their reports without an event row (and takes the event from the window).
    /// </summary>
    private readonly Dictionary<string, long> unwrittenEvents = new(StringComparer.Ordinal);

    /// <summary>The indexed columns of the event rows this store wrote last (see <see cref="RebuildEventAsync"/>), by
    /// event id: a touched event whose type, dates and place are unchanged gets its JSON and bounds written without
    /// those columns, so the engine leaves their index entries alone (SQLite rewrites the entry of every indexed
    /// column an update sets, changed or not). Forgotten with the window (a rolled-back batch, another writer).</summary>
    private readonly Dictionary<string, EventIndexed> eventRows = new(StringComparer.Ordinal);

    /// <summary>Event rows whose indexed columns <see cref="eventRows"/> keeps (about as many as the merge states).</summary>
    private const int EventRowsKept = 24_000;

    /// <summary>One writing batch at a time in this process: the window and the states follow the store's writes.</summary>
    private readonly SemaphoreSlim writing = new(1, 1);

    internal SitrepStore(StoreDialect dialect, TimeProvider clock)
    {
        this.dialect = dialect;
        this.clock = clock;
    }

    public string Provider => dialect.Provider;

    public ExtractionForm ExtractionForm => dialect.ExtractionForm;

    public Task MigrateAsync(CancellationToken cancellationToken = default) =>
        Migrator.MigrateAsync(dialect, clock, cancellationToken);

    /// <summary>The applied schema version.</summary>
    public async Task<long> SchemaVersionAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await Migrator.VersionAsync(connection, cancellationToken);
    }

    public async Task<StoreStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        var counts = await connection.QueryAsync(null, """
            SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM events),
                   (SELECT COUNT(*) FROM claims), (SELECT COUNT(*) FROM quarantine)
            """, r => new StoreStatus(r.Long(0), r.Long(1), r.Long(2), r.Long(3)), cancellationToken);
        return counts[0];
    }

    public async Task QuarantineAsync(SitrepError error, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(error);
        await using var connection = await dialect.OpenAsync(cancellationToken);
        await connection.ExecAsync(null, """
            INSERT INTO quarantine (location, code, message, source, line, byte_offset, recorded_at)
            VALUES (@location, @code, @message, @source, @line, @offset, @at)
            ON CONFLICT (location, code) DO NOTHING
            """, cancellationToken,
            ("@location", error.Location?.ToString() ?? ""), ("@code", error.Code), ("@message", error.Message),
            ("@source", error.Location?.Source), ("@line", (long?)error.Location?.Line), ("@offset", error.Location?.Offset),
            ("@at", Now()));
    }

    public async Task<IReadOnlyList<QuarantinedInput>> ListQuarantinedAsync(int limit = 1000, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QueryAsync(null, """
            SELECT code, message, source, line, byte_offset, recorded_at FROM quarantine
            ORDER BY recorded_at, location, code LIMIT @limit
            """, r => new QuarantinedInput(
                new SitrepError(r.GetString(0), r.GetString(1),
                    r.Text(2) is { } source ? new SourceLocation(source, (int?)r.LongOrNull(3), r.LongOrNull(4)) : null),
                DateTimeOffset.Parse(r.GetString(5), CultureInfo.InvariantCulture)),
            cancellationToken, ("@limit", (long)limit));
    }

    public ValueTask DisposeAsync()
    {
        writing.Dispose();
        return dialect.DisposeAsync();
    }

    private string Now() => clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private static string Json<T>(T value) => SitrepJson.Serialize(value, indented: false);

    private static T FromJson<T>(string json) =>
        SitrepJson.Deserialize<T>(json) ?? throw new InvalidDataException("Stored JSON is empty.");
}
