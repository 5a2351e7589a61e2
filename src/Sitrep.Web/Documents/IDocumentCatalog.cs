using Sitrep.Core.Contract;

namespace Sitrep.Web.Documents;

/// <summary>Reads stored documents with their extraction.</summary>
internal interface IDocumentCatalog
{
    Task<IReadOnlyList<DocumentSummary>> ListAsync(string? search, int limit, CancellationToken cancellationToken);

    Task<ExtractOutput?> GetAsync(string id, CancellationToken cancellationToken);
}
