using System.Data.Common;
using System.Globalization;
using Sitrep.Core.Contract;
using Sitrep.Storage.Relational;

namespace Sitrep.Storage;

public sealed partial class SitrepStore
{
    private const string SummaryColumns =
        "d.id, d.title, d.url, d.outlet, d.published, d.language, d.medium, d.origin, d.added_at, d.event_count, d.claim_count";

    /// <summary>Stores the document, its events (reconciled with stored ones) and its claims (related to stored ones)
    /// in one transaction: an interrupted ingest leaves either all of a document or nothing.</summary>
    public async Task<bool> AddDocumentAsync(ExtractOutput analysed, string? origin, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(analysed);
        return (await AddDocumentsAsync([new NewDocument(analysed, origin)], cancellationToken))[0];
    }

    /// <summary>Stores a batch of documents in one transaction (all of the batch or nothing), in order, each
    /// reconciled with what is stored and with the documents before it in the batch. Merged events are rebuilt
    /// once, at the end of the batch. Returns for each document whether it was added (false when it was already stored).</summary>
    public async Task<IReadOnlyList<bool>> AddDocumentsAsync(IReadOnlyList<NewDocument> documents, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var ct = cancellationToken;
        var added = new bool[documents.Count];
        if (documents.Count == 0)
        {
            return added;
        }

        foreach (var document in documents)
        {
            ArgumentNullException.ThrowIfNull(document);
            document.Prepare(dialect.ExtractionForm); // unless prepared already, on the threads that extract
        }

        await writing.WaitAsync(ct);
        try
        {
            await using var connection = await dialect.OpenAsync(ct);
            await dialect.PrepareWriterAsync(connection, ct);
            await using var tx = await connection.BeginTransactionAsync(ct);
            await dialect.LockAsync(connection, tx, ct);
            await using var statements = new Statements(connection);
            var seq = Convert.ToInt64(await statements.ScalarAsync(tx, "SELECT COALESCE(MAX(seq), 0) FROM documents", ct), CultureInfo.InvariantCulture);
            if (seq != window.StoredSeq)
            {
                // first batch, or another writer stored documents since our last one: what we hold may be stale
                window.Reset(storeIsEmpty: seq == 0);
                claimWindow.Reset(storeIsEmpty: seq == 0);
                states.Clear();
                eventRows.Clear();
            }

            window.StoredSeq = -1;
            unwrittenEvents.Clear();
            await CheckPositionsAsync(statements, tx, documents, ct);
            var stored = await StoredIdsAsync(statements, tx, documents.Select(d => d.Analysed.Document.Id), ct);
            var touched = new TouchedEvents();
            for (var i = 0; i < documents.Count; i++)
            {
                if (stored.Add(documents[i].Analysed.Document.Id))
                {
                    await AddOneAsync(statements, tx, documents[i], ++seq, touched, ct);
                    added[i] = true;
                }
            }

            foreach (var node in touched.Events)
            {
                await RebuildEventAsync(statements, tx, node, ct);
            }

            if (unwrittenEvents.Count > 0)
            {
                throw new InvalidOperationException($"{unwrittenEvents.Count} events opened by the batch have no row.");
            }

            await tx.CommitAsync(ct);
            dialect.Committed(connection);
            window.StoredSeq = seq;
            window.Trim();
            claimWindow.Trim();
            states.Trim();
            return added;
        }
        catch
        {
            // the transaction rolled back: forget what the batch added to the window and the states
            window.Reset(storeIsEmpty: false);
            claimWindow.Reset(storeIsEmpty: false);
            states.Clear();
            eventRows.Clear();
            throw;
        }
        finally
        {
            writing.Release();
        }
    }

    public async Task<IReadOnlySet<string>> StoredDocumentIdsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documentIds);
        if (documentIds.Count == 0)
        {
            return new HashSet<string>(StringComparer.Ordinal);
        }

        await using var connection = await dialect.OpenAsync(cancellationToken);
        await using var statements = new Statements(connection);
        return await StoredIdsAsync(statements, null, documentIds, cancellationToken);
    }

    /// <summary>Which of the documents are stored already, in one query per 500.</summary>
    private static async Task<HashSet<string>> StoredIdsAsync(Statements connection, DbTransaction? tx, IEnumerable<string> documentIds, CancellationToken ct)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in documentIds.Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var names = string.Join(", ", chunk.Select((_, i) => $"@id{i}"));
            var ids = await connection.QueryAsync(tx, $"SELECT id FROM documents WHERE id IN ({names})", r => r.GetString(0), ct,
                [.. chunk.Select((id, i) => ($"@id{i}", (object?)id))]);
            stored.UnionWith(ids);
        }

        return stored;
    }

    private async Task AddOneAsync(Statements connection, DbTransaction tx, NewDocument item, long seq, TouchedEvents touched, CancellationToken ct)
    {
        var (analysed, origin, prepared) = (item.Analysed, item.Origin, item.Prepared);
        var doc = analysed.Document;
        await dialect.InsertDocumentAsync(connection, tx, new DocumentRow(
            seq, doc.Id, doc.Title, doc.Url, doc.Outlet, doc.Published, doc.Language, doc.Medium, origin, Now(),
            prepared.Reports.Count, prepared.Claims.Count, doc.Text, prepared.TextUtf8, prepared.ExtractionDeflated, prepared.ExtractionJson,
            (long)prepared.ExtractionOmits), ct);
        await AddEventsAsync(connection, tx, prepared, seq, touched, ct);
        await AddClaimsAsync(connection, tx, prepared, seq, ct);
    }

    public async Task<bool> HasDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.ScalarAsync(null, "SELECT 1 FROM documents WHERE id = @id", cancellationToken, ("@id", documentId)) is not null;
    }

    public async Task<IReadOnlyList<DocumentSummary>> ListDocumentsAsync(int limit = 100, int offset = 0, CancellationToken cancellationToken = default)
    {
        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QueryAsync(null, $"""
            SELECT {SummaryColumns} FROM documents d
            ORDER BY CASE WHEN d.published IS NULL THEN 1 ELSE 0 END, d.published DESC, d.id
            LIMIT @limit OFFSET @offset
            """, Summary, cancellationToken, ("@limit", (long)limit), ("@offset", (long)offset));
    }

    public async Task<ExtractOutput?> GetDocumentAsync(string documentId, CancellationToken cancellationToken = default)
    {
        var ct = cancellationToken;
        await using var connection = await dialect.OpenAsync(ct);
        var rows = await connection.QueryAsync(null, "SELECT extraction, text, extraction_omits FROM documents WHERE id = @id",
            r =>
            {
                var omits = (StoredExtraction.Omitted)r.Long(2);
                return (Json: StoredExtraction.Json(r, 0, omits), Text: r.GetString(1), Omits: omits);
            }, ct, ("@id", documentId));
        if (rows.Count == 0)
        {
            return null;
        }

        var (json, text, omits) = rows[0];
        return await StoredExtraction.RestoreAsync(FromJson<ExtractOutput>(json), omits, text,
            () => connection.QueryAsync(null, "SELECT json FROM claims WHERE document_id = @id ORDER BY ordinal",
                r => FromJson<ClaimDto>(r.GetString(0)), ct, ("@id", documentId)),
            () => connection.QueryAsync(null, "SELECT json FROM event_reports WHERE document_id = @id ORDER BY ordinal",
                r => FromJson<EventDto>(r.GetString(0)), ct, ("@id", documentId)));
    }

    public async Task<IReadOnlyList<DocumentHit>> SearchDocumentsAsync(string query, int limit = 50, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (dialect.SearchQuery(query) is not { } q)
        {
            return [];
        }

        await using var connection = await dialect.OpenAsync(cancellationToken);
        return await connection.QueryAsync(null, dialect.SearchSql(SummaryColumns),
            r => new DocumentHit(Summary(r), r.Text(11) ?? ""), cancellationToken, ("@q", q), ("@limit", (long)limit));
    }

    private static DocumentSummary Summary(DbDataReader r) => new(
        r.GetString(0), r.Text(1), r.Text(2), r.Text(3), r.Text(4), r.GetString(5), r.Text(6), r.Text(7),
        DateTimeOffset.Parse(r.GetString(8), CultureInfo.InvariantCulture), (int)r.Long(9), (int)r.Long(10));
}
