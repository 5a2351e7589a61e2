using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests;

/// <summary>
/// The store's behaviour, run against every database: one sealed subclass per provider supplies fresh, empty
/// databases (each test gets its own, dropped afterwards).
/// </summary>
public abstract partial class StoreTestBase : IAsyncLifetime
{
    private readonly List<string> databases = [];
    private readonly List<ISitrepStore> stores = [];

    protected ISitrepStore Store { get; private set; } = null!;

    protected string Connection { get; private set; } = null!;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Creates an empty database and returns its connection string.</summary>
    protected abstract Task<string> CreateDatabaseAsync();

    protected abstract Task DropDatabaseAsync(string connection);

    /// <summary>Runs SQL on a database directly, bypassing the store (to set up old schemas).</summary>
    protected abstract Task ExecuteRawAsync(string connection, string sql);

    /// <summary>The first column of every row a query gives, as text, read directly from the database.</summary>
    protected abstract Task<List<string?>> QueryRawAsync(string connection, string sql);

    public async ValueTask InitializeAsync()
    {
        (Connection, Store) = await FreshStoreAsync();
    }

    /// <summary>Another empty database, opened through <see cref="SitrepStores.OpenAsync"/>.</summary>
    protected async Task<(string Connection, ISitrepStore Store)> FreshStoreAsync()
    {
        var connection = await CreateDatabaseAsync();
        databases.Add(connection);
        return (connection, await OpenAsync(connection));
    }

    /// <summary>Opens a database again, as a new process would.</summary>
    protected async Task<ISitrepStore> OpenAsync(string connection)
    {
        var store = await SitrepStores.OpenAsync(connection, FixedClock.Default, Ct);
        stores.Add(store);
        return store;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var store in stores)
        {
            await store.DisposeAsync();
        }

        foreach (var db in databases)
        {
            await DropDatabaseAsync(db);
        }

        GC.SuppressFinalize(this);
    }

    protected async Task<List<bool>> AddAllAsync(ISitrepStore store, IEnumerable<Sitrep.Core.Contract.ExtractOutput> docs)
    {
        var added = new List<bool>();
        foreach (var doc in docs)
        {
            added.Add(await store.AddDocumentAsync(doc, "test", Ct));
        }

        return added;
    }

    protected static string Json(IReadOnlyList<Sitrep.Core.Contract.EventDto> events) =>
        Sitrep.Core.Contract.SitrepJson.Serialize(events.ToList(), indented: false);
}
