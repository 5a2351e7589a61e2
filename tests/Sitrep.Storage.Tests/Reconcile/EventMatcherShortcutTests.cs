using Sitrep.Core.Contract;
using Sitrep.Reconcile.Events;
using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests.Reconcile;

/// <summary><see cref="EventMatcher.IsMatch"/> skips the text similarity when the verdict does not depend on it: it must
/// give the verdict of <see cref="EventMatcher.Match(MatchableReport, MatchableReport, EventMatchOptions?)"/> for every
/// pair, and <see cref="EventMatcher.TextSimilarity"/> its similarity.</summary>
public sealed class EventMatcherShortcutTests
{
    private static readonly string[] Openings =
    [
        "A Russian missile struck a residential block in {0} at dawn, killing {1} and wounding {2}, the governor said.",
        "A Russian missile struck a residential block in {0} at dawn, killing {1} and wounding {2}, the governor said on Telegram.",
        "In the evening drones hit the eastern outskirts of {0}; {1} died and {2} were hurt, local officials reported.",
        "Shelling of the northern part of {0} overnight left {1} dead and {2} injured, according to police.",
        "Окупанти обстріляли {0} вранці: загинули {1}, поранено {2}, повідомив голова ОВА.",
        "Окупанти обстріляли {0} ввечері: загинули {1}, поранено {2}, повідомив голова ОВА.",
        "ВСУ атаковали {0} днём, погибли {1}, ранены {2}, сообщил губернатор.",
    ];

    private static readonly Place[] Towns =
        [Place.Kharkiv, Place.Kupiansk, Place.Pokrovsk, Place.Myrnohrad, Place.Kupiansk.Nearby(1, "Kupiansk-Vuzlovyi", 0.02, 0.01)];

    private static readonly string[] Subtypes = ["shelling_artillery_missile_attack", "air_drone_strike", "armed_clash"];

    [Fact]
    public void IsMatch_RandomReports_VerdictOfMatch()
    {
        var random = new Random(26112025);
        var reports = Enumerable.Range(0, 160).Select(i => Report(random, i)).ToList();
        var matched = 0;
        foreach (var a in reports)
        {
            foreach (var b in reports)
            {
                var full = EventMatcher.Match(a, b);

                Assert.Equal(full.IsMatch, EventMatcher.IsMatch(a, b));
                if (full.IsMatch)
                {
                    matched++;
                    Assert.Equal(full.TextSimilarity, EventMatcher.TextSimilarity(a, b));
                }
            }
        }

        Assert.InRange(matched, 200, 20_000); // both verdicts occur, through every rule
    }

    [Fact]
    public void IsMatch_WindowReports_VerdictOfMatch()
    {
        var reports = Corpus.All().SelectMany(d => EventReport.FromDocument(d, 1)).Select(r => new MatchableReport(r)).ToList();

        foreach (var a in reports)
        {
            foreach (var b in reports)
            {
                Assert.Equal(EventMatcher.Match(a, b).IsMatch, EventMatcher.IsMatch(a, b.ForMatching()));
                Assert.Equal(EventMatcher.Match(a, b).TextSimilarity, EventMatcher.Match(a.ForMatching(), b.ForMatching()).TextSimilarity);
            }
        }
    }

    [Fact]
    public void BestByEvent_RandomMatches_FirstOfHighestSimilarityForEachEvent()
    {
        var random = new Random(28112025);
        var reports = Enumerable.Range(0, 120).Select(i => Report(random, i)).ToList();
        var events = Enumerable.Range(0, 6).Select(i => new Relational.EventNode($"evt-{i}", i, null)).ToList();
        var chosen = 0;
        for (var round = 0; round < 300; round++)
        {
            var query = reports[random.Next(reports.Count)];
            // as the store gathers them: candidates that match, each with its event
            var matches = Enumerable.Range(0, random.Next(0, 40))
                .Select(_ => reports[random.Next(reports.Count)]).Where(r => EventMatcher.IsMatch(query, r))
                .Select(r => (Stored: new Relational.WindowReport(r, 1, 0, events[0]), Event: events[random.Next(random.Next(1, events.Count))]))
                .ToList();

            var plain = matches.GroupBy(m => m.Event)
                .Select(g => g.OrderByDescending(m => EventMatcher.Match(query, m.Stored.Prepared).TextSimilarity).First())
                .ToList();

            Assert.Equal(plain, SitrepStore.BestByEvent(query, matches));
            chosen += plain.Count(p => !ReferenceEquals(p.Stored, matches.First(m => m.Event == p.Event).Stored));
        }

        Assert.True(chosen >= 5, $"{chosen} events whose best report was not their first");
    }

    private static MatchableReport Report(Random random, int i)
    {
        var town = Towns[random.Next(Towns.Length)];
        var (killed, wounded) = (random.Next(1, 4), random.Next(0, 3) * 6);
        var sentence = string.Format(System.Globalization.CultureInfo.InvariantCulture, Openings[random.Next(Openings.Length)],
            town.Name, killed == 1 ? "one person" : $"{killed} people", $"{wounded} residents");
        var date = $"2025-11-0{random.Next(3, 6)}";
        var d = new DocBuilder(sentence + $" Report {i}.", "Outlet " + random.Next(3), date);
        var figures = random.Next(4) == 0 ? [] : new[]
        {
            d.Figure(killed == 1 ? "one person" : $"{killed} people", "killed", killed),
            d.Figure($"{wounded} residents", "wounded", wounded),
        };
        var location = town.Location(precision: random.Next(4) == 0 ? 3 : 1);
        var output = d.Event(Subtypes[random.Next(Subtypes.Length)], sentence, location, date, date, figures).Build();
        return new MatchableReport(EventReport.FromDocument(output, i)[0]);
    }
}
