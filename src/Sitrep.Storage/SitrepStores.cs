using Sitrep.Storage.Postgres;
using Sitrep.Storage.Relational;
using Sitrep.Storage.Sqlite;

namespace Sitrep.Storage;

/// <summary>Opens the store a connection string names, migrating it first.</summary>
public static class SitrepStores
{
    /// <summary>Environment variable read when no connection is given.</summary>
    public const string EnvironmentVariable = "SITREP_DB";

    /// <summary>The embedded default, relative to the current directory.</summary>
    public static readonly string DefaultPath = Path.Combine(".sitrep", "sitrep.db");

    /// <summary>
    /// <paramref name="connection"/> null or empty: <c>SITREP_DB</c>, else <c>./.sitrep/sitrep.db</c>.
    /// <c>Host=...;...</c>, <c>postgres://...</c> or <c>postgresql://...</c>: PostgreSQL. Anything else: a SQLite file
    /// path or a <c>Data Source=...</c> connection string. The schema is created or upgraded before returning.
    /// </summary>
    public static async Task<ISitrepStore> OpenAsync(string? connection, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(clock);
        var resolved = Resolve(connection);
        StoreDialect dialect = StoreConnection.IsPostgres(resolved)
            ? new PostgresDialect(StoreConnection.ToNpgsql(resolved))
            : SqliteDialect.ForPathOrConnectionString(resolved);
        var store = new SitrepStore(dialect, clock);
        try
        {
            await store.MigrateAsync(ct);
            return store;
        }
        catch
        {
            await store.DisposeAsync();
            throw;
        }
    }

    /// <summary>The connection string that <see cref="OpenAsync"/> would use for <paramref name="connection"/>.</summary>
    public static string Resolve(string? connection)
    {
        if (!string.IsNullOrWhiteSpace(connection))
        {
            return connection.Trim();
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        return string.IsNullOrWhiteSpace(fromEnvironment) ? Path.GetFullPath(DefaultPath) : fromEnvironment.Trim();
    }
}
