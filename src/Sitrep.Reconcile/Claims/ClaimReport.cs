using Sitrep.Core.Contract;
using Sitrep.Reconcile.Common;

namespace Sitrep.Reconcile.Claims;

/// <summary>A claim as stored: its store-wide id, the document it was read from, and that document's outlet and date.</summary>
public sealed record ClaimReport(string StoreId, string DocumentId, ClaimDto Claim, string? Outlet, string? Published)
{
    /// <summary>The claim's own date, else the document's publication date.</summary>
    public DateOnly? From => IsoDates.Parse(Claim.From) ?? IsoDates.Parse(Claim.To) ?? IsoDates.Parse(Published);

    public DateOnly? To => IsoDates.Parse(Claim.To) ?? IsoDates.Parse(Claim.From) ?? IsoDates.Parse(Published);

    public static IReadOnlyList<ClaimReport> FromDocument(ExtractOutput analysed)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        var doc = analysed.Document;
        return [.. analysed.Claims.Select(c => new ClaimReport(StableIds.Claim(doc.Id, c.Id), doc.Id, c, doc.Outlet, doc.Published))];
    }
}
