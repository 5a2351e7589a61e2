using System.Globalization;
using Sitrep.Core.Contract;
using Sitrep.Reconcile.Claims;
using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests;

/// <summary>
/// Claims are related across documents however they arrive: the store keeps recent claims in memory and reads older
/// ones back, and what it links must be what comparing every claim with every earlier one gives.
/// </summary>
public abstract partial class StoreTestBase
{
    private static readonly Place[] Front = [Place.Pokrovsk, Place.Myrnohrad, Place.Kupiansk, Place.Kostiantynivka];

    /// <summary>Forty days of claims about four towns, in publication order: a Russian capture claim a day (a Telegram
    /// channel or the ministry), the Ukrainian denial the next morning (sometimes of one district only), strikes both
    /// sides report, and every ninth day a denial published three weeks late, dated to the day it denies.</summary>
    private static List<ExtractOutput> FortyDaysOfClaims()
    {
        var first = new DateOnly(2025, 9, 1);
        var docs = new List<(DateOnly Published, ExtractOutput Doc)>();
        for (var d = 0; d < 40; d++)
        {
            var day = first.AddDays(d);
            var (iso, next) = (Iso(day), Iso(day.AddDays(1)));
            var town = Front[d % Front.Length];
            var struck = Front[(d + 1) % Front.Length];
            var capture = d % 2 == 0
                ? $"Подразделения группировки «Центр» полностью освободили {town.Name}, заявили в Минобороны России {day:dd.MM}."
                : $"Russia's Defence Ministry said on {day:MMMM d} its forces had taken control of {town.Name}.";
            docs.Add((day, new DocBuilder($"{capture} Independent confirmation was not available.", d % 2 == 0 ? "Минобороны РФ" : "Eastern Wire", iso, d % 2 == 0 ? "ru" : "en")
                .Claim("Russian Defence Ministry", "RU", d % 3 == 0 ? "capture" : "control", "asserts", town, capture, null, iso).Build()));

            var denial = $"Генштаб ЗСУ спростував заяви про захоплення: {town.Name} {day:dd.MM} залишався під контролем Сил оборони.";
            docs.Add((day.AddDays(1), new DocBuilder($"{denial} Бої тривають на околицях.", "Укрінформ", next, "uk")
                .Claim("General Staff of Ukraine", "UA", "capture", "denies", town, denial, d % 5 == 0 ? "north" : null, iso).Build()));

            var strikeUa = $"Air Force of Ukraine said it struck a Russian ammunition depot near {struck.Name} on the night to {day:MMMM d}.";
            var strikeRu = $"Удар ВСУ по окраине, {struck.Name}, {day:dd.MM}: повреждён склад, сообщили местные власти.";
            docs.Add((day, new DocBuilder($"{strikeUa} Secondary explosions were filmed by residents.", "Ukrainian Air Force", iso)
                .Claim("Air Force", "UA", "strike", "asserts", struck, strikeUa, null, iso).Build()));
            docs.Add((day, new DocBuilder($"{strikeRu} Пострадавших нет.", "Донбасс Сейчас", iso, "ru")
                .Claim("Installed administration", "RU", "strike", "asserts", struck, strikeRu, null, iso).Build()));

            if (d % 9 == 0)
            {
                var late = $"The brigade said on Monday that its soldiers held {town.Name} throughout {day:MMMM d}, rejecting the Russian account.";
                docs.Add((day.AddDays(21), new DocBuilder($"{late} Footage from the town was published.", "Kyiv Independent", Iso(day.AddDays(21)))
                    .Claim("Brigade", "UA", "capture", "denies", town, late, null, iso).Build()));
            }
        }

        var ordered = docs.OrderBy(d => d.Published).Select(d => d.Doc).ToList();
        Assert.Equal(ordered.Count, ordered.DistinctBy(d => d.Document.Id).Count()); // no document repeated
        return ordered;

        static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>Every link the store should hold: each claim compared with every claim of earlier documents, both ways.</summary>
    private static List<string> ExpectedLinks(List<ExtractOutput> docs)
    {
        var earlier = new List<ClaimReport>();
        var links = new List<string>();
        foreach (var doc in docs)
        {
            var claims = ClaimReport.FromDocument(doc);
            foreach (var c in claims)
            {
                foreach (var s in earlier)
                {
                    if (ClaimComparer.Compare(c, s) is { } relation)
                    {
                        var name = relation.Kind == ClaimRelationKind.Contradicts ? ClaimLink.Contradicts : ClaimLink.Corroborates;
                        links.Add($"{c.StoreId} {s.StoreId} {name} {relation.Reason}");
                        links.Add($"{s.StoreId} {c.StoreId} {name} {relation.Reason}");
                    }
                }
            }

            earlier.AddRange(claims);
        }

        return [.. links.Order(StringComparer.Ordinal)];
    }

    private static async Task<List<string>> StoredLinksAsync(ISitrepStore store)
    {
        var links = new List<string>();
        foreach (var claim in await store.QueryClaimsAsync(new ClaimQuery(), Ct))
        {
            links.AddRange((await store.GetClaimLinksAsync(claim.Id, Ct)).Select(l => $"{l.ClaimId} {l.OtherClaimId} {l.Relation} {l.Reason}"));
        }

        return [.. links.Order(StringComparer.Ordinal)];
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(64, false)]
    [InlineData(1, true)]
    [InlineData(7, true)]
    public async Task GetClaimLinks_FortyDaysOfClaimsAndLateDenials_SameLinksInAnyBatchesAndAfterARestart(int batchSize, bool reopenHalfway)
    {
        var docs = FortyDaysOfClaims();
        var store = Store;
        var batches = docs.Chunk(batchSize).ToList();
        for (var i = 0; i < batches.Count; i++)
        {
            if (reopenHalfway && i == batches.Count / 2)
            {
                store = await OpenAsync(Connection); // a new process: nothing of the claims in memory
            }

            await store.AddDocumentsAsync([.. batches[i].Select(d => new NewDocument(d, null))], Ct);
        }

        var expected = ExpectedLinks(docs);
        var stored = await StoredLinksAsync(store);

        Assert.Equal(expected, stored);
        Assert.Contains(expected, l => l.Contains(" corroborates ", StringComparison.Ordinal));
        Assert.Contains(expected, l => l.Contains(" contradicts ", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(64)]
    public async Task QueryClaims_DenialPublishedThreeWeeksLate_ContradictsTheCaptureClaimOfItsDay(int batchSize)
    {
        // by the time the brigade's denial arrives, the store has had three weeks of newer claims and no longer
        // keeps the capture claim of that day in memory: it reads it back
        var docs = FortyDaysOfClaims();
        foreach (var batch in docs.Chunk(batchSize))
        {
            await Store.AddDocumentsAsync([.. batch.Select(d => new NewDocument(d, null))], Ct);
        }

        var late = docs.Single(d => d.Document.Outlet == "Kyiv Independent" && d.Document.Published == "2025-09-22");
        var claims = await Store.QueryClaimsAsync(new ClaimQuery(ContestedOnly: true, Place: "704422"), Ct);
        var denial = Assert.Single(claims, c => c.DocumentId == late.Document.Id);
        var contradicted = claims.Where(c => denial.Contradicts.Contains(c.Id)).ToList();
        Assert.Contains(contradicted, c => c.Side == "RU" && c.Published == "2025-09-01");
        Assert.All(contradicted, c => Assert.Equal("RU", c.Side));
        Assert.Contains("same time", (await Store.GetClaimLinksAsync(denial.Id, Ct)).First(l => l.OtherClaimId == contradicted[0].Id).Reason);
    }
}
