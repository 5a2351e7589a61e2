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
        Assert.Equal(9, await ((SitrepStore)reopened).SchemaVersionAsync(Ct));
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
            "ALTER TABLE documents DROP COLUMN extraction_omits; " + LinksAsBeforeVersion9 + "DELETE FROM schema_version WHERE version >= 2;");

        var upgraded = await OpenAsync(Connection);

        Assert.Equal(9, await ((SitrepStore)upgraded).SchemaVersionAsync(Ct));
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
        await ExecuteRawAsync(Connection, "ALTER TABLE documents DROP COLUMN extraction_omits; " + LinksAsBeforeVersion9 + "DELETE FROM schema_version WHERE version >= 6;");

        var upgraded = await OpenAsync(Connection);

        Assert.Equal(9, await ((SitrepStore)upgraded).SchemaVersionAsync(Ct));
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
            LinksAsBeforeVersion9 + "DELETE FROM schema_version WHERE version >= 7;");

        var upgraded = await OpenAsync(Connection);
        var added = Corpus.WireStrike();
        await upgraded.AddDocumentAsync(added, null, Ct);

        Assert.Equal(9, await ((SitrepStore)upgraded).SchemaVersionAsync(Ct));
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
        await ExecuteRawAsync(Connection, rows + LinksAsBeforeVersion9 + "DELETE FROM schema_version WHERE version >= 8;");

        var upgraded = await OpenAsync(Connection);

        Assert.Equal(9, await ((SitrepStore)upgraded).SchemaVersionAsync(Ct));
        Assert.Empty(await QueryRawAsync(Connection, "SELECT id FROM events WHERE json = ''"));
        Assert.Equal(before, Json(await upgraded.QueryEventsAsync(new EventQuery(), Ct)));
        foreach (var e in events)
        {
            Assert.Equal(Json([e]), Json([(await upgraded.GetEventAsync(e.Id, Ct))!]));
        }
    }

    [Fact]
    public async Task OpenAsync_StoreWithLinksBothWaysUnderClaimIds_ReadsTheSameClaimsContradictionsAndLinks()
    {
        // contradictions across documents (a capture claim, a denial, a repeat), within one document (a wire story
        // quoting both sides) and a corroboration (both sides report the same strike)
        const string Ru = "Russia's Defence Ministry said on Thursday its troops had taken full control of Kupiansk.";
        const string Ua = "Ukraine's General Staff rejected the claim, saying its units still hold the northern districts.";
        const string Strike = "Сили оборони уразили склад боєприпасів окупантів у Куп'янську.";
        const string Damage = "В результате удара ВСУ по Купянску повреждён склад, сообщил глава администрации.";
        await AddAllAsync(Store, [
            .. Corpus.All(),
            new DocBuilder($"KYIV, Nov 20 - {Ru} {Ua} Neither account could be independently verified.", "Eastern Wire", Corpus.ClaimDay1)
                .Claim("Russian Defence Ministry", "RU", "control", "asserts", Place.Kupiansk, Ru, "full", null, "c2")
                .Claim("General Staff of Ukraine", "UA", "control", "asserts", Place.Kupiansk, Ua, "north", null, "c1")
                .Build(),
            new DocBuilder(Strike, "Air Force of Ukraine", "2025-11-12", "uk").Claim("Air Force", "UA", "strike", "asserts", Place.Kupiansk, Strike).Build(),
            new DocBuilder(Damage, "TASS", "2025-11-12", "ru").Claim("Installed administration", "RU", "strike", "asserts", Place.Kupiansk, Damage).Build(),
        ]);
        var claims = await Store.QueryClaimsAsync(new ClaimQuery(), Ct);
        var links = await AllLinksAsync(Store, claims);
        Assert.Contains(links, l => l.Relation == ClaimLink.Corroborates);
        Assert.Contains(links, l => l.Relation == ClaimLink.Contradicts && l.Reason == "in the same document");
        Assert.Contains(links, l => l.Relation == ClaimLink.Contradicts && l.Reason != "in the same document");
        var contested = ClaimsJson(await Store.QueryClaimsAsync(new ClaimQuery(ContestedOnly: true), Ct));
        var inKupiansk = ClaimsJson(await Store.QueryClaimsAsync(new ClaimQuery(Place: "kupiansk"), Ct));
        await Store.DisposeAsync();
        await ExecuteRawAsync(Connection, LinksAsBeforeVersion9 + "DELETE FROM schema_version WHERE version >= 9;");
        Assert.Equal([Count(links.Count)], await QueryRawAsync(Connection, "SELECT count(*) FROM claim_links"));

        var upgraded = await OpenAsync(Connection);

        Assert.Equal(9, await ((SitrepStore)upgraded).SchemaVersionAsync(Ct));
        Assert.Equal(ClaimsJson(claims), ClaimsJson(await upgraded.QueryClaimsAsync(new ClaimQuery(), Ct)));
        Assert.Equal(links, await AllLinksAsync(upgraded, claims));
        Assert.Equal(contested, ClaimsJson(await upgraded.QueryClaimsAsync(new ClaimQuery(ContestedOnly: true), Ct)));
        Assert.Equal(inKupiansk, ClaimsJson(await upgraded.QueryClaimsAsync(new ClaimQuery(Place: "kupiansk"), Ct)));
        // each link is kept once now, and read from both of its claims
        Assert.Equal([Count(links.Count / 2)], await QueryRawAsync(Connection, "SELECT count(*) FROM claim_links"));

        // a claim stored after the upgrade is linked to those stored before it, and they to it
        const string Again = "Речник угруповання «Хортиця» назвав заяви про взяття Куп'янська брехнею.";
        await upgraded.AddDocumentAsync(new DocBuilder(Again, "Suspilne", Corpus.ClaimDay2, "uk")
            .Claim("Khortytsia group spokesman", "UA", "capture", "denies", Place.Kupiansk, Again).Build(), null, Ct);
        var after = await upgraded.QueryClaimsAsync(new ClaimQuery(ContestedOnly: true), Ct);
        var denials = after.Where(c => c.Stance == "denies").ToList();
        Assert.Equal(2, denials.Count);
        Assert.Equal(denials[0].Contradicts, denials[1].Contradicts);
        Assert.All(denials[0].Contradicts, id => Assert.Contains(denials[1].Id, after.Single(c => c.Id == id).Contradicts));
    }

    private static string Count(int n) => n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The store's claim links as a build before version 9 kept them: each both ways, under the claims' ids,
    /// the relation by name, with no index on the claims' ids or places (SQL that SQLite and PostgreSQL both run).</summary>
    private const string LinksAsBeforeVersion9 = """
        DROP INDEX ix_claims_id; DROP INDEX ix_claims_position;
        CREATE TABLE claim_links_v8 (
            claim_id TEXT NOT NULL, other_id TEXT NOT NULL,
            relation TEXT NOT NULL, reason TEXT NOT NULL,
            PRIMARY KEY (claim_id, other_id, relation));
        INSERT INTO claim_links_v8 (claim_id, other_id, relation, reason)
            SELECT c.id, o.id, CASE l.relation WHEN 0 THEN 'contradicts' ELSE 'corroborates' END, l.reason
            FROM claim_links l JOIN claims c ON c.seq = l.seq AND c.ordinal = l.ordinal JOIN claims o ON o.seq = l.other_seq AND o.ordinal = l.other_ordinal
            UNION
            SELECT o.id, c.id, CASE l.relation WHEN 0 THEN 'contradicts' ELSE 'corroborates' END, l.reason
            FROM claim_links l JOIN claims c ON c.seq = l.seq AND c.ordinal = l.ordinal JOIN claims o ON o.seq = l.other_seq AND o.ordinal = l.other_ordinal;
        DROP TABLE claim_links;
        ALTER TABLE claim_links_v8 RENAME TO claim_links;

        """;

    private static async Task<List<ClaimLink>> AllLinksAsync(ISitrepStore store, IEnumerable<ClaimDto> claims)
    {
        var links = new List<ClaimLink>();
        foreach (var claim in claims)
        {
            links.AddRange(await store.GetClaimLinksAsync(claim.Id, Ct));
        }

        return links;
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
