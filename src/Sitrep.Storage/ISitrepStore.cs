using Sitrep.Core.Contract;
using Sitrep.Core.Errors;

namespace Sitrep.Storage;

/// <summary>
/// The store behind <c>ingest</c>, <c>events</c>, <c>claims</c>, <c>export</c> and <c>status</c>.
/// Implemented by SQLite (embedded default) and PostgreSQL (server). Writes are idempotent by document id.
/// </summary>
public interface ISitrepStore : IAsyncDisposable
{
    /// <summary>Creates or upgrades the schema.</summary>
    Task MigrateAsync(CancellationToken cancellationToken = default);

    /// <summary>Stores an analysed document and reconciles its events and claims with what is stored.
    /// Returns false when the document was already stored (nothing changes).</summary>
    Task<bool> AddDocumentAsync(ExtractOutput analysed, string? origin, CancellationToken cancellationToken = default);

    /// <summary>Stores a batch of analysed documents in order, in one transaction: an interrupted ingest leaves
    /// either the whole batch or none of it. Returns for each document whether it was added.</summary>
    Task<IReadOnlyList<bool>> AddDocumentsAsync(IReadOnlyList<NewDocument> documents, CancellationToken cancellationToken = default);

    Task<bool> HasDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Which of <paramref name="documentIds"/> are stored, in one round trip (a batch of input checked at once).</summary>
    Task<IReadOnlySet<string>> StoredDocumentIdsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default);

    /// <summary>Records an input that could not be read, with its located error; re-recording the same is a no-op.</summary>
    Task QuarantineAsync(SitrepError error, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EventDto>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ClaimDto>> QueryClaimsAsync(ClaimQuery query, CancellationToken cancellationToken = default);

    Task<StoreStatus> StatusAsync(CancellationToken cancellationToken = default);

    /// <summary>"sqlite" or "postgresql".</summary>
    string Provider { get; }

    /// <summary>The form this store keeps a document's extraction in: documents prepared in it
    /// (<see cref="NewDocument.Compact"/>) are stored without converting it on the thread that writes.</summary>
    ExtractionForm ExtractionForm { get; }

    /// <summary>Stored documents, newest publication first (undated last), then by id.</summary>
    Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(int limit = 100, int offset = 0, CancellationToken cancellationToken = default);

    /// <summary>A stored document with its extraction exactly as it was added, or null.</summary>
    Task<ExtractOutput?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Full-text search over title and text. The query reads like a web search: words (all must occur),
    /// "quoted phrases", <c>or</c> between alternatives, <c>-word</c> to exclude. Best matches first.</summary>
    Task<IReadOnlyList<DocumentHit>> SearchDocumentsAsync(string query, int limit = 50, CancellationToken cancellationToken = default);

    /// <summary>One reconciled event by its store id (or by an id it had before another event was merged into it), or null.</summary>
    Task<EventDto?> GetEventAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>The per-document reports merged into an event, in ingest order, each with the reason it was merged.</summary>
    Task<IReadOnlyList<EventReportRecord>> GetEventReportsAsync(string eventId, CancellationToken cancellationToken = default);

    /// <summary>What a stored claim contradicts or corroborates, with the reason.</summary>
    Task<IReadOnlyList<ClaimLink>> GetClaimLinksAsync(string claimId, CancellationToken cancellationToken = default);

    /// <summary>The quarantined inputs with their located errors, in the order they were recorded.</summary>
    Task<IReadOnlyList<QuarantinedInput>> ListQuarantinedAsync(int limit = 1000, CancellationToken cancellationToken = default);
}

public sealed record EventQuery(string? Place = null, DateOnly? From = null, DateOnly? To = null, string? Type = null, int Limit = 10_000);

public sealed record ClaimQuery(bool ContestedOnly = false, string? Place = null, int Limit = 10_000);

public sealed record StoreStatus(long Documents, long Events, long Claims, long Quarantined);
