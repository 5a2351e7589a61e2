using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests;

public abstract partial class StoreTestBase
{
    [Fact]
    public async Task QueryClaims_CaptureClaimThenDenialNextDay_OneContestedPairWithBothSides()
    {
        var ru = Corpus.RussianCaptureClaim();
        var ua = Corpus.UkrainianDenial();
        await AddAllAsync(Store, [ru, ua]);

        var contested = await Store.QueryClaimsAsync(new ClaimQuery(ContestedOnly: true), Ct);

        Assert.Equal(2, contested.Count);
        var capture = Assert.Single(contested, c => c.Side == "RU");
        var denial = Assert.Single(contested, c => c.Side == "UA");
        Assert.Equal(("asserts", "denies"), (capture.Stance, denial.Stance));
        Assert.Equal([denial.Id], capture.Contradicts);
        Assert.Equal([capture.Id], denial.Contradicts);
        Assert.Equal((ru.Document.Id, "Vesti Telegram", Corpus.ClaimDay1), (capture.DocumentId, capture.Outlet, capture.Published));
        Assert.Equal((ua.Document.Id, "Ukrinform", Corpus.ClaimDay2), (denial.DocumentId, denial.Outlet, denial.Published));
        Assert.Equal(ua.Document.Text[denial.Start..denial.End], denial.Text);
        var link = Assert.Single(await Store.GetClaimLinksAsync(capture.Id, Ct));
        Assert.Contains("same place 703656", link.Reason);
        Assert.Contains("1 day(s) apart", link.Reason);
    }

    [Fact]
    public async Task QueryClaims_SameSideRepeatsTheClaim_NotContested()
    {
        await AddAllAsync(Store, [Corpus.RussianCaptureClaim(), Corpus.RussianRepeat()]);

        Assert.Empty(await Store.QueryClaimsAsync(new ClaimQuery(ContestedOnly: true), Ct));
        Assert.Equal(2, (await Store.QueryClaimsAsync(new ClaimQuery(), Ct)).Count);
    }

    [Fact]
    public async Task QueryClaims_ThreeClaimsTwoSides_EachRussianClaimContradictsTheDenial()
    {
        await AddAllAsync(Store, [Corpus.RussianCaptureClaim(), Corpus.RussianRepeat(), Corpus.UkrainianDenial()]);

        var contested = await Store.QueryClaimsAsync(new ClaimQuery(ContestedOnly: true, Place: "kupiansk"), Ct);

        Assert.Equal(3, contested.Count);
        Assert.Equal(2, Assert.Single(contested, c => c.Side == "UA").Contradicts.Count);
        Assert.All(contested.Where(c => c.Side == "RU"), c => Assert.Single(c.Contradicts));
    }

    [Fact]
    public async Task QueryClaims_WireStoryQuotingBothSides_ContestedWithStoreIds()
    {
        const string Ru = "Russia's Defence Ministry said on Thursday its troops had taken full control of Kupiansk.";
        const string Ua = "Ukraine's General Staff rejected the claim, saying its units still hold the northern districts.";
        var doc = new DocBuilder($"KYIV, Nov 20 - {Ru} {Ua} Neither account could be independently verified.", "Eastern Wire", Corpus.ClaimDay1)
            .Claim("Russian Defence Ministry", "RU", "control", "asserts", Place.Kupiansk, Ru, "full", null, "c2")
            .Claim("General Staff of Ukraine", "UA", "control", "asserts", Place.Kupiansk, Ua, "north", null, "c1")
            .Build();
        await Store.AddDocumentAsync(doc, null, Ct);

        var contested = await Store.QueryClaimsAsync(new ClaimQuery(ContestedOnly: true, Place: "703656"), Ct);

        Assert.Equal(2, contested.Count);
        Assert.Equal([contested[1].Id], contested[0].Contradicts);
        Assert.Equal([contested[0].Id], contested[1].Contradicts);
        Assert.All(contested, c => Assert.StartsWith("clm-", c.Id));
    }

    [Fact]
    public async Task QueryClaims_WithALimit_ListsTheFirstPlacesInGeoNamesOrder()
    {
        // added in an order unlike the list's: Kharkiv (706483), Pokrovsk (704422), Kupiansk (703656)
        foreach (var (place, day) in new[] { (Place.Kharkiv, "2025-11-10"), (Place.Pokrovsk, "2025-11-11"), (Place.Kupiansk, "2025-11-12") })
        {
            var text = $"Air Force: a drone struck a depot in {place.Name}.";
            await AddAllAsync(Store, [new DocBuilder(text, "Ukrinform", day, "en").Claim("Air Force", "UA", "strike", "asserts", place, text).Build()]);
        }

        var firstTwo = await Store.QueryClaimsAsync(new ClaimQuery(Limit: 2), Ct);

        Assert.Equal(["Kupiansk", "Pokrovsk"], firstTwo.Select(c => c.Place!.Name));
        Assert.Equal(3, (await Store.QueryClaimsAsync(new ClaimQuery(), Ct)).Count);
    }

    [Fact]
    public async Task GetClaimLinks_BothSidesReportTheSameStrike_CorroborationNotContested()
    {
        const string Ua = "Сили оборони уразили склад боєприпасів окупантів у Куп'янську.";
        const string Ru = "В результате удара ВСУ по Купянску повреждён склад, сообщил глава администрации.";
        var ua = new DocBuilder(Ua, "Air Force of Ukraine", "2025-11-12", "uk").Claim("Air Force", "UA", "strike", "asserts", Place.Kupiansk, Ua).Build();
        var ru = new DocBuilder(Ru, "TASS", "2025-11-12", "ru").Claim("Installed administration", "RU", "strike", "asserts", Place.Kupiansk, Ru).Build();
        await AddAllAsync(Store, [ua, ru]);

        var claims = await Store.QueryClaimsAsync(new ClaimQuery(), Ct);

        Assert.Empty(await Store.QueryClaimsAsync(new ClaimQuery(ContestedOnly: true), Ct));
        var link = Assert.Single(await Store.GetClaimLinksAsync(claims[0].Id, Ct));
        Assert.Equal((ClaimLink.Corroborates, claims[1].Id), (link.Relation, link.OtherClaimId));
    }

    [Fact]
    public async Task QueryClaims_DenialMonthsLater_NotContested()
    {
        var late = new DocBuilder("Генштаб спростовує заяви про захоплення Куп'янська.", "Ukrinform", "2026-03-02", "uk")
            .Claim("General Staff", "UA", "capture", "denies", Place.Kupiansk, "Генштаб спростовує заяви про захоплення Куп'янська.")
            .Build();
        await AddAllAsync(Store, [Corpus.RussianCaptureClaim(), late]);

        Assert.Empty(await Store.QueryClaimsAsync(new ClaimQuery(ContestedOnly: true), Ct));
    }

    [Fact]
    public async Task QueryClaims_LateDenialOfAnOldCapture_FoundAfterWeeksOfNewerClaimsOfThePlace()
    {
        // Russian capture claims about Kupiansk every day for three weeks, then a Ukrainian denial dated to the first
        // day (published late): the store has moved on past that day for the place, reads the older claims back and
        // links the denial to the claims it contradicts
        var first = new DateOnly(2025, 10, 1);
        var days = Enumerable.Range(0, 21).Select(first.AddDays).ToList();
        var claims = days.Select(day =>
        {
            var iso = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var sentence = $"The Russian Defence Ministry said on {day:MMMM d} its troops had taken full control of Kupiansk.";
            return new DocBuilder($"{sentence} Ukraine did not comment at once.", "Vesti Telegram", iso, "ru")
                .Claim("Russian Defence Ministry", "RU", "capture", "asserts", Place.Kupiansk, sentence, "full", iso).Build();
        }).ToList();
        const string Denial = "The General Staff said Kupiansk remained under Ukrainian control on October 1, calling the Russian claim false.";
        var denial = new DocBuilder($"{Denial} Fighting continues on the outskirts.", "Ukrinform", "2025-10-22")
            .Claim("General Staff of the Armed Forces of Ukraine", "UA", "capture", "denies", Place.Kupiansk, Denial, null, "2025-10-01").Build();

        await AddAllAsync(Store, [.. claims, denial]);

        var contested = await Store.QueryClaimsAsync(new ClaimQuery(ContestedOnly: true), Ct);
        var ua = Assert.Single(contested, c => c.Side == "UA");
        var linked = contested.Where(c => c.Side == "RU").Select(c => c.DocumentId).ToList();
        Assert.Contains(claims[0].Document.Id, linked);
        Assert.Equal(linked.Count, ua.Contradicts.Count);
    }
}
