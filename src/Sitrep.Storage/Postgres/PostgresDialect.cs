using System.Data.Common;
using Npgsql;
using Sitrep.Storage.Relational;

namespace Sitrep.Storage.Postgres;

/// <summary>PostgreSQL through an Npgsql data source; writers serialise on a transaction-scoped advisory lock.</summary>
internal sealed class PostgresDialect(string connectionString) : StoreDialect
{
    /// <summary>Advisory lock key held by every writing transaction ("SITREP" in ASCII).</summary>
    public const long WriteLockKey = 0x534954524550;

    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public override string Provider => "postgresql";

    public override IReadOnlyList<Migration> Migrations => PostgresMigrations.All;

    public override async ValueTask<DbConnection> OpenAsync(CancellationToken ct) => await dataSource.OpenConnectionAsync(ct);

    public override Task LockAsync(DbConnection connection, DbTransaction transaction, CancellationToken ct) =>
        connection.ExecAsync(transaction, "SELECT pg_advisory_xact_lock(@key)", ct, ("@key", WriteLockKey));

    public override string SearchSql(string summaryColumns) => $"""
        SELECT {summaryColumns}, ts_headline('simple', d.text, q, 'StartSel=[, StopSel=], MaxWords=24, MinWords=8')
        FROM documents d, websearch_to_tsquery('simple', @q) q
        WHERE d.search @@ q
        ORDER BY ts_rank(d.search, q) DESC, d.seq
        LIMIT @limit
        """;

    public override string? SearchQuery(string query) => string.IsNullOrWhiteSpace(query) ? null : query;

    public override ValueTask DisposeAsync() => dataSource.DisposeAsync();
}
