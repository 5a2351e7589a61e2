namespace Sitrep.Storage.Tests;

/// <summary>The store tests on an embedded SQLite file in a temporary directory.</summary>
public sealed class SqliteStoreTests : StoreTestBase
{
    private readonly string directory = Directory.CreateTempSubdirectory("sitrep-store-").FullName;

    protected override Task<string> CreateDatabaseAsync() =>
        Task.FromResult(Path.Combine(directory, $"db-{Guid.NewGuid():N}", "sitrep.db"));

    protected override Task DropDatabaseAsync(string connection)
    {
        var dir = Path.GetDirectoryName(connection)!;
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
        return Task.CompletedTask;
    }

    protected override async Task ExecuteRawAsync(string connection, string sql)
    {
        await using var c = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + connection + ";Pooling=false");
        await c.OpenAsync(Ct);
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(Ct);
    }

    protected override async Task<List<string?>> QueryRawAsync(string connection, string sql)
    {
        await using var c = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + connection + ";Pooling=false");
        await c.OpenAsync(Ct);
        await using var command = c.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync(Ct);
        var rows = new List<string?>();
        while (await reader.ReadAsync(Ct))
        {
            rows.Add(reader.IsDBNull(0) ? null : Convert.ToString(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture));
        }

        return rows;
    }

    [Fact]
    public async Task OpenAsync_NewFile_UsesWriteAheadLog()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + Connection);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("data-source")]
    public async Task OpenAsync_PathOrDataSourceString_SameFile(string form)
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-open-").FullName;
        try
        {
            var path = Path.Combine(dir, "a=b", "ledger.db");
            var connection = form == "plain" ? path : "Data Source=" + path;
            await using (var store = await SitrepStores.OpenAsync(connection, Builders.FixedClock.Default, Ct))
            {
                await store.AddDocumentAsync(Builders.Corpus.WireStrike(), null, Ct);
            }

            Assert.True(File.Exists(path));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
