using Microsoft.AspNetCore.Http.HttpResults;
using Sitrep.Core.Contract;
using Sitrep.Storage;

namespace Sitrep.Web.Apis;

/// <summary><c>GET /api/claims</c>: stored claims; <c>?contested=true</c> keeps those that another stored claim contradicts.</summary>
public static class ClaimsApi
{
    public static IEndpointRouteBuilder MapClaimsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/claims").WithTags("Claims");
        api.MapGet("", ListClaims)
            .WithName("ListClaims")
            .WithSummary("Claims, optionally only contested ones or those about a place");
        return app;
    }

    /// <param name="contested">true: only claims that another stored claim contradicts.</param>
    /// <param name="place">A place name (the whole name, case-insensitive) or a GeoNames id.</param>
    /// <param name="limit">At most this many claims (1..10000).</param>
    internal static async Task<Results<Ok<IReadOnlyList<ClaimDto>>, ValidationProblem>> ListClaims(
        string? contested, string? place, int? limit, ISitrepStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var contestedOnly = false;
        if (contested is not null && !bool.TryParse(contested, out contestedOnly))
        {
            errors["contested"] = [$"'{contested}' is not true or false."];
        }

        if (limit is < 1 or > EventsApi.MaxLimit)
        {
            errors["limit"] = [$"limit must be between 1 and {EventsApi.MaxLimit}."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var query = new ClaimQuery(contestedOnly, string.IsNullOrWhiteSpace(place) ? null : place.Trim(), limit ?? EventsApi.MaxLimit);
        return TypedResults.Ok(await store.QueryClaimsAsync(query, cancellationToken));
    }
}
