using System.Globalization;
using Sitrep.Core.Contract;
using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests;

/// <summary>
/// The claim window holds a bounded number of claims: beyond it, the least recently used places are dropped and read
/// back from the store when a claim about them arrives. What it links must not depend on what it dropped.
/// </summary>
public abstract partial class StoreTestBase
{
    private const int SmallWindow = 50;

    /// <summary>Twenty-four front-line towns and villages (the ids are this test's own, not the gazetteer's).</summary>
    private static readonly Place[] Villages =
    [.. new[]
        {
            "Toretsk", "Chasiv Yar", "Siversk", "Lyman", "Kurakhove", "Vuhledar", "Selydove", "Novohrodivka",
            "Avdiivka", "Bakhmut", "Soledar", "Marinka", "Huliaipole", "Orikhiv", "Robotyne", "Vovchansk",
            "Lyptsi", "Borova", "Kreminna", "Svatove", "Velyka Novosilka", "Dobropillia", "Rodynske", "Dvorichna",
        }.Select((name, i) => new Place(9_100_001 + i, name, 48 + (i * 0.07), 37 + (i * 0.05), "Donetsk"))];

    /// <summary>Sixty days in which three of the villages are fought over each day (each comes back every eight
    /// days): the Russian ministry's capture or control claim, the Ukrainian denial the next morning, a strike both
    /// sides report, and on every seventh visit a brigade's denial published three weeks late and dated to the day it
    /// denies. About twelve claims a day, so a window of fifty claims drops places all the time.</summary>
    private static List<ExtractOutput> TwoMonthsOverManyVillages()
    {
        var first = new DateOnly(2025, 6, 2);
        var docs = new List<(DateOnly Published, ExtractOutput Doc)>();
        var visit = 0;
        for (var d = 0; d < 60; d++)
        {
            var day = first.AddDays(d);
            var (iso, next) = (Iso(day), Iso(day.AddDays(1)));
            for (var k = 0; k < 3; k++, visit++)
            {
                var town = Villages[((d * 3) + k) % Villages.Length];
                var capture = visit % 2 == 0
                    ? $"Минобороны России сообщило, что {day:dd.MM} подразделения заняли {town.Name}."
                    : $"Russia's Defence Ministry said its troops were in full control of {town.Name} as of {day:MMMM d}.";
                docs.Add((day, new DocBuilder($"{capture} The claim could not be verified.", visit % 2 == 0 ? "Минобороны РФ" : "Frontline Wire", iso, visit % 2 == 0 ? "ru" : "en")
                    .Claim("Russian Defence Ministry", "RU", visit % 3 == 0 ? "control" : "capture", "asserts", town, capture, null, iso).Build()));

                var denial = $"Сили оборони спростовують: {town.Name} {day:dd.MM} під контролем українських підрозділів.";
                docs.Add((day.AddDays(1), new DocBuilder($"{denial} Тривають бої.", "Суспільне", next, "uk")
                    .Claim("Armed Forces of Ukraine", "UA", "capture", "denies", town, denial, visit % 4 == 0 ? "east" : null, iso).Build()));

                var strikeUa = $"Drones of the brigade hit a Russian fuel depot outside {town.Name} on {day:MMMM d}, the unit said.";
                var strikeRu = $"{town.Name}: {day:dd.MM} беспилотник ВСУ поразил склад горючего, сообщает канал.";
                docs.Add((day, new DocBuilder($"{strikeUa} Smoke was visible for hours.", "Brigade Telegram", iso)
                    .Claim("Brigade", "UA", "strike", "asserts", town, strikeUa, null, iso).Build()));
                docs.Add((day, new DocBuilder($"{strikeRu} Жертв нет.", "Фронтовой канал", iso, "ru")
                    .Claim("Local channel", "RU", "strike", "asserts", town, strikeRu, null, iso).Build()));

                if (visit % 7 == 0)
                {
                    var late = $"A brigade spokesman said its soldiers never left {town.Name} on {day:MMMM d}, contrary to Moscow's report.";
                    docs.Add((day.AddDays(21), new DocBuilder($"{late} He spoke on television.", "Kyiv Independent", Iso(day.AddDays(21)))
                        .Claim("Brigade spokesman", "UA", "capture", "denies", town, late, null, iso).Build()));
                }
            }
        }

        var ordered = docs.OrderBy(d => d.Published).Select(d => d.Doc).ToList();
        Assert.Equal(ordered.Count, ordered.DistinctBy(d => d.Document.Id).Count());
        return ordered;

        static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private async Task<SitrepStore> SmallWindowStoreAsync(ISitrepStore? store = null)
    {
        var opened = (SitrepStore)(store ?? await OpenAsync(Connection));
        opened.ClaimWindowForTests.Capacity = SmallWindow;
        return opened;
    }

    [Theory]
    [InlineData(1, false)]
    [InlineData(8, false)]
    [InlineData(1, true)]
    [InlineData(8, true)]
    public async Task GetClaimLinks_WindowOfFiftyClaimsOverManyVillages_SameLinksAsComparingEveryPairAndWindowStaysBounded(int batchSize, bool reopenHalfway)
    {
        var docs = TwoMonthsOverManyVillages();
        var store = await SmallWindowStoreAsync(Store);
        var batches = docs.Chunk(batchSize).ToList();
        var (drops, readBacks, largest) = (0, 0, 0);
        for (var i = 0; i < batches.Count; i++)
        {
            if (reopenHalfway && i == batches.Count / 2)
            {
                (drops, readBacks) = (drops + store.ClaimWindowForTests.Drops, readBacks + store.ClaimWindowForTests.ReadBacks);
                store = await SmallWindowStoreAsync(); // a new process: nothing of the claims in memory
            }

            await store.AddDocumentsAsync([.. batches[i].Select(d => new NewDocument(d, null))], Ct);
            largest = Math.Max(largest, store.ClaimWindowForTests.Count);
        }

        (drops, readBacks) = (drops + store.ClaimWindowForTests.Drops, readBacks + store.ClaimWindowForTests.ReadBacks);
        var expected = ExpectedLinks(docs);
        var stored = await StoredLinksAsync(store);

        Assert.Equal(expected, stored);
        Assert.True(expected.Count > 500, $"{expected.Count} links");
        Assert.Contains(expected, l => l.Contains(" corroborates ", StringComparison.Ordinal));
        Assert.Contains(expected, l => l.Contains(" contradicts ", StringComparison.Ordinal));
        Assert.InRange(largest, SmallWindow / 2, SmallWindow);
        Assert.True(drops > 50, $"{drops} places dropped");
        Assert.True(readBacks > 50, $"{readBacks} dropped places read back");
    }
}
