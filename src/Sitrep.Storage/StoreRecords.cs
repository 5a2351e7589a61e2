using Sitrep.Core.Contract;
using Sitrep.Core.Errors;
using Sitrep.Storage.Relational;

namespace Sitrep.Storage;

/// <summary>An analysed document to store, with where it came from (see <see cref="ISitrepStore.AddDocumentsAsync"/>).</summary>
public sealed record NewDocument(ExtractOutput Analysed, string? Origin)
{
    private PreparedDocument? prepared;

    /// <summary>Builds what the store writes for this document (its event reports and claims, and the JSON of the
    /// extraction, of each report and of each claim) if not built yet, with the extraction in the form a store of
    /// <paramref name="form"/> keeps (<see cref="ISitrepStore.ExtractionForm"/>). The store calls it itself; calling
    /// it on the threads that extract lets the one thread that writes skip the work. A document prepared for the
    /// other form is still stored the same, converted by the thread that writes.</summary>
    public void Prepare(ExtractionForm form = ExtractionForm.Deflated) => prepared ??= PreparedDocument.Of(Analysed, form);

    /// <summary>Prepares the document (see <see cref="Prepare"/>) and returns it holding only what the store still
    /// reads: the document itself (its text and fields). The places, times, figures, attributions, events and claims
    /// of the extraction are in the prepared rows and JSON, so a document waiting in a pipeline to be stored does not
    /// keep them twice.</summary>
    public NewDocument Compact(ExtractionForm form = ExtractionForm.Deflated)
    {
        Prepare(form);
        return this with
        {
            Analysed = new ExtractOutput
            {
                Document = Analysed.Document, Places = [], Times = [], Quantities = [], Attributions = [], Claims = [], Events = [],
            },
        };
    }

    internal PreparedDocument Prepared
    {
        get
        {
            Prepare();
            return prepared!;
        }
    }
}

/// <summary>How a store keeps a document's extraction (see <see cref="ISitrepStore.ExtractionForm"/>): what
/// <see cref="NewDocument.Prepare"/> builds for it, on the threads that extract.</summary>
public enum ExtractionForm
{
    /// <summary>Compact JSON in UTF-8, deflated (SQLite keeps it as a blob).</summary>
    Deflated,

    /// <summary>Compact JSON as text (PostgreSQL, which compresses large values itself).</summary>
    Json,
}

/// <summary>A stored document without its text and extraction (see <see cref="ISitrepStore.GetDocumentAsync"/>).</summary>
public sealed record DocumentSummary(
    string Id,
    string? Title,
    string? Url,
    string? Outlet,
    string? Published,
    string Language,
    string? Medium,
    string? Origin,
    DateTimeOffset AddedAt,
    int Events,
    int Claims);

/// <summary>A search result: the document and a short excerpt with the matched words in [brackets].</summary>
public sealed record DocumentHit(DocumentSummary Document, string Snippet);

/// <summary>One document's report of a reconciled event; <paramref name="Reason"/> says why it was merged
/// ("first report" for the report that opened the event).</summary>
public sealed record EventReportRecord(string EventId, string DocumentId, string LocalId, string Reason, EventDto Report);

public sealed record ClaimLink(string ClaimId, string OtherClaimId, string Relation, string Reason)
{
    public const string Contradicts = "contradicts";
    public const string Corroborates = "corroborates";
}

public sealed record QuarantinedInput(SitrepError Error, DateTimeOffset RecordedAt);
