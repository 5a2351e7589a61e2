using Microsoft.AspNetCore.Http.HttpResults;

namespace Sitrep.Web.Apis;

/// <summary>The ProblemDetails answers the APIs share.</summary>
internal static class Problems
{
    public static ProblemHttpResult NotFound(string what, string id) =>
        TypedResults.Problem(
            title: $"Unknown {what}",
            detail: $"No {what} with id '{id}' is stored.",
            statusCode: StatusCodes.Status404NotFound);

    public static ValidationProblem Invalid(Dictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, title: "The request has invalid parameters");
}
