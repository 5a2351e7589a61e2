using Sitrep.Core.Contract;
using Sitrep.Core.Errors;
using Sitrep.Storage;
using Sitrep.Web.Documents;

namespace Sitrep.Web.Tests.Support;

/// <summary>Stand-in store until the SQLite store is merged in (then the tests use the real one).</summary>
internal sealed class MemoryStore : ISitrepStore, IDocumentCatalog
{
    private readonly List<ExtractOutput> _documents = [];
    private readonly Lock _gate = new();

    public Task MigrateAsync(CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<bool> AddDocumentAsync(ExtractOutput analysed, string? origin, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (_documents.Any(d => d.Document.Id == analysed.Document.Id))
            {
                return Task.FromResult(false);
            }

            _documents.Add(analysed);
            return Task.FromResult(true);
        }
    }

    public Task<bool> HasDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Snapshot().Any(d => d.Document.Id == documentId));

    public Task QuarantineAsync(SitrepError error, CancellationToken cancellationToken = default) => Task.CompletedTask;

    public Task<IReadOnlyList<EventDto>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default)
    {
        var events = Snapshot().SelectMany(d => d.Events.Select(e => WithDocument(e, d.Document.Id)))
            .Where(e => query.Place is null || (e.Location?.Name.Contains(query.Place, StringComparison.OrdinalIgnoreCase) ?? false))
            .Where(e => query.Type is null || e.Type == query.Type)
            .Where(e => query.From is null || string.CompareOrdinal(e.To ?? e.From, Iso(query.From)) >= 0)
            .Where(e => query.To is null || string.CompareOrdinal(e.From, Iso(query.To)) <= 0)
            .Take(query.Limit).ToList();
        return Task.FromResult<IReadOnlyList<EventDto>>(events);
    }

    public Task<IReadOnlyList<ClaimDto>> QueryClaimsAsync(ClaimQuery query, CancellationToken cancellationToken = default)
    {
        var claims = Snapshot().SelectMany(d => d.Claims.Select(c => (c, d.Document))).ToList();
        var contradicted = claims.SelectMany(x => x.c.Contradicts).ToHashSet();
        var result = claims
            .Where(x => !query.ContestedOnly || x.c.Contradicts.Count > 0 || contradicted.Contains(x.c.Id))
            .Select(x => new ClaimDto
            {
                Id = x.c.Id, Claimant = x.c.Claimant, Side = x.c.Side, Kind = x.c.Kind, Place = x.c.Place, Extent = x.c.Extent, Stance = x.c.Stance,
                Start = x.c.Start, End = x.c.End, Text = x.c.Text, From = x.c.From, To = x.c.To, Confidence = x.c.Confidence, Contradicts = x.c.Contradicts,
                DocumentId = x.Document.Id, Outlet = x.Document.Outlet, Published = x.Document.Published,
            })
            .Take(query.Limit).ToList();
        return Task.FromResult<IReadOnlyList<ClaimDto>>(result);
    }

    public Task<StoreStatus> StatusAsync(CancellationToken cancellationToken = default)
    {
        var docs = Snapshot();
        return Task.FromResult(new StoreStatus(docs.Count, docs.Sum(d => d.Events.Count), docs.Sum(d => d.Claims.Count), 0));
    }

    public Task<IReadOnlyList<DocumentSummary>> ListAsync(string? search, int limit, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DocumentSummary>>(Snapshot()
            .Where(d => search is null || d.Document.Text.Contains(search, StringComparison.OrdinalIgnoreCase))
            .Take(limit)
            .Select(d => new DocumentSummary
            {
                Id = d.Document.Id, Title = d.Document.Title, Url = d.Document.Url, Outlet = d.Document.Outlet, Published = d.Document.Published,
                Language = d.Document.Language, Events = d.Events.Count, Claims = d.Claims.Count,
            }).ToList());

    public Task<ExtractOutput?> GetAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(Snapshot().FirstOrDefault(d => d.Document.Id == id));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private List<ExtractOutput> Snapshot()
    {
        lock (_gate)
        {
            return [.. _documents];
        }
    }

    private static string Iso(DateOnly? date) => ContractNames.Iso(date);

    private static EventDto WithDocument(EventDto e, string documentId) => new()
    {
        Id = e.Id, Type = e.Type, Subtype = e.Subtype, From = e.From, To = e.To, TimePrecision = e.TimePrecision, Location = e.Location,
        Actors = e.Actors, Quantities = e.Quantities, Outcome = e.Outcome, Sources = e.Sources, Evidence = e.Evidence,
        Confidence = e.Confidence, Documents = [documentId],
    };
}
