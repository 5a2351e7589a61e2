using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Sitrep.Storage.Relational;

namespace Sitrep.Storage.Sqlite;

/// <summary>One SQLite file in WAL mode; each operation opens a pooled connection with a busy timeout.</summary>
internal sealed class SqliteDialect(string connectionString, bool inMemory = false) : StoreDialect
{
    public const int BusyTimeoutMs = 30_000;

    /// <summary>Pages written to the log (by the writing connections, as SQLite counts them) after which a checkpoint
    /// starts on another thread: half the writer's own automatic checkpoint (<see cref="PrepareWriterAsync"/>), so that
    /// the writer only checkpoints itself when the other thread falls behind.</summary>
    private const int BackgroundCheckpointPages = 16_384;

    private readonly Lock checkpointing = new();
    private long pagesSinceCheckpoint;
    private Task checkpoint = Task.CompletedTask;

    public override string Provider => "sqlite";

    public override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    /// <summary>The extraction kept deflated, as a blob (see <see cref="StoredExtraction.Deflate"/>).</summary>
    public override ExtractionForm ExtractionForm => ExtractionForm.Deflated;

    public static SqliteDialect ForPathOrConnectionString(string value)
    {
        var builder = IsConnectionString(value)
            ? new SqliteConnectionStringBuilder(value)
            : new SqliteConnectionStringBuilder { DataSource = value };
        builder.Mode = builder.Mode == SqliteOpenMode.Memory ? SqliteOpenMode.Memory : SqliteOpenMode.ReadWriteCreate;
        builder.Pooling = true;
        builder.DefaultTimeout = BusyTimeoutMs / 1000;
        if (builder.Mode != SqliteOpenMode.Memory && builder.DataSource is { Length: > 0 } path && path != ":memory:")
        {
            var dir = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(dir))
            {
                Directory.CreateDirectory(dir);
            }
        }

        return new SqliteDialect(builder.ToString(), builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:");
    }

    /// <summary>"Data Source=...", "DataSource=..." or "Filename=..." (a path may itself contain '=').</summary>
    private static bool IsConnectionString(string value)
    {
        var key = value.Split('=', 2)[0].Trim();
        return value.Contains('=', StringComparison.Ordinal) &&
               (key.Equals("Data Source", StringComparison.OrdinalIgnoreCase) || key.Equals("DataSource", StringComparison.OrdinalIgnoreCase) ||
                key.Equals("Filename", StringComparison.OrdinalIgnoreCase));
    }

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken ct)
    {
        var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync(ct);
        await connection.ExecAsync(null, $"PRAGMA busy_timeout = {BusyTimeoutMs}; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;", ct);
        return connection;
    }

    /// <summary>
    /// A batch writes about 3 MB (stored text and extraction, the search index, reports and claims). With the default
    /// checkpoint every 1,000 pages (4 MB) nearly every batch copied the log into the database and synced it, a third
    /// of the time spent storing; checkpointing every 8,192 pages (32 MB) syncs about eight times less often and writes
    /// pages changed by several batches (indexes, events) once. The log is cut back to that size after a checkpoint.
    /// A larger page cache keeps the indexes' pages that every batch updates. Checkpointing every 32,768 pages (128 MB)
    /// and a 16 MB cache instead of 8,192 pages and 8 MB: on 2,000 documents the writing thread writes 15 % fewer bytes
    /// and reads 65 % fewer back (docs/benchmarks.md, "GC budget and SQLite pragmas").
    /// </summary>
    public override Task PrepareWriterAsync(DbConnection connection, CancellationToken ct) =>
        connection.ExecAsync(null, "PRAGMA wal_autocheckpoint = 32768; PRAGMA journal_size_limit = 134217728; PRAGMA cache_size = -16384;", ct);

    /// <summary>
    /// Copying the log into the database (a checkpoint) writes up to 128 MB of pages and syncs the log and then the
    /// database: on 2,000 documents it held the writing thread for about a second, in which the extracting threads
    /// soon had no room left and one core sat idle. Checkpoints now run on a connection and thread of their own,
    /// passively (they copy what the log holds while the writer goes on appending), so writing never waits for the
    /// disk; the writer's own automatic checkpoint stays as the bound when that thread falls behind. What a commit
    /// makes durable is unchanged: the log is synced before its pages are copied, as before.
    /// </summary>
    public override void Committed(DbConnection connection)
    {
        if (inMemory || connection is not SqliteConnection { Handle: { } handle })
        {
            return;
        }

        raw.sqlite3_db_status(handle, raw.SQLITE_DBSTATUS_CACHE_WRITE, out var written, out _, 1);
        lock (checkpointing)
        {
            pagesSinceCheckpoint += written;
            if (pagesSinceCheckpoint >= BackgroundCheckpointPages && checkpoint.IsCompleted)
            {
                pagesSinceCheckpoint = 0;
                checkpoint = Task.Factory.StartNew(Checkpoint, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            }
        }
    }

    /// <summary>Passive checkpoints until the log is copied whole (the next write then starts it again from its
    /// beginning) or a few rounds have passed; a failure leaves the copying to the writer's own checkpoint.</summary>
    private void Checkpoint()
    {
        try
        {
            using var connection = new SqliteConnection(connectionString);
            connection.Open();
            for (var round = 0; round < 8; round++)
            {
                using var command = connection.CreateCommand();
                command.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                using var reader = command.ExecuteReader();
                if (!reader.Read() || reader.GetInt64(1) <= reader.GetInt64(2))
                {
                    break;
                }
            }
        }
        catch (SqliteException)
        {
            // busy or failed: the writer's automatic checkpoint copies the log instead
        }
    }

    public override Task PrepareAsync(DbConnection connection, CancellationToken ct) =>
        connection.ExecAsync(null, "PRAGMA journal_mode = WAL;", ct);

    /// <summary>The rows every document adds, through SQLite's own statements bound by position, with the JSON handed
    /// over as the UTF-8 it was serialised to (see <see cref="RawStatement"/>): the same values as ADO.NET binds, but
    /// the extraction's JSON kept deflated as it was prepared (see <see cref="StoredExtraction.Deflate"/>).</summary>
    public override Task InsertDocumentAsync(Statements statements, DbTransaction transaction, DocumentRow row, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var insert = statements.Extra("insert-document", c => new RawStatement((SqliteConnection)c, Positional(DocumentRow.InsertSql,
            "@seq", "@id", "@title", "@url", "@outlet", "@published", "@language", "@medium", "@origin", "@added", "@events", "@claims", "@text", "@extraction", "@omits")));
        insert.Bind(1, row.Seq);
        insert.Bind(2, row.Id);
        insert.Bind(3, row.Title);
        insert.Bind(4, row.Url);
        insert.Bind(5, row.Outlet);
        insert.Bind(6, row.Published);
        insert.Bind(7, row.Language);
        insert.Bind(8, row.Medium);
        insert.Bind(9, row.Origin);
        insert.Bind(10, row.AddedAt);
        insert.Bind(11, row.Events);
        insert.Bind(12, row.Claims);
        var text = row.TextUtf8 is { } prepared ? prepared : Utf8(row.Text);
        insert.BindUtf8(13, text);
        insert.BindBlob(14, row.Deflated);
        insert.Bind(15, row.Omits | (long)StoredExtraction.Omitted.Deflated);
        insert.Run();

        // the search index gets the title and text just stored, given again rather than read back from the row
        var index = statements.Extra("index-document-values", c => new RawStatement((SqliteConnection)c, IndexDocumentValuesSql));
        index.Bind(1, row.Seq);
        index.Bind(2, row.Title);
        index.BindUtf8(3, text);
        index.Run();
        return Task.CompletedTask;
    }

    private const string IndexDocumentValuesSql = "INSERT INTO documents_fts (rowid, title, text) VALUES (?1, ?2, ?3)";

    /// <summary>A document's text as UTF-8 in a buffer reused by the writing thread (valid until the next call),
    /// converted once for the row and the search index.</summary>
    private static ReadOnlySpan<byte> Utf8(string text)
    {
        var buffer = utf8 ??= new System.Buffers.ArrayBufferWriter<byte>(64 * 1024);
        buffer.ResetWrittenCount();
        var length = System.Text.Encoding.UTF8.GetBytes(text, buffer.GetSpan(System.Text.Encoding.UTF8.GetMaxByteCount(text.Length)));
        buffer.Advance(length);
        return buffer.WrittenSpan;
    }

    [ThreadStatic]
    private static System.Buffers.ArrayBufferWriter<byte>? utf8;

    /// <summary>The event's JSON goes to SQLite as the UTF-8 it was written in (see <see cref="RawStatement"/>).</summary>
    public override Task InsertEventAsync(Statements statements, DbTransaction transaction, EventColumns row, long firstSeq, ReadOnlyMemory<byte> json, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var insert = statements.Extra("insert-event", c => new RawStatement((SqliteConnection)c, Positional(EventColumns.InsertSql,
            "@id", "@seq", "@type", "@subtype", "@from", "@to", "@geoname", "@place", "@json", "@latestFrom", "@earliestTo", "@namedDay")));
        insert.Bind(1, row.Id);
        insert.Bind(2, firstSeq);
        insert.Bind(3, row.Type);
        insert.Bind(4, row.Subtype);
        insert.Bind(5, row.From);
        insert.Bind(6, row.To);
        insert.Bind(7, row.GeonameId);
        insert.Bind(8, row.PlaceKey);
        BindJson(insert, 9, json.Span);
        insert.Bind(10, row.LatestFrom);
        insert.Bind(11, row.EarliestTo);
        insert.Bind(12, row.NamedDay);
        insert.Run();
        return Task.CompletedTask;
    }

    public override Task InsertReportAsync(Statements statements, DbTransaction transaction, ReportRow row, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var insert = statements.Extra("insert-report", c => new RawStatement((SqliteConnection)c, Positional(ReportRow.InsertSql,
            "@doc", "@local", "@event", "@seq", "@ordinal", "@family", "@from", "@to", "@geoname", "@lat", "@lon", "@reason", "@json")));
        insert.Bind(1, row.DocumentId);
        insert.Bind(2, row.LocalId);
        insert.Bind(3, row.EventId);
        insert.Bind(4, row.Seq);
        insert.Bind(5, row.Ordinal);
        insert.Bind(6, row.Family);
        insert.Bind(7, row.From);
        insert.Bind(8, row.To);
        insert.Bind(9, row.GeonameId);
        insert.Bind(10, row.Lat);
        insert.Bind(11, row.Lon);
        insert.Bind(12, row.Reason);
        insert.BindUtf8(13, row.Json);
        insert.Run();
        return Task.CompletedTask;
    }

    public override Task InsertClaimAsync(Statements statements, DbTransaction transaction, ClaimRow row, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var insert = statements.Extra("insert-claim", c => new RawStatement((SqliteConnection)c, Positional(ClaimRow.InsertSql,
            "@id", "@doc", "@local", "@seq", "@ordinal", "@geoname", "@place", "@side", "@kind", "@stance", "@from", "@to", "@outlet", "@published", "@json")));
        insert.Bind(1, row.Id);
        insert.Bind(2, row.DocumentId);
        insert.Bind(3, row.LocalId);
        insert.Bind(4, row.Seq);
        insert.Bind(5, row.Ordinal);
        insert.Bind(6, row.GeonameId);
        insert.Bind(7, row.PlaceKey);
        insert.Bind(8, row.Side);
        insert.Bind(9, row.Kind);
        insert.Bind(10, row.Stance);
        insert.Bind(11, row.From);
        insert.Bind(12, row.To);
        insert.Bind(13, row.Outlet);
        insert.Bind(14, row.Published);
        insert.BindUtf8(15, row.Json);
        insert.Run();
        return Task.CompletedTask;
    }

    /// <summary>One row per run of one statement prepared for the transaction: a statement of many rows has a text of
    /// its own for each count of rows, each parsed and planned again, and its hundreds of named parameters cost more
    /// than the rows (a link took about four times as long as a claim's row).</summary>
    public override Task InsertLinksAsync(Statements statements, DbTransaction transaction, IReadOnlyList<LinkRow> rows, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var insert = statements.Extra("insert-link", c => new RawStatement((SqliteConnection)c, Positional(LinkRow.InsertSql,
            "@seq", "@ordinal", "@otherSeq", "@otherOrdinal", "@relation", "@reason")));
        foreach (var link in rows)
        {
            insert.Bind(1, link.Claim.Seq);
            insert.Bind(2, link.Claim.Ordinal);
            insert.Bind(3, link.Other.Seq);
            insert.Bind(4, link.Other.Ordinal);
            insert.Bind(5, link.Relation);
            insert.Bind(6, link.Reason);
            insert.Run();
        }

        return Task.CompletedTask;
    }

    /// <summary>The statement with its named parameters numbered in the given order (?1, ?2, ...).</summary>
    private static string Positional(string sql, params string[] names)
    {
        // longest names first, so @from is not replaced inside @fromX
        foreach (var (name, i) in names.Select((n, i) => (n, i)).OrderByDescending(p => p.n.Length))
        {
            sql = System.Text.RegularExpressions.Regex.Replace(sql, System.Text.RegularExpressions.Regex.Escape(name) + @"\b",
                "?" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return sql;
    }

    /// <summary>The event's JSON goes to SQLite as the UTF-8 it was written in (see <see cref="RawStatement"/>).</summary>
    public override Task UpdateEventAsync(Statements statements, DbTransaction transaction, EventColumns row, ReadOnlyMemory<byte> json, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var update = statements.Extra("update-event", c => new RawStatement((SqliteConnection)c, UpdateEventSql));
        update.Bind(1, row.Type);
        update.Bind(2, row.Subtype);
        update.Bind(3, row.From);
        update.Bind(4, row.To);
        update.Bind(5, row.GeonameId);
        update.Bind(6, row.PlaceKey);
        BindJson(update, 7, json.Span);
        update.Bind(8, row.Id);
        update.Bind(9, row.LatestFrom);
        update.Bind(10, row.EarliestTo);
        update.Bind(11, row.NamedDay);
        update.Run();
        return Task.CompletedTask;
    }

    private const string UpdateEventSql = "UPDATE events SET type = ?1, subtype = ?2, date_from = ?3, date_to = ?4, geoname_id = ?5, place_key = ?6, json = ?7, " +
        "latest_from = ?9, earliest_to = ?10, named_day = ?11 WHERE id = ?8";

    /// <summary>The event's JSON and bounds only (see <see cref="StoreDialect.UpdateEventJsonAsync"/>), as UTF-8.</summary>
    public override Task UpdateEventJsonAsync(Statements statements, DbTransaction transaction, EventColumns row, ReadOnlyMemory<byte> json, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        var update = statements.Extra("update-event-json", c => new RawStatement((SqliteConnection)c, UpdateEventJsonSql));
        BindJson(update, 1, json.Span);
        update.Bind(2, row.LatestFrom);
        update.Bind(3, row.EarliestTo);
        update.Bind(4, row.NamedDay);
        update.Bind(5, row.Id);
        update.Run();
        return Task.CompletedTask;
    }

    /// <summary>An event's JSON as UTF-8; none (the event of its one report) is the empty text, not NULL.</summary>
    private static void BindJson(RawStatement statement, int index, ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty)
        {
            statement.Bind(index, "");
        }
        else
        {
            statement.BindUtf8(index, json);
        }
    }

    private const string UpdateEventJsonSql = "UPDATE events SET json = ?1, latest_from = ?2, earliest_to = ?3, named_day = ?4 WHERE id = ?5";

    public override string SearchSql(string summaryColumns) => $"""
        SELECT {summaryColumns}, snippet(documents_fts, 1, '[', ']', '…', 16)
        FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
        WHERE documents_fts MATCH @q
        ORDER BY documents_fts.rank, d.seq
        LIMIT @limit
        """;

    public override string? SearchQuery(string query) => Fts5Query.From(query);

    public override async ValueTask DisposeAsync()
    {
        Task running;
        lock (checkpointing)
        {
            running = checkpoint;
        }

        await running;
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
    }
}
