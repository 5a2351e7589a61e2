using Microsoft.AspNetCore.Http.HttpResults;
using Sitrep.Core.Contract;
using Sitrep.Core.Model;
using Sitrep.Storage;
using Sitrep.Web.Documents;

namespace Sitrep.Web.Apis;

/// <summary><c>GET /api/events</c> and <c>GET /api/events/{id}</c>: stored events in the shape of <c>sitrep extract</c>.</summary>
public static class EventsApi
{
    public const int MaxLimit = 10_000;

    public static IEndpointRouteBuilder MapEventsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/events").WithTags("Events");
        api.MapGet("", ListEvents)
            .WithName("ListEvents")
            .WithSummary("Events, filtered by place, date range and type");
        api.MapGet("/{id}", GetEvent)
            .WithName("GetEvent")
            .WithSummary("One event by id")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    /// <param name="place">A place name (the whole name, case-insensitive) or a GeoNames id.</param>
    /// <param name="from">Events on or after this day (YYYY-MM-DD).</param>
    /// <param name="to">Events on or before this day (YYYY-MM-DD).</param>
    /// <param name="type">An ACLED event type in snake_case, such as battles.</param>
    /// <param name="limit">At most this many events (1..10000).</param>
    internal static async Task<Results<Ok<IReadOnlyList<EventDto>>, ValidationProblem>> ListEvents(
        string? place, string? from, string? to, string? type, int? limit, ISitrepStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var fromDate = ParseDate(from, "from", errors);
        var toDate = ParseDate(to, "to", errors);
        if (fromDate > toDate)
        {
            errors["to"] = [$"'to' ({to}) is before 'from' ({from})."];
        }

        if (type is not null && !EventTaxonomy.SubtypesByType.ContainsKey(type))
        {
            errors["type"] = [$"'{type}' is not an event type; use one of {string.Join(", ", EventTaxonomy.SubtypesByType.Keys)}."];
        }

        if (limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"limit must be between 1 and {MaxLimit}."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var query = new EventQuery(string.IsNullOrWhiteSpace(place) ? null : place.Trim(), fromDate, toDate, type, limit ?? MaxLimit);
        return TypedResults.Ok(await store.QueryEventsAsync(query, cancellationToken));
    }

    internal static async Task<Results<Ok<EventDto>, ProblemHttpResult>> GetEvent(string id, ISitrepStore store, CancellationToken cancellationToken)
    {
        var found = await store.GetEventAsync(id, cancellationToken);
        return found is null ? Problems.NotFound("event", id) : TypedResults.Ok(found);
    }

    private static DateOnly? ParseDate(string? text, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (DocumentIngestor.TryParseDate(text, out var date))
        {
            return date;
        }

        errors[name] = [$"'{text}' is not a date (YYYY-MM-DD)."];
        return null;
    }
}
