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

    [Fact]
    public async Task OpenAsync_NewFile_UsesWriteAheadLog()
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=" + Connection);
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";
        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
    }
}
