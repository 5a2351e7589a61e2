using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Web.Hosting;

/// <summary>Lets a write through only with <c>Authorization: Bearer TOKEN</c> when a write token is configured.</summary>
internal sealed class WriteTokenFilter(string? token) : IEndpointFilter
{
    private readonly byte[]? _expected = token is null ? null : Encoding.UTF8.GetBytes(token);

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (_expected is null || Presented(context.HttpContext.Request) is { } presented
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(presented), _expected))
        {
            return next(context);
        }

        context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
        return ValueTask.FromResult<object?>(TypedResults.Problem(
            title: "Write token required",
            detail: "This server requires 'Authorization: Bearer <token>' with its write token to add documents.",
            statusCode: StatusCodes.Status401Unauthorized));
    }

    private static string? Presented(HttpRequest request)
    {
        var header = request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        return header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? header[scheme.Length..].Trim() : null;
    }
}
