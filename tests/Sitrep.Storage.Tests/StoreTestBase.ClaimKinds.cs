using Sitrep.Core.Contract;
using Sitrep.Reconcile.Claims;
using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests;

/// <summary>
/// The claim window keeps and reads back exactly the kinds of claim that relate to some kind: a claim of every other
/// kind stays out of memory, and a claim of every such kind is found again after a restart.
/// </summary>
public abstract partial class StoreTestBase
{
    /// <summary>For each kind, a first claim, then (published a day later) a second one about the same place that
    /// relates to it when the kinds relate; the village names are real, the ids this test's own.</summary>
    private static readonly (string Kind, string First, string FirstSide, string SecondKind, string Second, string Place)[] KindPairs =
    [
        ("capture", "Подразделения «Южной» группировки взяли под контроль Ивановское, сообщило Минобороны.", "RU",
            "capture", "ЗСУ спростовують захоплення Іванівського: село під контролем бригади.", "Ivanivske"),
        ("control", "The ministry said Russian forces fully control Klishchiivka after days of fighting.", "RU",
            "repelled", "The brigade said it repelled an assault on Klishchiivka and holds its positions.", "Klishchiivka"),
        ("repelled", "Штурм Андріївки відбито, повідомили в бригаді.", "UA",
            "capture", "Андреевка освобождена, заявили в Минобороны России.", "Andriivka"),
        ("casualties", "Regional officials said three civilians were killed in Stepnohirsk by shelling.", "UA",
            "casualties", "Военные в Степногорске отрицают гибель мирных жителей.", "Stepnohirsk"),
        ("encirclement", "Российские военкоры пишут, что Мирноград окружён.", "RU",
            "encirclement", "Командування заперечує оточення Мирнограда.", "Myrnohrad"),
        ("strike", "The air force said it hit a command post near Horlivka.", "UA",
            "strike", "Администрация Горловки сообщила об ударе по окраине.", "Horlivka"),
        ("other", "Народный совет Токмака заявил о «провокациях» в городе.", "RU",
            "other", "Мер Токмака назвав заяву провокацією.", "Tokmak"),
        ("sabotage", "A partisan group said it blew up a railway relay box in Melitopol.", "UA",
            "sabotage", "Власти Мелитополя опровергли диверсию на железной дороге.", "Melitopol"),
    ];

    [Fact]
    public async Task GetClaimLinks_EveryKindAfterARestart_RelatingKindsReadBackAndLinkedOthersNeverHeld()
    {
        const string day = "2025-08-14";
        const string next = "2025-08-15";
        var first = new List<ExtractOutput>();
        var second = new List<ExtractOutput>();
        foreach (var (pair, i) in KindPairs.Select((p, i) => (p, i)))
        {
            var place = new Place(9_200_001 + i, pair.Place, 47.3 + (i * 0.1), 36.2 + (i * 0.1), "Zaporizhzhia");
            var (side, otherSide) = pair.FirstSide == "RU" ? ("RU", "UA") : ("UA", "RU");
            var builder = new DocBuilder($"{pair.First} Подробности не приводятся.", "Front Digest", day, "ru")
                .Claim("Officials", side, pair.Kind, "asserts", place, pair.First, null, day);
            if (pair.Kind == "strike")
            {
                // claims the window must not hold share a place with claims it must: read back with them, they would count
                var rumour = "A local channel said a plant in Horlivka was sabotaged.";
                var unclassified = "Residents of Horlivka described the night as loud.";
                builder = new DocBuilder($"{pair.First} {rumour} {unclassified}", "Front Digest", day)
                    .Claim("Officials", side, pair.Kind, "asserts", place, pair.First, null, day)
                    .Claim("Local channel", "UA", "sabotage", "asserts", place, rumour, null, day)
                    .Claim("Residents", "UA", "other", "asserts", place, unclassified, null, day);
            }

            first.Add(builder.Build());
            var stance = pair.SecondKind == pair.Kind && pair.Kind != "strike" ? "denies" : "asserts";
            second.Add(new DocBuilder($"{pair.Second} Деталі уточнюються.", "Line Report", next, "uk")
                .Claim("Officials", otherSide, pair.SecondKind, stance, place, pair.Second, null, day).Build());
        }

        await Store.AddDocumentsAsync([.. first.Select(d => new NewDocument(d, null))], Ct);
        var reopened = (SitrepStore)await OpenAsync(Connection); // nothing in memory: each place is read back from the store
        await reopened.AddDocumentsAsync([.. second.Select(d => new NewDocument(d, null))], Ct);

        var docs = first.Concat(second).ToList();
        var expected = ExpectedLinks(docs);
        Assert.Equal(expected, await StoredLinksAsync(reopened));
        var linkedKinds = (await reopened.QueryClaimsAsync(new ClaimQuery(), Ct))
            .Where(c => expected.Any(l => l.StartsWith(c.Id + " ", StringComparison.Ordinal)))
            .Select(c => c.Kind).ToHashSet();
        Assert.Equal(ClaimComparer.KindsWithRelations.Order(), linkedKinds.Order());
        var held = docs.SelectMany(d => d.Claims).Count(c => ClaimComparer.KindsWithRelations.Contains(c.Kind));
        Assert.Equal(held, reopened.ClaimWindowForTests.Count);
    }
}
