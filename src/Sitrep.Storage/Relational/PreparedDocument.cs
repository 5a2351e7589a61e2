using Sitrep.Core.Contract;
using Sitrep.Core.Text;
using Sitrep.Reconcile.Claims;
using Sitrep.Reconcile.Common;
using Sitrep.Reconcile.Events;

namespace Sitrep.Storage.Relational;

/// <summary>A document's rows before they get a sequence number, with everything the thread that writes would
/// otherwise work out from them on its own, worked out here, on the extracting threads: the event reports and claims
/// as the store keeps them; each report prepared for matching (<see cref="MatchableReport"/>: its dates, type family,
/// span, the cues and the joined text of its evidence) with its dates as stored, and where each item of its lists is
/// in its JSON, which an event's merge state copies (<see cref="ReportItems"/>); each claim's stored columns and what
/// relating it reads (<see cref="PreparedClaim"/>); the stored JSON of the extraction (see <see cref="StoredExtraction"/>)
/// in the form the target store keeps (<see cref="ExtractionForm"/>: deflated, see <see cref="StoredExtraction.Deflate"/>,
/// in <paramref name="ExtractionDeflated"/>, with the text in UTF-8 in <paramref name="TextUtf8"/> as the store
/// writes it twice, to the row and the search index; or as text in <paramref name="ExtractionJson"/>; the others are
/// null), and of each report's event and of each claim in UTF-8 (half the memory of a string while the document
/// waits to be stored, and what the store writes).</summary>
internal sealed record PreparedDocument(
    byte[]? ExtractionDeflated,
    string? ExtractionJson,
    byte[]? TextUtf8,
    StoredExtraction.Omitted ExtractionOmits,
    IReadOnlyList<EventReport> Reports,
    IReadOnlyList<MatchableReport> Matchable,
    IReadOnlyList<(string? From, string? To)> ReportDays,
    IReadOnlyList<byte[]> ReportJson,
    IReadOnlyList<ReportItems> ReportItems,
    IReadOnlyList<ClaimReport> Claims,
    IReadOnlyList<PreparedClaim> ClaimFacts,
    IReadOnlyList<byte[]> ClaimJson)
{
    public static PreparedDocument Of(ExtractOutput analysed, ExtractionForm form = ExtractionForm.Deflated)
    {
        var reports = EventReport.FromDocument(analysed, 0);
        var claims = ClaimReport.FromDocument(analysed);
        var (extractionDeflated, extractionJson, omits) = StoredExtraction.Prepare(analysed, form);
        byte[][] reportJson = [.. reports.Select(r => SitrepJson.SerializeToUtf8Bytes(r.Event))];
        var matchable = new MatchableReport[reports.Count];
        var days = new (string?, string?)[reports.Count];
        for (var i = 0; i < reports.Count; i++)
        {
            var evidence = reports[i].EvidenceText;
            matchable[i] = new MatchableReport(reports[i], EvidenceCues.Of(evidence), evidence);
            days[i] = (IsoDates.Format(matchable[i].From), IsoDates.Format(matchable[i].To));
        }

        var deflated = form == ExtractionForm.Deflated;
        return new PreparedDocument(
            extractionDeflated,
            extractionJson,
            deflated ? System.Text.Encoding.UTF8.GetBytes(analysed.Document.Text) : null,
            omits,
            reports, matchable, days, reportJson, [.. reportJson.Select(j => Relational.ReportItems.Of(j))],
            claims, [.. claims.Select(PreparedClaim.Of)], [.. claims.Select(c => SitrepJson.SerializeToUtf8Bytes(c.Claim))]);
    }
}

/// <summary>What storing and relating a claim reads besides the claim: its period (<see cref="ClaimReport.From"/>,
/// <see cref="ClaimReport.To"/>) as days and as stored, its place's key, and, for a claim that may relate to others
/// (a place, a side and a kind with relations), its facts for matching (<see cref="MatchableClaim"/>, not yet sharing
/// the store's strings).</summary>
internal sealed record PreparedClaim(DateOnly? From, DateOnly? To, string? FromDay, string? ToDay, string? PlaceKey, MatchableClaim? Facts)
{
    public static PreparedClaim Of(ClaimReport c)
    {
        var (from, to) = (c.From, c.To);
        var relates = c.Claim.Place is not null && c.Claim.Side is not null && ClaimComparer.KindsRelatedTo(c.Claim.Kind).Count > 0;
        return new PreparedClaim(from, to, IsoDates.Format(from), IsoDates.Format(to), SitrepStore.PlaceKey(c.Claim.Place?.Name),
            relates ? MatchableClaim.ForMatching(c) : null);
    }
}
