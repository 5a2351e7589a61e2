using Sitrep.Core.Contract;
using Sitrep.Core.Text;
using Sitrep.Reconcile.Claims;
using Sitrep.Reconcile.Events;

namespace Sitrep.Storage.Relational;

/// <summary>A document's rows before they get a sequence number: the event reports and claims as the store keeps
/// them (with the cues of each report's evidence, which matching reads, and where each item of a report's lists is in
/// its JSON, which an event's merge state copies: worked out here, on the extracting threads),
/// and the stored JSON of the extraction (see <see cref="StoredExtraction"/>) in the form the target store keeps
/// (<see cref="ExtractionForm"/>: deflated, see <see cref="StoredExtraction.Deflate"/>, in <paramref name="ExtractionDeflated"/>;
/// or as text in <paramref name="ExtractionJson"/>; the other one is null), and of each report's event and of each
/// claim in UTF-8 (half the memory of a string while the document waits to be stored, and what the store writes).</summary>
internal sealed record PreparedDocument(
    byte[]? ExtractionDeflated,
    string? ExtractionJson,
    StoredExtraction.Omitted ExtractionOmits,
    IReadOnlyList<EventReport> Reports,
    IReadOnlyList<EvidenceCues> ReportCues,
    IReadOnlyList<byte[]> ReportJson,
    IReadOnlyList<ReportItems> ReportItems,
    IReadOnlyList<ClaimReport> Claims,
    IReadOnlyList<byte[]> ClaimJson)
{
    public static PreparedDocument Of(ExtractOutput analysed, ExtractionForm form = ExtractionForm.Deflated)
    {
        var reports = EventReport.FromDocument(analysed, 0);
        var claims = ClaimReport.FromDocument(analysed);
        var (extraction, omits) = StoredExtraction.Serialize(analysed);
        byte[][] reportJson = [.. reports.Select(r => SitrepJson.SerializeToUtf8Bytes(r.Event))];
        return new PreparedDocument(
            form == ExtractionForm.Deflated ? StoredExtraction.Deflate(extraction) : null,
            form == ExtractionForm.Deflated ? null : System.Text.Encoding.UTF8.GetString(extraction), omits,
            reports, [.. reports.Select(r => EvidenceCues.Of(r.EvidenceText))], reportJson, [.. reportJson.Select(j => Relational.ReportItems.Of(j))],
            claims, [.. claims.Select(c => SitrepJson.SerializeToUtf8Bytes(c.Claim))]);
    }
}
