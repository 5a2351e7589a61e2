using Microsoft.AspNetCore.StaticFiles;
using Sitrep.Core.Contract;
using Sitrep.Storage;
using Sitrep.Web.Apis;
using Sitrep.Web.Hosting;
using Sitrep.Web.Reader;

namespace Sitrep.Web;

/// <summary>The HTTP API and the web app of <c>sitrep serve</c> and <c>sitrep demo</c>.</summary>
public static class SitrepWeb
{
    /// <summary>Builds the server; run it with <c>await app.RunAsync(ct)</c> (or StartAsync/StopAsync).
    /// Opens the store named by <see cref="SitrepWebOptions.ConnectionString"/> unless <see cref="SitrepWebOptions.Store"/> is given.</summary>
    public static WebApplication Build(string[] args, SitrepWebOptions options) =>
        BuildAsync(args, options).GetAwaiter().GetResult();

    /// <inheritdoc cref="Build"/>
    public static async Task<WebApplication> BuildAsync(string[] args, SitrepWebOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(SitrepWeb).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        var urls = options.Urls ?? SitrepWebOptions.DefaultUrls;
        builder.WebHost.UseUrls(urls);
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        if (options.Store is { } given)
        {
            builder.Services.AddSingleton(given); // the caller's: the caller disposes it
        }
        else
        {
            var opened = await SitrepStores.OpenAsync(options.ConnectionString, options.Clock, cancellationToken);
            builder.Services.AddSingleton(_ => opened); // opened here: disposed with the server
        }

        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(options.Clock);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, SitrepJsonContext.Default);
            json.SerializerOptions.TypeInfoResolverChain.Insert(1, WebJsonContext.Default);
            json.SerializerOptions.DefaultIgnoreCondition = SitrepJson.Compact.DefaultIgnoreCondition;
            json.SerializerOptions.Encoder = SitrepJson.Compact.Encoder;
        });
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer(new OpenApiInfoTransformer()));

        var app = builder.Build();
        Configure(app, options.EffectiveWriteToken);
        OpenWritesWarning.Check(app, urls, options.EffectiveWriteToken);
        return app;
    }

    private static void Configure(WebApplication app, string? writeToken)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.Use(SecurityHeaders.Apply);

        var assets = new EmbeddedAssets();
        var types = new FileExtensionContentTypeProvider();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = assets,
            ContentTypeProvider = types,
            ServeUnknownFileTypes = true, // only the embedded files exist: the licence files have no extension
            DefaultContentType = "text/plain",
            OnPrepareResponse = file =>
            {
                if (file.Context.Request.Path.StartsWithSegments("/vendor", StringComparison.Ordinal))
                {
                    file.Context.Response.Headers.CacheControl = "public, max-age=86400"; // versioned third-party files
                }
            },
        });
        app.MapGet("/", () => TypedResults.Stream(assets.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8"))
            .ExcludeFromDescription();

        app.MapOpenApi();
        app.MapEventsApi();
        app.MapClaimsApi();
        app.MapDocumentsApi(writeToken);
        app.MapGet("/documents/{id}", async (string id, ISitrepStore store, CancellationToken ct) =>
                await store.GetDocumentAsync(id, ct) is { } found
                    ? Results.Content(ReaderPage.Render(found), "text/html; charset=utf-8")
                    : Results.Content(ReaderPage.NotFound(id), "text/html; charset=utf-8", statusCode: StatusCodes.Status404NotFound))
            .ExcludeFromDescription();
    }
}
