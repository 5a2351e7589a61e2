using Npgsql;

namespace Sitrep.Storage.Tests;

/// <summary>
/// The store tests on PostgreSQL: <c>SITREP_TEST_PG</c> names a server (see eng/postgres.sh); each test gets a
/// database of its own. Without it the tests are skipped locally and fail on CI (<c>CI=true</c>).
/// </summary>
public sealed class PostgresStoreTests : StoreTestBase
{
    public const string Variable = "SITREP_TEST_PG";

    protected override async Task<string> CreateDatabaseAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"{Variable} is not set: on CI the PostgreSQL store tests must run (start a server with eng/postgres.sh).");
            }

            Assert.Skip($"{Variable} is not set (start a server with eng/postgres.sh and export the string it prints).");
        }

        var name = "sitrep_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(server))
        {
            await admin.OpenAsync(Ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync(Ct);
        }

        return new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString;
    }

    protected override async Task DropDatabaseAsync(string connection)
    {
        var name = new NpgsqlConnectionStringBuilder(connection).Database;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(Environment.GetEnvironmentVariable(Variable));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    protected override async Task ExecuteRawAsync(string connection, string sql)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, c);
        await command.ExecuteNonQueryAsync(Ct);
    }

    protected override async Task<List<string?>> QueryRawAsync(string connection, string sql)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, c);
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<string?>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(reader.IsDBNull(0) ? null : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return rows;
    }
}
