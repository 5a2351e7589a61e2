using Sitrep.Storage;
using Sitrep.Web.Documents;

namespace Sitrep.Web.Hosting;

/// <summary>Opens the store the server reads and writes.</summary>
internal static class StoreOpener
{
    public static async Task<ISitrepStore> OpenAsync(string? connection, TimeProvider clock, CancellationToken cancellationToken)
    {
        await Task.Yield();
        throw new NotSupportedException($"Opening '{connection}' at {clock.GetUtcNow()} needs the storage implementation.");
    }

    public static IDocumentCatalog Catalog(ISitrepStore store) =>
        store as IDocumentCatalog ?? throw new NotSupportedException("The store does not list documents yet.");
}
