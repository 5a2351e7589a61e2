using Sitrep.Core.Documents;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Places.Matching;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>
/// What the place matcher keeps from one document to the next (a name's candidates with their other romanisations,
/// what a name key's places are) gives each document the places it would get on its own.
/// </summary>
public sealed class RepeatedNameTests
{
    private static readonly string[] Reports =
    [
        "Separatists shelled Peski again on Tuesday night, and the road to Marinovka was closed.",
        "Войска продвинулись у населённых пунктов Ровнополье и Успеновка, сообщил штаб.",
        "Под Купянском штурмовики за ночь зашли в Песчаное; бои у Песчаного продолжаются.",
        "Shelling hit Kurakhovo and Kurakhove overnight; PESKI and Peski's school were damaged too.",
        "Officials in Kyiv said Kharkiv and Novoselivka were hit; Washington said it was watching.",
        "In the Shevchenkivskyi district of Kharkiv a drone hit a house; Pokrovsk Raion reported shelling.",
    ];

    private static string Places(string text, DateOnly published)
    {
        var d = new Document(text, new DocumentMetadata { Published = published });
        new TextStage().Process(d, CancellationToken.None);
        new PlacesStage().Process(d, CancellationToken.None);
        return string.Join("; ", d.Places.Select(p => $"{p.Text}={p.GeonameId}/{p.Confidence}"));
    }

    private static List<string> OnNewThread(IEnumerable<(string Text, DateOnly Published)> documents)
    {
        var found = new List<string>();
        var thread = new Thread(() =>
        {
            foreach (var (text, published) in documents)
            {
                found.Add(Places(text, published));
            }
        });
        thread.Start();
        thread.Join();
        return found;
    }

    [Fact]
    public void Process_ReportsAfterOthersNamingTheSameTowns_SamePlacesAsEachAlone()
    {
        var dates = new[] { new DateOnly(2015, 1, 20), new DateOnly(2025, 2, 1), new DateOnly(2024, 11, 3) };
        var documents = Reports.SelectMany(r => dates.Select(d => (r, d))).ToList();
        var alone = documents.Select(d => OnNewThread([d])[0]).ToList();

        // the same documents one after another on one thread, twice over, forwards and backwards
        var together = OnNewThread([.. documents, .. Enumerable.Reverse(documents)]);
        for (var i = 0; i < documents.Count; i++)
        {
            Assert.Equal(alone[i], together[i]);
            Assert.Equal(alone[i], together[(2 * documents.Count) - 1 - i]);
        }

        Assert.Contains("Peski=", alone[0], StringComparison.Ordinal);
    }

    [Fact]
    public void FactsOf_NameKeys_SameAsAskingEachPlace()
    {
        var gazetteer = Gazetteer.Default;
        var keys = gazetteer.Postings().Select(p => p.Key).Distinct().ToList();
        var random = new Random(20261127);
        var sample = Enumerable.Range(0, 4000).Select(_ => keys[random.Next(keys.Count)])
            .Concat(new[] { "Kharkiv", "Novoselivka", "Pokrovsk", "Moscow", "Washington" }.Select(n => NameKeys.KeyOf(n)!.Value));
        foreach (var key in sample)
        {
            var places = gazetteer.Lookup(key, out var index).ToArray();
            Assert.True(index >= 0, $"key {key:x16}");
            var facts = gazetteer.FactsOf(index, sizes: true);
            Assert.Equal(gazetteer.AnyRaion(places), (facts & NameFacts.Raion) != 0);
            Assert.Equal(gazetteer.AnyCityDistrict(places), (facts & NameFacts.CityDistrict) != 0);

            // the single-word checks' questions, asked of each place as they were before
            bool core = false, capital = false, big = false, small = true;
            foreach (var p in places.Select(h => gazetteer[h]))
            {
                var isCore = p.IsAdminArea || p.Country is "UA" or "RU" or "BY";
                core |= isCore;
                capital |= p.IsCapital && p.Population >= 100_000;
                big |= p.Population >= 1_000_000;
                small &= !p.IsAdminArea && (p.Population < 100_000 || !isCore);
            }

            Assert.Equal(core, (facts & NameFacts.Core) != 0);
            Assert.Equal(capital, (facts & NameFacts.Capital) != 0);
            Assert.Equal(big, (facts & NameFacts.Million) != 0);
            Assert.Equal(small, (facts & NameFacts.AllSmall) != 0);
            Assert.Equal(facts, gazetteer.FactsOf(index, sizes: true));
        }
    }
}
