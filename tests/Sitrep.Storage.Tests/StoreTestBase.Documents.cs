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
    public async Task GetDocument_EventsClaimsAndEveryDocumentField_RoundTripsExactly()
    {
        // the store keeps the text, claims and events once (in their own columns and tables) and puts them back
        const string Strike = "Two drones hit a depot near Pokrovsk overnight, the regional governor said.";
        const string Claim = "The army said its units hold the northern outskirts of Pokrovsk.";
        const string Denial = "Moscow said the outskirts were taken.";
        var built = new DocBuilder($"{Strike} {Claim} {Denial}", "Donetsk Desk", "2025-11-04", url: "https://example.org/depot")
            { Title = "Depot hit", Medium = "web" }
            .Event("air_drone_strike", Strike, Place.Pokrovsk, "2025-11-04")
            .Event("armed_clash", Claim, Place.Pokrovsk, "2025-11-04")
            .Claim("General Staff", "UA", "control", "asserts", Place.Pokrovsk, Claim, "partial", "2025-11-04", "c2")
            .Claim("Russian Defence Ministry", "RU", "capture", "asserts", Place.Pokrovsk, Denial, null, "2025-11-04", "c1")
            .Build();
        var doc = new ExtractOutput
        {
            Document = new DocumentDto
            {
                Id = built.Document.Id, Title = built.Document.Title, Url = built.Document.Url, Outlet = built.Document.Outlet,
                Author = "A. Writer", Published = built.Document.Published, PublishedFrom = "page", Language = "en", Medium = "web",
                Text = built.Document.Text,
            },
            Places = [new PlaceDto { Text = "Pokrovsk", Start = 28, End = 36, GeonameId = Place.Pokrovsk.GeonameId, Name = "Pokrovsk", Country = "UA",
                Admin1 = "Donetsk", Lat = Place.Pokrovsk.Lat, Lon = Place.Pokrovsk.Lon, FeatureCode = "PPLA2", Role = "event", Confidence = 0.9 }],
            Times = [new TimeDto { Text = "overnight", Start = 37, End = 46, From = "2025-11-03", To = "2025-11-04", Precision = "night", Relative = true }],
            Quantities = built.Quantities,
            Attributions = [new AttributionDto { Start = 48, End = 75, Text = "the regional governor said", Speaker = "regional governor",
                SpeakerType = "official", Side = "UA", Via = [], Verb = "said" }],
            Claims = built.Claims,
            Events = built.Events,
        };
        // the store keeps the text in its own column and puts it back into a copy of the document: every field the
        // contract has is set here, so a field added later fails this test until that copy carries it
        Assert.Empty(typeof(DocumentDto).GetProperties().Where(p => p.GetValue(doc.Document) is null).Select(p => p.Name));
        await AddAllAsync(Store, [Corpus.WireStrike(), doc, Corpus.UkrainianDenial()]);

        var stored = await Store.GetDocumentAsync(doc.Document.Id, Ct);

        Assert.Equal(SitrepJson.Serialize(doc, indented: false), SitrepJson.Serialize(stored, indented: false));
    }

    [Theory]
    [InlineData(ExtractionForm.Deflated)]
    [InlineData(ExtractionForm.Json)]
    public async Task AddDocuments_PreparedForEitherForm_StoredAndReadBackExactly(ExtractionForm form)
    {
        // the ingest prepares documents on its extracting threads in the form the store keeps; one prepared for the
        // other form (or by an older caller) must still be stored as the same document
        Assert.Equal(Store.Provider == "sqlite" ? ExtractionForm.Deflated : ExtractionForm.Json, Store.ExtractionForm);
        var docs = new[] { Corpus.RussianCaptureClaim(), Corpus.WireStrike(), Corpus.UkrainianDenial() };

        var added = await Store.AddDocumentsAsync([.. docs.Select(d => new NewDocument(d, "feeds/x.xml").Compact(form))], Ct);

        Assert.All(added, Assert.True);
        foreach (var doc in docs)
        {
            Assert.Equal(SitrepJson.Serialize(doc, indented: false), SitrepJson.Serialize(await Store.GetDocumentAsync(doc.Document.Id, Ct), indented: false));
        }
    }

    [Theory]
    [InlineData(ExtractionForm.Deflated)]
    [InlineData(ExtractionForm.Json)]
    public async Task AddDocuments_LargeExtractionBetweenSmallOnes_EachStoredAndReadBackExactly(ExtractionForm form)
    {
        // the stored JSON is written into a buffer kept per preparing thread and deflated or decoded from there: a
        // document far larger than that buffer keeps (a long bulletin naming thousands of places), prepared between
        // two small ones on the same thread, must not leave its bytes in theirs nor lose its own
        var bulletin = Corpus.WireStrike();
        var place = new PlaceDto { Text = "Kharkiv", Start = 9, End = 16, GeonameId = 706483, Name = "Kharkiv", Country = "UA", Admin1 = "Kharkiv", Lat = 49.98081, Lon = 36.25272, Role = "location", Confidence = 0.9 };
        bulletin.Places.Clear();
        for (var i = 0; i < 12_000; i++)
        {
            bulletin.Places.Add(new PlaceDto
            {
                Text = place.Text, Start = place.Start, End = place.End, GeonameId = place.GeonameId + i, Name = $"{place.Name} district {i}",
                Country = place.Country, Admin1 = place.Admin1, Lat = place.Lat, Lon = place.Lon, Role = place.Role, Confidence = place.Confidence,
            });
        }

        var docs = new[] { Corpus.RussianCaptureClaim(), bulletin, Corpus.UkrainianDenial() };
        Assert.True(SitrepJson.SerializeToUtf8Bytes(bulletin).Length > 1024 * 1024);

        var added = await Store.AddDocumentsAsync([.. docs.Select(d => new NewDocument(d, "feeds/x.xml").Compact(form))], Ct);

        Assert.All(added, Assert.True);
        foreach (var doc in docs)
        {
            Assert.Equal(SitrepJson.Serialize(doc, indented: false), SitrepJson.Serialize(await Store.GetDocumentAsync(doc.Document.Id, Ct), indented: false));
        }
    }

    [Fact]
    public async Task ListDocuments_TitlesAndOutletsInAnyScriptEmptyOrLong_ListedExactly()
    {
        // the writer hands short strings over as UTF-8 of its own making, long ones as before: both must read back as given
        var titles = new[]
        {
            "", "Обстріл Покровська: «нічна атака» 🚀", "Ночной обстрел — \"Курахово\"", "Ünïcödé café – naïve façade",
            string.Concat(Enumerable.Repeat("Дрони над Харковом, ", 20)), new string('x', 256), new string('я', 256),
        };
        var docs = titles.Select((title, i) => new DocBuilder($"Report number {i} about the weather in the city.", i % 2 == 0 ? "Київ Інфо" : "", "2025-11-0" + (i + 1))
            { Title = title }.Build()).ToList();
        await AddAllAsync(Store, docs);

        var listed = (await Store.ListDocumentsAsync(cancellationToken: Ct)).ToDictionary(d => d.Id);

        foreach (var doc in docs)
        {
            Assert.Equal(doc.Document.Title, listed[doc.Document.Id].Title);
            Assert.Equal(doc.Document.Outlet, listed[doc.Document.Id].Outlet);
            Assert.Equal(SitrepJson.Serialize(doc, indented: false), SitrepJson.Serialize(await Store.GetDocumentAsync(doc.Document.Id, Ct), indented: false));
        }
    }

    [Fact]
    public async Task GetDocument_EventWithoutSource_RoundTripsExactly()
    {
        // an event that names no source is reported under the outlet's name: the extraction keeps it as it was
        const string Strike = "Shelling damaged a school in Kharkiv on Monday.";
        var built = DocBuilder.Wire("2025-11-03", Strike).Event("shelling_artillery_missile_attack", Strike, Place.Kharkiv, "2025-11-03").Build();
        built.Events[0].Sources.Clear();

        await Store.AddDocumentAsync(built, "test", Ct);
        var stored = await Store.GetDocumentAsync(built.Document.Id, Ct);

        Assert.Empty(stored!.Events[0].Sources);
        Assert.Equal(SitrepJson.Serialize(built, indented: false), SitrepJson.Serialize(stored, indented: false));
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
