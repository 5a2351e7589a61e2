using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sitrep.Core.Contract;
using Sitrep.Storage;
using Sitrep.Web.Documents;
using Sitrep.Web.Hosting;

namespace Sitrep.Web.Apis;

/// <summary><c>/api/documents</c>: stored documents with their extraction, and ingestion of one document.</summary>
public static class DocumentsApi
{
    /// <summary>The largest request body <c>POST /api/documents</c> reads (a document of the largest accepted text, JSON-escaped).</summary>
    public const long MaxBodyBytes = 8 * 1024 * 1024;

    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app, string? writeToken)
    {
        var api = app.MapGroup("/api/documents").WithTags("Documents");
        api.MapGet("", ListDocuments)
            .WithName("ListDocuments")
            .WithSummary("Stored documents, newest first; q searches their text");
        api.MapGet("/{id}", GetDocument)
            .WithName("GetDocument")
            .WithSummary("One stored document with its extraction")
            .ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("", AddDocument)
            .WithName("AddDocument")
            .WithSummary("Analyses and stores one document (needs the write token when one is configured)")
            .AddEndpointFilter(new WriteTokenFilter(writeToken))
            .WithMetadata(new RequestSizeLimitAttribute(MaxBodyBytes))
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    /// <param name="q">A full-text search: words (all must occur), "quoted phrases", or between alternatives, -word to exclude.</param>
    /// <param name="limit">At most this many documents (1..10000; default 100).</param>
    /// <param name="offset">Skip this many documents (paging; not with q).</param>
    internal static async Task<Results<Ok<IReadOnlyList<DocumentListItem>>, ValidationProblem>> ListDocuments(
        string? q, int? limit, int? offset, ISitrepStore store, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (limit is < 1 or > EventsApi.MaxLimit)
        {
            errors["limit"] = [$"limit must be between 1 and {EventsApi.MaxLimit}."];
        }

        if (offset is < 0)
        {
            errors["offset"] = ["offset must not be negative."];
        }

        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            var hits = await store.SearchDocumentsAsync(q.Trim(), limit ?? 50, cancellationToken);
            return TypedResults.Ok<IReadOnlyList<DocumentListItem>>([.. hits.Select(h => DocumentListItem.From(h.Document, h.Snippet))]);
        }

        var documents = await store.ListDocumentsAsync(limit ?? 100, offset ?? 0, cancellationToken);
        return TypedResults.Ok<IReadOnlyList<DocumentListItem>>([.. documents.Select(d => DocumentListItem.From(d))]);
    }

    internal static async Task<Results<Ok<ExtractOutput>, ProblemHttpResult>> GetDocument(
        string id, ISitrepStore store, CancellationToken cancellationToken) =>
        await store.GetDocumentAsync(id, cancellationToken) is { } found
            ? TypedResults.Ok(found)
            : Problems.NotFound("document", id);

    internal static async Task<Results<Created<ExtractOutput>, Ok<ExtractOutput>, ValidationProblem, ProblemHttpResult>> AddDocument(
        IngestRequest document, ISitrepStore store, SitrepWebOptions options, CancellationToken cancellationToken)
    {
        var errors = DocumentIngestor.Validate(document, options.MaxDocumentChars);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        ExtractOutput analysed;
        using (var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
        {
            budget.CancelAfter(options.AnalysisTimeout);
            try
            {
                analysed = await Task.Run(() => DocumentIngestor.Analyse(document, budget.Token), budget.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return TypedResults.Problem(
                    title: "Analysis took too long",
                    detail: $"The document was not analysed within {options.AnalysisTimeout.TotalSeconds:0} seconds; nothing was stored.",
                    statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }

        var added = await store.AddDocumentAsync(analysed, "http", cancellationToken);
        return added
            ? TypedResults.Created($"/api/documents/{analysed.Document.Id}", analysed)
            : TypedResults.Ok(analysed);
    }
}
