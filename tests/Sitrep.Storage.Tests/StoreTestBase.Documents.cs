using Sitrep.Core.Contract;
using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests;

public abstract partial class StoreTestBase
{
    [Fact]
    public async Task GetDocument_StoredDocument_RoundTripsTheExtractionExactly()
    {
        var doc = Corpus.RussianCaptureClaim();
        await Store.AddDocumentAsync(doc, "feeds/mod.xml", Ct);

        var stored = await Store.GetDocumentAsync(doc.Document.Id, Ct);

        Assert.Equal(SitrepJson.Serialize(doc, indented: false), SitrepJson.Serialize(stored, indented: false));
        Assert.Null(await Store.GetDocumentAsync("doc-0000000000000000", Ct));
    }

    [Fact]
    public async Task ListDocuments_SeveralDates_NewestFirstWithCounts()
    {
        await AddAllAsync(Store, [Corpus.WireStrike(), Corpus.UkrainianDenial(), Corpus.MechanisedAssault()]);

        var list = await Store.ListDocumentsAsync(cancellationToken: Ct);

        Assert.Equal([Corpus.ClaimDay2, Corpus.AssaultDay, Corpus.StrikeDay], list.Select(d => d.Published));
        Assert.Equal((0, 1), (list[0].Events, list[0].Claims));
        Assert.Equal(("Eastern Wire", 1, "test"), (list[2].Outlet, list[2].Events, list[2].Origin));
        Assert.Equal(FixedClock.Default.GetUtcNow(), list[2].AddedAt);
        Assert.Single(await Store.ListDocumentsAsync(limit: 1, offset: 2, cancellationToken: Ct));
    }

    [Theory]
    [InlineData("missile", "Eastern Wire,Kharkiv Today")]
    [InlineData("Saltivskyi residential", "Eastern Wire,Kharkiv Today")]
    [InlineData("\"petrol station\"", "Kharkiv Today")]
    [InlineData("missile -schools", "Eastern Wire")]
    [InlineData("Купянск", "Vesti Telegram")]
    [InlineData("спростовує", "Ukrinform")]
    [InlineData("Pokrovsk or Kupiansk", "68th Brigade (Facebook),Donbas Daily")]
    [InlineData("tanks", "")]
    [InlineData("\"unbalanced AND (", "")]
    public async Task SearchDocuments_Query_FindsDocumentsByTitleAndText(string query, string outlets)
    {
        await AddAllAsync(Store, [Corpus.WireStrike(), Corpus.RepublishedStrike(), Corpus.DroneSameDay(), Corpus.MechanisedAssault(),
            Corpus.Infiltration(), Corpus.RussianCaptureClaim(), Corpus.UkrainianDenial()]);

        var hits = await Store.SearchDocumentsAsync(query, cancellationToken: Ct);

        Assert.Equal(outlets, string.Join(",", hits.Select(h => h.Document.Outlet).Order(StringComparer.Ordinal)));
        Assert.All(hits, h => Assert.Contains('[', h.Snippet));
    }
}
