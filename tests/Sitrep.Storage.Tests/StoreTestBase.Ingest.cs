using Sitrep.Core.Contract;
using Sitrep.Core.Errors;
using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests;

public abstract partial class StoreTestBase
{
    [Fact]
    public async Task AddDocument_SameDocumentTwice_SecondReturnsFalseAndChangesNothing()
    {
        Assert.True(await Store.AddDocumentAsync(Corpus.WireStrike(), "inbox/strike.html", Ct));
        await Store.AddDocumentAsync(Corpus.RussianCaptureClaim(), null, Ct);
        var before = await Store.StatusAsync(Ct);
        var eventsBefore = Json(await Store.QueryEventsAsync(new EventQuery(), Ct));

        Assert.False(await Store.AddDocumentAsync(Corpus.WireStrike(), "inbox/copy-of-strike.html", Ct));
        Assert.False(await Store.AddDocumentAsync(Corpus.RussianCaptureClaim(), null, Ct));

        Assert.Equal(before, await Store.StatusAsync(Ct));
        Assert.Equal(eventsBefore, Json(await Store.QueryEventsAsync(new EventQuery(), Ct)));
        Assert.True(await Store.HasDocumentAsync(Corpus.WireStrike().Document.Id, Ct));
    }

    [Fact]
    public async Task AddDocument_InterruptedIngestRerun_StoresEachDocumentOnce()
    {
        var all = Corpus.All();
        await AddAllAsync(Store, all.Take(4));

        var rerun = await AddAllAsync(await OpenAsync(Connection), all);

        Assert.Equal([false, false, false, false, true, true, true, true, true], rerun);
        var (_, clean) = await FreshStoreAsync();
        await AddAllAsync(clean, all);
        Assert.Equal(await clean.StatusAsync(Ct), await Store.StatusAsync(Ct));
        Assert.Equal(
            Json(await clean.QueryEventsAsync(new EventQuery(), Ct)),
            Json(await Store.QueryEventsAsync(new EventQuery(), Ct)));
    }

    [Fact]
    public async Task AddDocument_FailsHalfWay_KeepsEarlierDocumentsAndNothingOfTheFailedOne()
    {
        await Store.AddDocumentAsync(Corpus.WireStrike(), null, Ct);
        var good = Corpus.MechanisedAssault();
        var broken = WithDuplicateEvent(good);

        await Assert.ThrowsAnyAsync<Exception>(() => Store.AddDocumentAsync(broken, null, Ct));

        Assert.Equal(new StoreStatus(1, 1, 0, 0), await Store.StatusAsync(Ct));
        Assert.False(await Store.HasDocumentAsync(good.Document.Id, Ct));
        Assert.True(await Store.AddDocumentAsync(good, null, Ct));
        Assert.Equal(new StoreStatus(2, 2, 0, 0), await Store.StatusAsync(Ct));
    }

    [Fact]
    public async Task AddDocument_TwoWritersAtOnce_EachDocumentStoredOnceAndEventsAsInOneRun()
    {
        var all = Corpus.All();
        var second = await OpenAsync(Connection);

        var results = await Task.WhenAll(
            Task.Run(() => AddAllAsync(Store, all), Ct),
            Task.Run(() => AddAllAsync(second, all.Reverse()), Ct));

        Assert.Equal(all.Count, results.SelectMany(r => r).Count(added => added));
        var (_, clean) = await FreshStoreAsync();
        await AddAllAsync(clean, all);
        Assert.Equal(await clean.StatusAsync(Ct), await Store.StatusAsync(Ct));
    }

    [Fact]
    public async Task Status_MixedIngest_CountsDocumentsReconciledEventsClaimsAndQuarantine()
    {
        await AddAllAsync(Store, Corpus.All());
        var error = new SitrepError(ErrorCodes.Malformed, "unterminated <div> element", new SourceLocation("inbox/broken.html", Line: 41));
        await Store.QuarantineAsync(error, Ct);
        await Store.QuarantineAsync(error, Ct);
        await Store.QuarantineAsync(new SitrepError(ErrorCodes.TooLarge, "input is 80 MB, the limit is 20 MB", new SourceLocation("inbox/dump.json")), Ct);

        // 3 strike reports -> 1 event, + drone + 2 Pokrovsk assaults = 4 events; 3 claims.
        Assert.Equal(new StoreStatus(9, 4, 3, 2), await Store.StatusAsync(Ct));
        var quarantined = await Store.ListQuarantinedAsync(cancellationToken: Ct);
        Assert.Contains(quarantined, q => q.Error == error);
    }

    [Fact]
    public async Task MigrateAsync_ReopenedStore_KeepsDataAndSchema()
    {
        await Store.AddDocumentAsync(Corpus.WireStrike(), null, Ct);

        var reopened = await OpenAsync(Connection);
        await reopened.MigrateAsync(Ct);

        Assert.Equal(1, (await reopened.StatusAsync(Ct)).Documents);
        Assert.Equal(8, await ((SitrepStore)reopened).SchemaVersionAsync(Ct));
    }

    [Fact]
    public async Task OpenAsync_StoreOfANewerSchema_IsRefusedWithItsVersionAndKeepsData()
    {
        await Store.AddDocumentAsync(Corpus.WireStrike(), null, Ct);
        await Store.DisposeAsync();
        await ExecuteRawAsync(Connection, "INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'from a newer build', '2026-11-27T00:00:00Z');");

        var refused = await Assert.ThrowsAsync<SitrepException>(() => OpenAsync(Connection));

        Assert.Equal(ErrorCodes.StoreFailed, refused.Error.Code);
        Assert.Contains("version 99, newer than this build", refused.Message, StringComparison.Ordinal);
        await ExecuteRawAsync(Connection, "DELETE FROM schema_version WHERE version = 99;");
        var reopened = await OpenAsync(Connection);
        Assert.Equal(1, (await reopened.StatusAsync(Ct)).Documents);
    }

    [Fact]
    public async Task OpenAsync_DatabaseAtVersionOne_UpgradesAndKeepsData()
    {
        await AddAllAsync(Store, [Corpus.WireStrike(), Corpus.UkrainianDenial()]);
        await Store.DisposeAsync();
        await ExecuteRawAsync(Connection, "DROP TABLE event_aliases; DROP INDEX ix_event_reports_window; DROP INDEX ix_claims_window; " +
            "ALTER TABLE events DROP COLUMN latest_from; ALTER TABLE events DROP COLUMN earliest_to; ALTER TABLE events DROP COLUMN named_day; " +
            "ALTER TABLE documents DROP COLUMN extraction_omits; DELETE FROM schema_version WHERE version >= 2;");

        var upgraded = await OpenAsync(Connection);

        Assert.Equal(8, await ((SitrepStore)upgraded).SchemaVersionAsync(Ct));
        Assert.Equal(new StoreStatus(2, 1, 1, 0), await upgraded.StatusAsync(Ct));
        Assert.True(await upgraded.AddDocumentAsync(Corpus.RepublishedStrike(), null, Ct));
        Assert.Single(await upgraded.QueryEventsAsync(new EventQuery(), Ct));
    }

    [Fact]
    public async Task OpenAsync_StoreBeforeClaimsWereKeyedByDocument_KeepsClaimsAndTheirLinks()
    {
        await AddAllAsync(Store, Corpus.All());
        var claims = await Store.QueryClaimsAsync(new ClaimQuery(), Ct);
        var links = new List<ClaimLink>();
        foreach (var claim in claims)
        {
            links.AddRange(await Store.GetClaimLinksAsync(claim.Id, Ct));
        }

        Assert.NotEmpty(links);
        var contested = ClaimsJson(await Store.QueryClaimsAsync(new ClaimQuery(ContestedOnly: true), Ct));
        await Store.DisposeAsync();
        await ExecuteRawAsync(Connection, "ALTER TABLE documents DROP COLUMN extraction_omits; DELETE FROM schema_version WHERE version >= 6;");

        var upgraded = await OpenAsync(Connection);

        Assert.Equal(8, await ((SitrepStore)upgraded).SchemaVersionAsync(Ct));
        Assert.Equal(ClaimsJson(claims), ClaimsJson(await upgraded.QueryClaimsAsync(new ClaimQuery(), Ct)));
        var after = new List<ClaimLink>();
        foreach (var claim in claims)
        {
            after.AddRange(await upgraded.GetClaimLinksAsync(claim.Id, Ct));
        }

        Assert.Equal(links, after);
        Assert.Equal(contested, ClaimsJson(await upgraded.QueryClaimsAsync(new ClaimQuery(ContestedOnly: true), Ct)));
    }

    [Fact]
    public async Task OpenAsync_DocumentStoredWithItsWholeExtraction_ReadsItBackAndStoresNewOnesWithoutTheParts()
    {
        // a store written before documents kept their extraction without the text, claims and events
        var old = Corpus.RussianCaptureClaim();
        await Store.AddDocumentAsync(old, null, Ct);
        await Store.DisposeAsync();
        var whole = SitrepJson.Serialize(old, indented: false).Replace("'", "''", StringComparison.Ordinal);
        await ExecuteRawAsync(Connection, $"UPDATE documents SET extraction = '{whole}'; ALTER TABLE documents DROP COLUMN extraction_omits; " +
            "DELETE FROM schema_version WHERE version >= 7;");

        var upgraded = await OpenAsync(Connection);
        var added = Corpus.WireStrike();
        await upgraded.AddDocumentAsync(added, null, Ct);

        Assert.Equal(8, await ((SitrepStore)upgraded).SchemaVersionAsync(Ct));
        Assert.Equal(SitrepJson.Serialize(old, indented: false), SitrepJson.Serialize(await upgraded.GetDocumentAsync(old.Document.Id, Ct), indented: false));
        Assert.Equal(SitrepJson.Serialize(added, indented: false), SitrepJson.Serialize(await upgraded.GetDocumentAsync(added.Document.Id, Ct), indented: false));
    }

    [Fact]
    public async Task AddDocumentAsync_EventOfOneReport_KeepsNoJsonOfItsOwnAndReadsAsItsReport()
    {
        await Store.AddDocumentAsync(Corpus.WireStrike(), null, Ct);

        // the row is small: the event is its one report's, which the store keeps once
        Assert.Equal([""], await QueryRawAsync(Connection, "SELECT json FROM events"));
        var strike = Assert.Single(await Store.QueryEventsAsync(new EventQuery(), Ct));
        Assert.StartsWith("evt-", strike.Id, StringComparison.Ordinal);
        Assert.Equal(Corpus.StrikeDay, strike.From);
        Assert.Equal("Kharkiv", strike.Location?.Name);
        Assert.Equal([3.0, 12.0], strike.Quantities.Select(q => q.Value ?? 0));
        Assert.Equal("Eastern Wire", Assert.Single(strike.Sources!).Name);
        Assert.Single(strike.Documents!);
        Assert.Equal(Json([strike]), Json([(await Store.GetEventAsync(strike.Id, Ct))!]));
        Assert.Equal(Json([strike]), Json(await Store.QueryEventsAsync(new EventQuery(Place: "Kharkiv", From: DateOnly.Parse(Corpus.StrikeDay, System.Globalization.CultureInfo.InvariantCulture)), Ct)));

        // a second report joins: the event is written whole, with both sources
        await Store.AddDocumentAsync(Corpus.RepublishedStrike(), null, Ct);

        var joined = Assert.Single(await Store.QueryEventsAsync(new EventQuery(), Ct));
        Assert.Equal(strike.Id, joined.Id);
        Assert.Equal(2, joined.Documents!.Count);
        Assert.Equal(["Eastern Wire", "Kharkiv Today"], joined.Sources!.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.NotEqual("", Assert.Single(await QueryRawAsync(Connection, "SELECT json FROM events")));
        Assert.Equal(Json([joined]), Json([(await Store.GetEventAsync(strike.Id, Ct))!]));
    }

    [Fact]
    public async Task OpenAsync_StoreWhoseEventsOfOneReportKeptTheirJson_ReadsThemAsBeforeAndUpgrades()
    {
        await AddAllAsync(Store, Corpus.All());
        var events = await Store.QueryEventsAsync(new EventQuery(), Ct);
        Assert.Contains(events, e => e.Documents?.Count == 1);
        var before = Json(events);
        await Store.DisposeAsync();

        // as a store before version 8 wrote them: every event row with its whole JSON
        var rows = string.Concat(events.Select(e =>
            $"UPDATE events SET json = '{SitrepJson.Serialize(e, indented: false).Replace("'", "''", StringComparison.Ordinal)}' WHERE id = '{e.Id}';"));
        await ExecuteRawAsync(Connection, rows + "DELETE FROM schema_version WHERE version >= 8;");

        var upgraded = await OpenAsync(Connection);

        Assert.Equal(8, await ((SitrepStore)upgraded).SchemaVersionAsync(Ct));
        Assert.Empty(await QueryRawAsync(Connection, "SELECT id FROM events WHERE json = ''"));
        Assert.Equal(before, Json(await upgraded.QueryEventsAsync(new EventQuery(), Ct)));
        foreach (var e in events)
        {
            Assert.Equal(Json([e]), Json([(await upgraded.GetEventAsync(e.Id, Ct))!]));
        }
    }

    private static string ClaimsJson(IEnumerable<ClaimDto> claims) => string.Join("\n", claims.Select(c => SitrepJson.Serialize(c, indented: false)));

    /// <summary>The same document with its event listed twice under one id: storing it violates a key half-way.</summary>
    private static ExtractOutput WithDuplicateEvent(ExtractOutput doc) => new()
    {
        Document = doc.Document,
        Places = doc.Places,
        Times = doc.Times,
        Quantities = doc.Quantities,
        Attributions = doc.Attributions,
        Claims = doc.Claims,
        Events = [.. doc.Events, doc.Events[0]],
    };
}
