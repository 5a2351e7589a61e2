using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Sitrep.Storage;
using Sitrep.Web.Tests.Support;

namespace Sitrep.Web.Tests.Hosting;

public sealed class SitrepWebTests
{
    private const string Post = "Вночі над Одесою збили дванадцять дронів, повідомили в Силах оборони півдня.";

    [Fact]
    public async Task Build_ConnectionString_OpensThatSqliteFileAndClosesItOnDispose()
    {
        var directory = Directory.CreateTempSubdirectory("sitrep-web-").FullName;
        var path = Path.Combine(directory, "served.db");
        var ct = TestContext.Current.CancellationToken;
        try
        {
            var app = SitrepWeb.Build(["--Logging:LogLevel:Default=Warning"], new SitrepWebOptions { ConnectionString = path, Urls = "http://127.0.0.1:0", WriteToken = "" });
            await app.StartAsync(ct);
            using (var client = new HttpClient { BaseAddress = WebServer.AddressOf(app) })
            {
                using var response = await client.PostAsJsonAsync("/api/documents", new { text = Post, lang = "uk", outlet = "Південь онлайн" }, ct);
                Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            }

            await app.StopAsync(ct);
            await app.DisposeAsync();

            await using var store = await SitrepStores.OpenAsync(path, TimeProvider.System, ct);
            var stored = Assert.Single(await store.ListDocumentsAsync(cancellationToken: ct));
            Assert.Equal("Південь онлайн", stored.Outlet);
            Assert.Equal("uk", stored.Language);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public async Task Build_NoTokenOptionButEnvironmentToken_RequiresTheEnvironmentToken()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = new DisposableSqlite();
        Environment.SetEnvironmentVariable(SitrepWebOptions.WriteTokenVariable, "from-env");
        WebApplication app;
        try
        {
            app = SitrepWeb.Build([], new SitrepWebOptions { Store = await store.OpenAsync(), Urls = "http://127.0.0.1:0" });
        }
        finally
        {
            Environment.SetEnvironmentVariable(SitrepWebOptions.WriteTokenVariable, null);
        }

        await app.StartAsync(ct);
        using var client = new HttpClient { BaseAddress = WebServer.AddressOf(app) };
        using var anonymous = await client.PostAsJsonAsync("/api/documents", new { text = Post }, ct);
        client.DefaultRequestHeaders.Authorization = new("Bearer", "from-env");
        using var authorised = await client.PostAsJsonAsync("/api/documents", new { text = Post }, ct);
        await app.StopAsync(ct);
        await app.DisposeAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Created, authorised.StatusCode);
    }

    private sealed class DisposableSqlite : IAsyncDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("sitrep-web-").FullName;
        private ISitrepStore? _store;

        public async Task<ISitrepStore> OpenAsync() =>
            _store = await SitrepStores.OpenAsync(Path.Combine(_directory, "sitrep.db"), TimeProvider.System, CancellationToken.None);

        public async ValueTask DisposeAsync()
        {
            if (_store is not null)
            {
                await _store.DisposeAsync();
            }

            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
