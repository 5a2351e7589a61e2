using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Sitrep.Core.Contract;
using Sitrep.Storage;

namespace Sitrep.Web.Tests.Support;

/// <summary>A real Kestrel server on 127.0.0.1 with a free port, over its own SQLite store in a temporary folder.</summary>
internal sealed class WebServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private readonly string _directory;

    private WebServer(WebApplication app, ISitrepStore store, Uri address, string directory)
    {
        _app = app;
        _directory = directory;
        Store = store;
        Address = address;
        Client = new HttpClient { BaseAddress = address };
    }

    public ISitrepStore Store { get; }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public static async Task<WebServer> StartAsync(IEnumerable<ExtractOutput> documents, string? writeToken = null, TimeSpan? analysisTimeout = null)
    {
        var directory = Directory.CreateTempSubdirectory("sitrep-web-").FullName;
        var store = await SitrepStores.OpenAsync(Path.Combine(directory, "sitrep.db"), TimeProvider.System, CancellationToken.None);
        foreach (var document in documents)
        {
            await store.AddDocumentAsync(document, "test");
        }

        var app = await SitrepWeb.BuildAsync(
            ["--Logging:LogLevel:Default=Warning"],
            new SitrepWebOptions
            {
                Urls = "http://127.0.0.1:0",
                Store = store,
                WriteToken = writeToken ?? "",
                AnalysisTimeout = analysisTimeout ?? TimeSpan.FromSeconds(30),
            });
        await app.StartAsync();
        return new WebServer(app, store, AddressOf(app), directory);
    }

    /// <summary>The address Kestrel bound (the port is chosen at start).</summary>
    public static Uri AddressOf(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        await Store.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}

/// <summary>One server with the sample corpus, shared by the read-only tests.</summary>
public sealed class SampleServerFixture : IAsyncLifetime
{
    private WebServer? _server;

    internal WebServer Server => _server ?? throw new InvalidOperationException("not started");

    public async ValueTask InitializeAsync() => _server = await WebServer.StartAsync(SampleCorpus.All);

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
