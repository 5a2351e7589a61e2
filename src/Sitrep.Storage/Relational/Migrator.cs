using System.Data.Common;
using System.Globalization;
using Sitrep.Core.Errors;

namespace Sitrep.Storage.Relational;

/// <summary>Applies the dialect's ordered migrations not yet recorded in <c>schema_version</c>, in one transaction.</summary>
internal static class Migrator
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

    public static async Task MigrateAsync(StoreDialect dialect, TimeProvider clock, CancellationToken ct)
    {
        await using var connection = await dialect.OpenAsync(ct);
        await dialect.PrepareAsync(connection, ct);
        await using var tx = await connection.BeginTransactionAsync(ct);
        await dialect.LockAsync(connection, tx, ct);
        await connection.ExecAsync(tx, CreateVersionTable, ct);
        var current = await connection.ScalarAsync(tx, "SELECT MAX(version) FROM schema_version", ct) is { } v
            ? Convert.ToInt64(v, CultureInfo.InvariantCulture)
            : 0;
        var known = dialect.Migrations.Max(m => m.Version);
        if (current > known)
        {
            // a newer build wrote this store: its rows may mean what this build cannot read (an empty event JSON
            // since version 8, for one), so it is refused before anything is read or written
            throw new SitrepException(new SitrepError(ErrorCodes.StoreFailed,
                $"the store's schema is version {current}, newer than this build of sitrep knows (version {known}); open it with a newer sitrep"));
        }

        foreach (var migration in dialect.Migrations.Where(m => m.Version > current).OrderBy(m => m.Version))
        {
            await connection.ExecAsync(tx, migration.Sql, ct);
            await connection.ExecAsync(tx, "INSERT INTO schema_version (version, name, applied_at) VALUES (@v, @n, @at)", ct,
                ("@v", (long)migration.Version), ("@n", migration.Name), ("@at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture)));
        }

        await tx.CommitAsync(ct);
    }

    /// <summary>The highest applied version (0 for an empty database).</summary>
    public static async Task<long> VersionAsync(DbConnection connection, CancellationToken ct) =>
        await connection.ScalarAsync(null, "SELECT MAX(version) FROM schema_version", ct) is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : 0;
}
