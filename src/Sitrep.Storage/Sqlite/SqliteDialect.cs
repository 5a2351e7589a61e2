using System.Data.Common;
using Microsoft.Data.Sqlite;
using Sitrep.Storage.Relational;

namespace Sitrep.Storage.Sqlite;

/// <summary>One SQLite file in WAL mode; each operation opens a pooled connection with a busy timeout.</summary>
internal sealed class SqliteDialect(string connectionString) : StoreDialect
{
    public const int BusyTimeoutMs = 30_000;

    public override string Provider => "sqlite";

    public override IReadOnlyList<Migration> Migrations => SqliteMigrations.All;

    public override string? IndexDocumentSql =>
        "INSERT INTO documents_fts (rowid, title, text) SELECT seq, title, text FROM documents WHERE seq = @seq";

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

        return new SqliteDialect(builder.ToString());
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
    /// A larger page cache keeps the indexes' pages that every batch updates.
    /// </summary>
    public override Task PrepareWriterAsync(DbConnection connection, CancellationToken ct) =>
        connection.ExecAsync(null, "PRAGMA wal_autocheckpoint = 8192; PRAGMA journal_size_limit = 33554432; PRAGMA cache_size = -8192;", ct);

    public override Task PrepareAsync(DbConnection connection, CancellationToken ct) =>
        connection.ExecAsync(null, "PRAGMA journal_mode = WAL;", ct);

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
        update.BindUtf8(7, json.Span);
        update.Bind(8, row.Id);
        update.Run();
        return Task.CompletedTask;
    }

    private const string UpdateEventSql = "UPDATE events SET type = ?1, subtype = ?2, date_from = ?3, date_to = ?4, geoname_id = ?5, place_key = ?6, json = ?7 WHERE id = ?8";

    public override string SearchSql(string summaryColumns) => $"""
        SELECT {summaryColumns}, snippet(documents_fts, 1, '[', ']', '…', 16)
        FROM documents_fts JOIN documents d ON d.seq = documents_fts.rowid
        WHERE documents_fts MATCH @q
        ORDER BY documents_fts.rank, d.seq
        LIMIT @limit
        """;

    public override string? SearchQuery(string query) => Fts5Query.From(query);

    public override ValueTask DisposeAsync()
    {
        using var connection = new SqliteConnection(connectionString);
        SqliteConnection.ClearPool(connection);
        return ValueTask.CompletedTask;
    }
}
