using Sitrep.Core.Contract;
using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests;

public abstract partial class StoreTestBase
{
    [Fact]
    public async Task QueryEvents_RepublishedWireStory_OneEventWithBothSourcesAndEvidence()
    {
        var wire = Corpus.WireStrike();
        var copy = Corpus.RepublishedStrike();
        await AddAllAsync(Store, [wire, copy]);

        var e = Assert.Single(await Store.QueryEventsAsync(new EventQuery(), Ct));

        Assert.Equal([wire.Document.Id, copy.Document.Id], e.Documents);
        Assert.Equal(["Eastern Wire", "Kharkiv Today"], e.Sources.Select(s => s.Name));
        Assert.All(e.Sources, s => Assert.Equal(Corpus.StrikeDay, s.Published));
        Assert.Equal([wire.Document.Id, copy.Document.Id], e.Evidence.Select(x => x.DocumentId));
        Assert.Equal(copy.Document.Text[e.Evidence[1].Start..e.Evidence[1].End], e.Evidence[1].Text);
        var reports = await Store.GetEventReportsAsync(e.Id, Ct);
        Assert.Equal("first report", reports[0].Reason);
        Assert.Contains("same place 706483", reports[1].Reason);
        Assert.Contains("same day", reports[1].Reason);
        Assert.Contains("text similarity", reports[1].Reason);
    }

    [Fact]
    public async Task GetEvent_StoryRepublishedAcrossBatches_StoredEventIsTheMergeOfItsReports()
    {
        // the same strike in 30 outlets over three batches, with quotes, Cyrillic and figures: the stored event
        // (written piece by piece as reports join) equals the event merged from all its reports at once
        var outlets = new[] { "Eastern Wire", "Харків Сьогодні", "\"Frontline\" Digest", "Kyiv Post", "Укрінформ" };
        var copies = Enumerable.Range(0, 30).Select(i =>
        {
            var evidence = "A Russian missile struck a residential block in Kharkiv's Saltivskyi district early on Monday, killing three people and wounding 12, the regional governor said on Telegram.";
            var d = new DocBuilder($"{outlets[i % outlets.Length]} ({i}): \"{evidence}\" Ремонт триває.", outlets[i % outlets.Length], Corpus.StrikeDay);
            return d.Event("shelling_artillery_missile_attack", evidence, Place.Kharkiv, Corpus.StrikeDay,
                d.Figure("three people", "killed", 3), d.Figure("12", "wounded", 12)).Build();
        }).ToList();

        foreach (var batch in copies.Chunk(10))
        {
            await Store.AddDocumentsAsync([.. batch.Select(d => new NewDocument(d, null))], Ct);
        }

        var e = Assert.Single(await Store.QueryEventsAsync(new EventQuery(), Ct));
        var reports = await Store.GetEventReportsAsync(e.Id, Ct);
        var merged = Sitrep.Reconcile.Events.EventMerger.Merge(e.Id,
            [.. reports.Select(r => new Sitrep.Reconcile.Events.EventReport(r.DocumentId, r.LocalId, 0, r.Report))]);
        Assert.Equal(30, e.Documents!.Count);
        Assert.Equal(SitrepJson.Serialize(merged, indented: false), SitrepJson.Serialize(e, indented: false));
        Assert.Equal(SitrepJson.Serialize(e, indented: false), SitrepJson.Serialize(await Store.GetEventAsync(e.Id, Ct), indented: false));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(1)]
    [InlineData(5)]
    public async Task GetEvent_TwoEventsJoinedByALaterReport_StoredEventIsTheMergeOfAllReportsInIngestOrder(int batchSize)
    {
        // shelling of Kupiansk and of Kupiansk-Vuzlovyi (8 km apart, too far for one place) on Tuesday, reported in turn
        // by several outlets, then a police summary placed between them (4 km from each) that matches both: the two
        // events become one, whose figures, sources and evidence interleave in ingest order (the figure both report
        // first comes from the report published first). (Two events on different days are never joined: see
        // QueryEvents_OvernightReportMatchingMondayAndTuesday_JoinsMondayAndKeepsTheDaysApart.)
        var town = Place.Kupiansk;
        var station = Place.Kupiansk.Nearby(9_000_010, "Kupiansk-Vuzlovyi", -0.07, 0.03);
        var between = Place.Kupiansk.Nearby(9_000_011, "Kupiansk district", -0.035, 0.015);
        const string Day = "2025-11-04";
        DocBuilder Report(string outlet, Place place, string evidence, params (string Words, string Unit, double Value)[] figures)
        {
            var d = new DocBuilder($"{outlet}: {evidence} Residents were told to stay in shelters.", outlet, Day);
            var precision = place == town ? 2 : 1; // the reports at the station place it more finely: they give the event its place
            return d.Event("shelling_artillery_missile_attack", evidence, place.Location(precision), Day, Day,
                [.. figures.Select(f => d.Figure(f.Words, f.Unit, f.Value))]);
        }

        var docs = new List<ExtractOutput>
        {
            Report("Oblast Courier", town, "Artillery shelled the centre of Kupiansk on Tuesday, killing two men.", ("two men", "killed", 2)).Build(),
            Report("Steppe Monitor", station, "Kupiansk-Vuzlovyi came under artillery fire on Tuesday; one woman was wounded, police said.", ("one woman", "wounded", 1)).Build(),
            Report("Вісті Слобожанщини", town, "У вівторок окупанти обстріляли центр Купʼянська, загинули двоє чоловіків, повідомила поліція.", ("двоє чоловіків", "killed", 2)).Build(),
            Report("Frontline Daily", station, "Shells hit Kupiansk-Vuzlovyi on Tuesday, police said, and one woman was hurt while two men died in the town nearby.",
                ("one woman", "wounded", 1), ("two men", "killed", 2)).Build(),
            new Func<ExtractOutput>(() =>
            {
                var d = new DocBuilder("Police summary: the Kupiansk district was shelled on Tuesday, the regional police said.", "Eastern Courier", Day);
                return d.Event("shelling_artillery_missile_attack", "the Kupiansk district was shelled on Tuesday", between.Location(), Day, Day).Build();
            })(),
        };

        foreach (var batch in docs.Chunk(batchSize))
        {
            await Store.AddDocumentsAsync([.. batch.Select(d => new NewDocument(d, null))], Ct);
        }

        var e = Assert.Single(await Store.QueryEventsAsync(new EventQuery(), Ct));
        var reports = await Store.GetEventReportsAsync(e.Id, Ct);
        var merged = Sitrep.Reconcile.Events.EventMerger.Merge(e.Id,
            [.. reports.Select(r => new Sitrep.Reconcile.Events.EventReport(r.DocumentId, r.LocalId, 0, r.Report))]);
        Assert.Equal(docs.Select(d => d.Document.Id), e.Documents);
        Assert.Equal(["killed", "wounded"], e.Quantities.Select(q => q.Unit));
        Assert.Equal(SitrepJson.Serialize(merged, indented: false), SitrepJson.Serialize(e, indented: false));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public async Task QueryEvents_SameStrikeOnBothSidesOfAnAreaLine_OneEvent(bool reopen, bool samePlaceMoved)
    {
        // the window keeps stored reports by area (half a degree): a village 1 km north of the 50th parallel and a
        // town 1 km south of it, or one GeoNames id placed 35 km apart by two gazetteers, still find each other,
        // whether the earlier report is in memory or read back from the store by another process
        var south = Place.Kharkiv.Nearby(9_000_001, "Bezruky", 49.9955 - Place.Kharkiv.Lat, 0);
        var north = samePlaceMoved ? Place.Kharkiv.Nearby(Place.Kharkiv.GeonameId, "Kharkiv", 50.3 - Place.Kharkiv.Lat, 0)
            : Place.Kharkiv.Nearby(9_000_002, "Cherkaska Lozova", 50.0045 - Place.Kharkiv.Lat, 0);
        if (samePlaceMoved)
        {
            south = Place.Kharkiv.Nearby(Place.Kharkiv.GeonameId, "Kharkiv", 49.9955 - Place.Kharkiv.Lat, 0);
        }

        ExtractOutput Report(string outlet, Place place) =>
            new DocBuilder($"{outlet}: A drone struck a warehouse near {place.Name} on Monday night, the regional administration said.", outlet, Corpus.StrikeDay)
                .Event("drone_strike", $"A drone struck a warehouse near {place.Name} on Monday night", place, Corpus.StrikeDay).Build();

        await AddAllAsync(Store, [Report("Eastern Wire", south)]);
        var second = reopen ? await OpenAsync(Connection) : Store;
        await AddAllAsync(second, [Report("Oblast Courier", north)]);

        var e = Assert.Single(await second.QueryEventsAsync(new EventQuery(), Ct));
        Assert.Equal(2, e.Documents!.Count);
    }

    [Fact]
    public async Task QueryEvents_IndependentWriteUpWithSameFigures_MergedAndFiguresKept()
    {
        await AddAllAsync(Store, [Corpus.WireStrike(), Corpus.DigestStrike()]);

        var e = Assert.Single(await Store.QueryEventsAsync(new EventQuery(), Ct));

        Assert.Equal(["Eastern Wire", "Frontline Digest"], e.Sources.Select(s => s.Name));
        Assert.Equal(["2025-11-03", "2025-11-04"], e.Sources.Select(s => s.Published));
        Assert.Contains(e.Quantities, q => q.Unit == "killed" && q.Value == 3);
        var reason = (await Store.GetEventReportsAsync(e.Id, Ct))[1].Reason;
        Assert.Contains("figures agree on killed, wounded", reason);
    }

    [Fact]
    public async Task QueryEvents_TwoAssaultsOnOneTownSameDay_StayTwo()
    {
        await AddAllAsync(Store, [Corpus.MechanisedAssault(), Corpus.Infiltration()]);

        var events = await Store.QueryEventsAsync(new EventQuery(Place: "Pokrovsk"), Ct);

        Assert.Equal(2, events.Count);
        Assert.All(events, e => Assert.Single(e.Documents!));
    }

    [Fact]
    public async Task QueryEvents_DroneAndMissileOnOneCitySameDay_StayTwo()
    {
        await AddAllAsync(Store, [Corpus.WireStrike(), Corpus.DroneSameDay()]);

        Assert.Equal(2, (await Store.QueryEventsAsync(new EventQuery(), Ct)).Count);
    }

    [Fact]
    public async Task QueryEvents_SameDocumentsInReverseOrder_SameEventsAndCounts()
    {
        var all = Corpus.All();
        await AddAllAsync(Store, all);
        var (_, reversed) = await FreshStoreAsync();
        await AddAllAsync(reversed, all.Reverse());

        var forward = await Store.QueryEventsAsync(new EventQuery(), Ct);
        var backward = await reversed.QueryEventsAsync(new EventQuery(), Ct);

        Assert.Equal(await Store.StatusAsync(Ct), await reversed.StatusAsync(Ct));
        Assert.Equal(
            forward.Select(e => string.Join(",", e.Documents!.Order())).Order(),
            backward.Select(e => string.Join(",", e.Documents!.Order())).Order());
    }

    [Fact]
    public async Task QueryEvents_SameFolderIngestedTwice_IdenticalOutput()
    {
        await AddAllAsync(Store, Corpus.All());
        var first = Json(await Store.QueryEventsAsync(new EventQuery(), Ct));

        await AddAllAsync(Store, Corpus.All());
        var (_, other) = await FreshStoreAsync();
        await AddAllAsync(other, Corpus.All());

        Assert.Equal(first, Json(await Store.QueryEventsAsync(new EventQuery(), Ct)));
        Assert.Equal(first, Json(await other.QueryEventsAsync(new EventQuery(), Ct)));
    }

    [Theory]
    [InlineData("kharkiv", null, null, null, 2)]
    [InlineData("KHARKIV", null, null, null, 2)]
    [InlineData("704422", null, null, null, 2)]
    [InlineData("Kupiansk", null, null, null, 0)]
    [InlineData(null, "2025-11-04", null, null, 2)]
    [InlineData(null, null, "2025-11-03", null, 2)]
    [InlineData(null, "2025-11-02", "2025-11-04", null, 2)]
    [InlineData(null, null, null, "battles", 2)]
    [InlineData(null, null, null, "air_drone_strike", 1)]
    [InlineData(null, null, null, "explosions_remote_violence", 2)]
    [InlineData("Kharkiv", null, null, "battles", 0)]
    public async Task QueryEvents_Filters_ReturnMatchingEvents(string? place, string? from, string? to, string? type, int expected)
    {
        await AddAllAsync(Store, Corpus.All());

        var events = await Store.QueryEventsAsync(new EventQuery(place, Date(from), Date(to), type), Ct);

        Assert.Equal(expected, events.Count);
        Assert.Equal(events.OrderBy(e => e.From).ThenBy(e => e.Id, StringComparer.Ordinal).Select(e => e.Id), events.Select(e => e.Id));
    }

    [Fact]
    public async Task GetEvent_StoredId_ReturnsTheReconciledEvent()
    {
        await AddAllAsync(Store, [Corpus.WireStrike(), Corpus.RepublishedStrike()]);
        var listed = Assert.Single(await Store.QueryEventsAsync(new EventQuery(), Ct));

        var e = await Store.GetEventAsync(listed.Id, Ct);

        Assert.NotNull(e);
        Assert.StartsWith("evt-", e.Id);
        Assert.Equal(2, e.Sources.Count);
        Assert.Null(await Store.GetEventAsync("evt-0000000000000000", Ct));
    }

    [Fact]
    public async Task GetEvent_VagueReportBridgingTwoEvents_OldIdFindsTheMergedEvent()
    {
        await AddAllAsync(Store, [Corpus.WireStrike(), Corpus.DroneSameDay()]);
        var before = await Store.QueryEventsAsync(new EventQuery(), Ct);
        var vague = new DocBuilder("Kharkiv came under attack again on Monday, the city council said.", "City council", Corpus.StrikeDay)
            .Event("shelling_artillery_missile_attack", "Kharkiv came under attack again on Monday, the city council said.", Place.Kharkiv, Corpus.StrikeDay)
            .Build();

        await Store.AddDocumentAsync(vague, null, Ct);

        var merged = Assert.Single(await Store.QueryEventsAsync(new EventQuery(), Ct));
        Assert.Equal(3, merged.Documents!.Count);
        foreach (var old in before)
        {
            Assert.Equal(merged.Id, (await Store.GetEventAsync(old.Id, Ct))?.Id);
        }

        var reason = (await Store.GetEventReportsAsync(merged.Id, Ct))[^1].Reason;
        Assert.Equal(2, reason.Split("; ").Length);
    }

    [Fact]
    public async Task QueryEvents_ReportWithExactDateAfterVagueOne_MergedEventTakesTheExactDate()
    {
        var week = new DocBuilder("Russian artillery shelled Kupiansk repeatedly this week, wounding a woman.", "Weekly", "2025-11-07");
        var weekly = week.Event("shelling_artillery_missile_attack", "Russian artillery shelled Kupiansk repeatedly this week, wounding a woman.",
            Place.Kupiansk.Location(), "2025-11-03", "2025-11-07").Build();
        var daily = new DocBuilder("On Wednesday artillery hit a market in Kupiansk, wounding a woman, police said.", "Police", "2025-11-05")
            .Event("shelling_artillery_missile_attack", "On Wednesday artillery hit a market in Kupiansk, wounding a woman, police said.", Place.Kupiansk, "2025-11-05")
            .Build();

        await AddAllAsync(Store, [weekly, daily]);

        var e = Assert.Single(await Store.QueryEventsAsync(new EventQuery(), Ct));
        Assert.Equal(("2025-11-05", "2025-11-05", "day"), (e.From, e.To, e.TimePrecision));
    }

    private static DateOnly? Date(string? iso) => iso is null ? null : DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public async Task QueryEvents_EventWhoseDatesChangeInALaterBatch_FoundByItsNewDatesAndPlaceAfterEveryBatch()
    {
        // the strike first reported as overnight into Monday (two days), then by an outlet that dates it to Monday (the
        // more precise date becomes the event's: its first day moves), then republished (nothing filtered on changes,
        // the event still grows)
        const string evidence = "A Russian missile struck a residential block in Kharkiv's Saltivskyi district, killing three people and wounding 12, the regional governor said on Telegram.";
        ExtractOutput Report(string outlet, string from, string to)
        {
            var d = new DocBuilder($"{outlet} reports. {evidence}", outlet, Corpus.StrikeDay);
            return d.Event("shelling_artillery_missile_attack", evidence, Place.Kharkiv.Location(), from, to,
                d.Figure("three people", "killed", 3), d.Figure("12", "wounded", 12)).Build();
        }

        var overnight = Report("Night Desk", "2025-11-02", Corpus.StrikeDay);
        var monday = Report("Eastern Wire", Corpus.StrikeDay, Corpus.StrikeDay);
        var copy = Report("Kharkiv Today", Corpus.StrikeDay, Corpus.StrikeDay);
        var sunday = new EventQuery(To: new DateOnly(2025, 11, 2));
        await Store.AddDocumentsAsync([new NewDocument(overnight, null)], Ct);
        var first = Assert.Single(await Store.QueryEventsAsync(sunday, Ct));
        Assert.Equal("2025-11-02", first.From);

        await Store.AddDocumentsAsync([new NewDocument(monday, null)], Ct);
        var narrowed = Assert.Single(await Store.QueryEventsAsync(new EventQuery(), Ct));
        Assert.Equal((first.Id, Corpus.StrikeDay), (narrowed.Id, narrowed.From));
        Assert.Empty(await Store.QueryEventsAsync(sunday, Ct));

        await Store.AddDocumentsAsync([new NewDocument(copy, null)], Ct);
        foreach (var query in new[]
        {
            new EventQuery(), new EventQuery(To: new DateOnly(2025, 11, 3)), new EventQuery(From: new DateOnly(2025, 11, 3)),
            new EventQuery(Place: "Kharkiv"), new EventQuery(Place: "706483"), new EventQuery(Type: "shelling_artillery_missile_attack"),
        })
        {
            var e = Assert.Single(await Store.QueryEventsAsync(query, Ct));
            Assert.Equal([overnight.Document.Id, monday.Document.Id, copy.Document.Id], e.Documents);
            Assert.Equal(Corpus.StrikeDay, e.From);
        }

        Assert.Empty(await Store.QueryEventsAsync(sunday, Ct));
    }
}
