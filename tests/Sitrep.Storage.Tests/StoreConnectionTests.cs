namespace Sitrep.Storage.Tests;

public sealed class StoreConnectionTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=5432;Username=sitrep;Database=sitrep", true)]
    [InlineData("host=db;database=sitrep", true)]
    [InlineData("Server=db.internal;Database=ledger", true)]
    [InlineData("postgres://sitrep:secret@db:5432/ledger", true)]
    [InlineData("postgresql://db/ledger", true)]
    [InlineData("Data Source=/var/lib/sitrep/sitrep.db", false)]
    [InlineData("data/sitrep.db", false)]
    [InlineData("C:\\ledger\\hosts=1.db", false)]
    public void IsPostgres_ConnectionString_PicksTheProvider(string connection, bool expected)
    {
        Assert.Equal(expected, StoreConnection.IsPostgres(connection));
    }

    [Fact]
    public void ToNpgsql_Url_BecomesKeyValueString()
    {
        var s = StoreConnection.ToNpgsql("postgres://sitrep:p%40ss@db.internal:6543/ledger?sslmode=disable");

        var b = new Npgsql.NpgsqlConnectionStringBuilder(s);
        Assert.Equal(("db.internal", 6543, "sitrep", "p@ss", "ledger"), (b.Host, b.Port, b.Username, b.Password, b.Database));
        Assert.Equal(Npgsql.SslMode.Disable, b.SslMode);
    }

    [Fact]
    public void Resolve_NoConnection_UsesDefaultFileUnderCurrentDirectory()
    {
        var previous = Environment.GetEnvironmentVariable(SitrepStores.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(SitrepStores.EnvironmentVariable, null);
            Assert.Equal(Path.GetFullPath(Path.Combine(".sitrep", "sitrep.db")), SitrepStores.Resolve(null));
            Environment.SetEnvironmentVariable(SitrepStores.EnvironmentVariable, "Host=db;Database=x");
            Assert.Equal("Host=db;Database=x", SitrepStores.Resolve(""));
            Assert.Equal("other.db", SitrepStores.Resolve("other.db"));
        }
        finally
        {
            Environment.SetEnvironmentVariable(SitrepStores.EnvironmentVariable, previous);
        }
    }
}
