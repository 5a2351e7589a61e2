using Sitrep.Core.Contract;
using Sitrep.Reconcile.Claims;
using Sitrep.Reconcile.Events;

namespace Sitrep.Storage.Relational;

/// <summary>A document's rows before they get a sequence number: the event reports and claims as the store keeps
/// them, and the stored JSON of the extraction, of each report's event and of each claim.</summary>
internal sealed record PreparedDocument(
    string ExtractionJson,
    IReadOnlyList<EventReport> Reports,
    IReadOnlyList<string> ReportJson,
    IReadOnlyList<ClaimReport> Claims,
    IReadOnlyList<string> ClaimJson)
{
    public static PreparedDocument Of(ExtractOutput analysed)
    {
        var reports = EventReport.FromDocument(analysed, 0);
        var claims = ClaimReport.FromDocument(analysed);
        return new PreparedDocument(
            SitrepJson.Serialize(analysed, indented: false),
            reports, [.. reports.Select(r => SitrepJson.Serialize(r.Event, indented: false))],
            claims, [.. claims.Select(c => SitrepJson.Serialize(c.Claim, indented: false))]);
    }
}
