using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Sitrep.Web.Hosting;

/// <summary>Gives the OpenAPI document its title and drops the server list, so the document does not depend on the port.</summary>
internal sealed class OpenApiInfoTransformer : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "Sitrep",
            Version = "v1",
            Description = "Sourced, geolocated, time-resolved events and claims read from war reporting.",
        };
        document.Servers = [];
        return Task.CompletedTask;
    }
}
