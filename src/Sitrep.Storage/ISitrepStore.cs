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

    Task<bool> HasDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Records an input that could not be read, with its located error; re-recording the same is a no-op.</summary>
    Task QuarantineAsync(SitrepError error, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EventDto>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ClaimDto>> QueryClaimsAsync(ClaimQuery query, CancellationToken cancellationToken = default);

    Task<StoreStatus> StatusAsync(CancellationToken cancellationToken = default);
}

public sealed record EventQuery(string? Place = null, DateOnly? From = null, DateOnly? To = null, string? Type = null, int Limit = 10_000);

public sealed record ClaimQuery(bool ContestedOnly = false, string? Place = null, int Limit = 10_000);

public sealed record StoreStatus(long Documents, long Events, long Claims, long Quarantined);
