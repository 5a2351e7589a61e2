using Sitrep.Core.Contract;
using Sitrep.Reconcile.Events;
using Sitrep.Storage.Tests.Builders;

namespace Sitrep.Storage.Tests.Reconcile;

public sealed class EventMatcherTests
{
    private static EventReport Report(ExtractOutput doc, int index = 0) => EventReport.FromDocument(doc, 1)[index];

    [Fact]
    public void Match_RepublishedWireStory_MatchesWithHighSimilarity()
    {
        var m = EventMatcher.Match(Report(Corpus.WireStrike()), Report(Corpus.RepublishedStrike()));

        Assert.True(m.IsMatch, m.Reason);
        Assert.True(m.TextSimilarity > 0.9, m.Reason);
        Assert.StartsWith("same place 706483, same day, same subtype, text similarity", m.Reason);
    }

    [Fact]
    public void Match_IndependentWriteUpNextDayWithSameFigures_MatchesOnFigures()
    {
        var m = EventMatcher.Match(Report(Corpus.WireStrike()), Report(Corpus.DigestStrike()));

        Assert.True(m.IsMatch, m.Reason);
        Assert.True(m.TextSimilarity < 0.2, m.Reason);
        Assert.Contains("figures agree on killed, wounded", m.Reason);
    }

    [Fact]
    public void Match_ReportsPreparedForMatchingOnly_SameVerdictReasonAndSimilarityAsFullReports()
    {
        // what a store keeps in its window (no evidence, sources or actors) must decide every pair as the full reports do
        var reports = Corpus.All().SelectMany(d => EventReport.FromDocument(d, 1)).ToList();

        foreach (var a in reports)
        {
            foreach (var b in reports)
            {
                var full = EventMatcher.Match(new MatchableReport(a), new MatchableReport(b));
                var slim = EventMatcher.Match(new MatchableReport(a), new MatchableReport(b).ForMatching());
                var both = EventMatcher.Match(new MatchableReport(a).ForMatching(), new MatchableReport(b).ForMatching());

                Assert.Equal((full.IsMatch, full.Reason, full.TextSimilarity), (slim.IsMatch, slim.Reason, slim.TextSimilarity));
                Assert.Equal((full.IsMatch, full.Reason, full.TextSimilarity), (both.IsMatch, both.Reason, both.TextSimilarity));
            }
        }

        Assert.All(reports, r => Assert.Empty(new MatchableReport(r).ForMatching().Report.Event.Evidence));
    }

    [Fact]
    public void Match_CuesWorkedOutBeforehand_SameVerdictReasonAndSimilarity()
    {
        // the store takes each new report's cues from where the document was prepared (the extracting threads): time
        // of day and sides still split two assaults on one town, and every pair is decided as before
        var reports = Corpus.All().SelectMany(d => EventReport.FromDocument(d, 1)).ToList();

        foreach (var a in reports)
        {
            foreach (var b in reports)
            {
                var here = EventMatcher.Match(new MatchableReport(a), new MatchableReport(b).ForMatching());
                var given = EventMatcher.Match(new MatchableReport(a, Sitrep.Core.Text.EvidenceCues.Of(a.EvidenceText)), new MatchableReport(b).ForMatching());
                var both = EventMatcher.Match(
                    new MatchableReport(a, Sitrep.Core.Text.EvidenceCues.Of(a.EvidenceText)).ForMatching(),
                    new MatchableReport(b, Sitrep.Core.Text.EvidenceCues.Of(b.EvidenceText)));

                Assert.Equal((here.IsMatch, here.Reason, here.TextSimilarity), (given.IsMatch, given.Reason, given.TextSimilarity));
                Assert.Equal((here.IsMatch, here.Reason, here.TextSimilarity), (both.IsMatch, both.Reason, both.TextSimilarity));
            }
        }

        Assert.Contains(reports, a => reports.Any(b => EventMatcher.Match(new MatchableReport(a, Sitrep.Core.Text.EvidenceCues.Of(a.EvidenceText)), new MatchableReport(b)).Reason.Contains("text similarity", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("missile vs drone", false)]
    [InlineData("assault vs infiltration", false)]
    public void Match_DifferentAttacksSamePlaceSameDay_NoMatch(string pair, bool expected)
    {
        var (a, b) = pair == "missile vs drone"
            ? (Corpus.WireStrike(), Corpus.DroneSameDay())
            : (Corpus.MechanisedAssault(), Corpus.Infiltration());

        var m = EventMatcher.Match(Report(a), Report(b));

        Assert.Equal(expected, m.IsMatch);
        Assert.Contains("figures conflict", m.Reason);
    }

    [Theory]
    [InlineData(0.0, 0.0, "2025-11-03", true)]    // same town, same day
    [InlineData(0.02, 0.02, "2025-11-03", true)]  // ~2.7 km away
    [InlineData(0.06, 0.06, "2025-11-03", false)] // ~8 km away
    [InlineData(0.0, 0.0, "2025-11-04", true)]    // next day
    [InlineData(0.0, 0.0, "2025-11-05", false)]   // two days later
    public void Match_DistanceAndDate_WithinFiveKmAndOneDay(double dLat, double dLon, string date, bool expected)
    {
        var nearby = Place.Kostiantynivka.Nearby(dLat == 0 ? Place.Kostiantynivka.GeonameId : 1, "Kostiantynivka area", dLat, dLon);
        var a = Shelling(Place.Kostiantynivka, "2025-11-03", "Russian artillery shelled the central market in Kostiantynivka on Monday.");
        var b = Shelling(nearby, date, "Guided aerial bombs fell on a district of Kostiantynivka, officials said.");

        Assert.Equal(expected, EventMatcher.Match(Report(a), Report(b)).IsMatch);
        Assert.Equal(expected, EventMatcher.Match(Report(b), Report(a)).IsMatch);
    }

    [Fact]
    public void Match_DifferentTypeFamilies_NoMatch()
    {
        var a = Shelling(Place.Kupiansk, "2025-11-03", "Artillery hit Kupiansk overnight.");
        var d = new DocBuilder("Troops clashed in Kupiansk overnight.", "Wire", "2025-11-03");
        var b = d.Event("armed_clash", "Troops clashed in Kupiansk overnight.", Place.Kupiansk, "2025-11-03").Build();

        Assert.False(EventMatcher.Match(Report(a), Report(b)).IsMatch);
    }

    [Fact]
    public void Match_UndatedOrUnlocated_NoMatch()
    {
        var a = Shelling(Place.Kupiansk, "2025-11-03", "Artillery hit Kupiansk overnight.");
        var d = new DocBuilder("Artillery hit Kupiansk overnight, again.", "Wire", "2025-11-03");
        var undated = d.Event("shelling_artillery_missile_attack", "Artillery hit Kupiansk overnight, again.", Place.Kupiansk.Location(), null, null).Build();

        Assert.False(EventMatcher.Match(Report(a), Report(undated)).IsMatch);
    }

    [Fact]
    public void Match_ReportDatedOnlyToTheMonth_NoMatch()
    {
        var a = Shelling(Place.Kupiansk, "2025-11-03", "Artillery hit Kupiansk overnight.");
        var d = new DocBuilder("Kupiansk was shelled throughout November.", "Monthly review", "2025-12-01");
        var monthly = d.Event("shelling_artillery_missile_attack", "Kupiansk was shelled throughout November.", Place.Kupiansk.Location(), "2025-11-01", "2025-11-30").Build();

        Assert.False(EventMatcher.Match(Report(a), Report(monthly)).IsMatch);
    }

    private static ExtractOutput Shelling(Place place, string date, string sentence) =>
        new DocBuilder(sentence, "Wire " + sentence.Length, date).Event("shelling_artillery_missile_attack", sentence, place, date).Build();
}
