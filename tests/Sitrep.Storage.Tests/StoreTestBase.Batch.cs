using Sitrep.Core.Contract;
using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests;

public abstract partial class StoreTestBase
{
    [Fact]
    public async Task AddDocuments_WholeCorpusInOneBatch_SameEventsReportsAndClaimsAsOneByOne()
    {
        var all = Corpus.All();

        var added = await Store.AddDocumentsAsync([.. all.Select(d => new NewDocument(d, "test"))], Ct);

        Assert.All(added, Assert.True);
        var (_, single) = await FreshStoreAsync();
        await AddAllAsync(single, all);
        await AssertSameContentAsync(single, Store);
    }

    [Fact]
    public async Task AddDocuments_BatchWithAlreadyStoredDocument_ChangesNothingForItAndAddsTheRest()
    {
        var all = Corpus.All();
        await Store.AddDocumentAsync(all[0], "inbox/strike.html", Ct);
        var storedBefore = SitrepJson.Serialize(await Store.GetDocumentAsync(all[0].Document.Id, Ct), indented: false);

        var added = await Store.AddDocumentsAsync([.. all.Select(d => new NewDocument(d, "test"))], Ct);

        Assert.Equal([false, .. Enumerable.Repeat(true, all.Count - 1)], added);
        Assert.Equal(storedBefore, SitrepJson.Serialize(await Store.GetDocumentAsync(all[0].Document.Id, Ct), indented: false));
        Assert.Equal("inbox/strike.html", (await Store.ListDocumentsAsync(cancellationToken: Ct)).Single(d => d.Id == all[0].Document.Id).Origin);
        var (_, single) = await FreshStoreAsync();
        await AddAllAsync(single, all);
        await AssertSameContentAsync(single, Store);
    }

    [Fact]
    public async Task AddDocuments_BatchFailsOnItsLastDocument_StoresNoneOfTheBatch()
    {
        await Store.AddDocumentAsync(Corpus.WireStrike(), null, Ct);
        var before = await Store.StatusAsync(Ct);
        var batch = new[] { Corpus.Infiltration(), Corpus.RussianCaptureClaim(), WithDuplicateEvent(Corpus.MechanisedAssault()) };

        await Assert.ThrowsAnyAsync<Exception>(() => Store.AddDocumentsAsync([.. batch.Select(d => new NewDocument(d, null))], Ct));

        Assert.Equal(before, await Store.StatusAsync(Ct));
        foreach (var doc in batch)
        {
            Assert.False(await Store.HasDocumentAsync(doc.Document.Id, Ct));
        }

        var retried = await Store.AddDocumentsAsync([.. batch.Take(2).Select(d => new NewDocument(d, null))], Ct);
        Assert.Equal([true, true], retried);
    }

    [Fact]
    public async Task AddDocuments_TwoWritersTakingTurns_SameContentAsOneWriter()
    {
        var all = Corpus.All();
        var other = await OpenAsync(Connection);

        for (var i = 0; i < all.Count; i++)
        {
            await (i % 2 == 0 ? Store : other).AddDocumentsAsync([new NewDocument(all[i], "test")], Ct);
        }

        var (_, single) = await FreshStoreAsync();
        await single.AddDocumentsAsync([.. all.Select(d => new NewDocument(d, "test"))], Ct);
        await AssertSameContentAsync(single, Store);
        await AssertSameContentAsync(single, other);
    }

    [Fact]
    public async Task AddDocuments_AfterABatchThatFailed_SameContentAsWithoutIt()
    {
        var all = Corpus.All();
        await Store.AddDocumentsAsync([.. all.Take(3).Select(d => new NewDocument(d, "test"))], Ct);
        var broken = all.Skip(3).First(d => d.Events.Count > 0);
        var failing = all.Skip(3).Where(d => d != broken).Take(2).Select(d => new NewDocument(d, "test"))
            .Append(new NewDocument(WithDuplicateEvent(broken), "test"));

        await Assert.ThrowsAnyAsync<Exception>(() => Store.AddDocumentsAsync([.. failing], Ct));
        await Store.AddDocumentsAsync([.. all.Skip(3).Select(d => new NewDocument(d, "test"))], Ct);

        var (_, clean) = await FreshStoreAsync();
        await clean.AddDocumentsAsync([.. all.Take(3).Select(d => new NewDocument(d, "test"))], Ct);
        await clean.AddDocumentsAsync([.. all.Skip(3).Select(d => new NewDocument(d, "test"))], Ct);
        await AssertSameContentAsync(clean, Store);
    }

    [Fact]
    public async Task StoredDocumentIds_MixOfStoredAndNew_ReturnsTheStoredOnes()
    {
        var all = Corpus.All();
        await Store.AddDocumentsAsync([.. all.Take(2).Select(d => new NewDocument(d, "test"))], Ct);

        var stored = await Store.StoredDocumentIdsAsync([.. all.Select(d => d.Document.Id), all[0].Document.Id], Ct);

        Assert.Equal(all.Take(2).Select(d => d.Document.Id).Order(StringComparer.Ordinal), stored.Order(StringComparer.Ordinal));
        Assert.Empty(await Store.StoredDocumentIdsAsync([], Ct));
    }

    [Fact]
    public async Task AddDocuments_EmptyBatch_ChangesNothing()
    {
        Assert.Empty(await Store.AddDocumentsAsync([], Ct));
        Assert.Equal(new StoreStatus(0, 0, 0, 0), await Store.StatusAsync(Ct));
    }

    /// <summary>Events, each event's reports with the reasons they were merged, and claims with their links.</summary>
    private static async Task AssertSameContentAsync(ISitrepStore expected, ISitrepStore actual)
    {
        Assert.Equal(await expected.StatusAsync(Ct), await actual.StatusAsync(Ct));
        var events = await expected.QueryEventsAsync(new EventQuery(), Ct);
        Assert.Equal(Json(events), Json(await actual.QueryEventsAsync(new EventQuery(), Ct)));
        foreach (var e in events)
        {
            Assert.Equal(Reports(await expected.GetEventReportsAsync(e.Id, Ct)), Reports(await actual.GetEventReportsAsync(e.Id, Ct)));
        }

        var claims = await expected.QueryClaimsAsync(new ClaimQuery(), Ct);
        Assert.Equal(Claims(claims), Claims(await actual.QueryClaimsAsync(new ClaimQuery(), Ct)));
        foreach (var c in claims)
        {
            Assert.Equal(await expected.GetClaimLinksAsync(c.Id, Ct), await actual.GetClaimLinksAsync(c.Id, Ct));
        }
    }

    private static List<string> Reports(IReadOnlyList<EventReportRecord> reports) =>
        [.. reports.Select(r => $"{r.EventId} {r.DocumentId} {r.LocalId} {r.Reason} {SitrepJson.Serialize(r.Report, indented: false)}")];

    private static List<string> Claims(IReadOnlyList<ClaimDto> claims) =>
        [.. claims.Select(c => SitrepJson.Serialize(c, indented: false))];
}
