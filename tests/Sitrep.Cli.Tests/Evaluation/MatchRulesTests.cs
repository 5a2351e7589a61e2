using Sitrep.Cli.Evaluation.Gold;
using Sitrep.Cli.Evaluation.Scoring;

namespace Sitrep.Cli.Tests.Evaluation;

public sealed class MatchRulesTests
{
    private const string Text = "Drones hit Kupiansk at night. By morning Kupiansk had no power, and Kupiansk-Vuzlovyi was shelled.";

    [Theory]
    [InlineData("Kupiansk", 1, 11)]
    [InlineData("Kupiansk", 2, 41)]
    [InlineData("Kupiansk", 3, 68)] // inside "Kupiansk-Vuzlovyi": exact string, not a word
    [InlineData("Kupiansk", 4, -1)]
    [InlineData("Kharkiv", 1, -1)]
    public void Find_Occurrence_CountsExactMatchesFromTheStart(string needle, int occurrence, int start)
    {
        var range = SpanLocator.Find(Text, needle, occurrence);

        Assert.Equal(start, range?.Start ?? -1);
    }

    [Theory]
    [InlineData(true, 41, 49, null, 41)] // offsets agree with the text
    [InlineData(false, 40, 48, null, 41)] // prediction off by one: the nearest occurrence
    [InlineData(true, 40, 48, null, -1)] // gold off by one: an error, not a guess
    [InlineData(false, null, null, 2, 41)]
    public void Locate_GoldStrictPredictionsLenient(bool strict, int? start, int? end, int? occurrence, int expected)
    {
        var range = SpanLocator.Locate(Text, "Kupiansk", occurrence, start, end, strict);

        Assert.Equal(expected, range?.Start ?? -1);
    }

    [Theory]
    [InlineData(0, 5, 3, 8, true)]
    [InlineData(0, 5, 5, 8, false)] // half-open: touching is not overlapping
    [InlineData(4, 6, 0, 10, true)]
    public void Overlap_HalfOpenRanges(int a, int b, int c, int d, bool overlaps)
    {
        Assert.Equal(overlaps, MatchRules.Overlap(new TextRange(a, b), new TextRange(c, d)));
    }

    [Theory]
    [InlineData("2025-11-17", "2025-11-17", "2025-11-17", "2025-11-17", 0, true, true)]
    [InlineData("2025-11-10", "2025-11-16", "2025-11-16", "2025-11-16", 0, true, false)] // "last week" vs a day in it
    [InlineData("2025-11-17", "2025-11-17", "2025-11-18", "2025-11-18", 0, false, false)]
    [InlineData("2025-11-17", "2025-11-17", "2025-11-18", "2025-11-18", 1, true, false)] // dateDays widens the gold
    [InlineData("2025-11-17", "2025-11-17", null, null, 3, false, false)] // an unresolved prediction
    public void Dates_OverlapAndExact(string gf, string gt, string? pf, string? pt, int days, bool overlap, bool exact)
    {
        DateOnly? D(string? s) => s is null ? null : DateOnly.Parse(s, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(overlap, MatchRules.DatesOverlap(D(gf), D(gt), D(pf), D(pt), days));
        Assert.Equal(exact, MatchRules.DatesExact(D(gf), D(gt), D(pf), D(pt)));
    }

    [Theory]
    [InlineData(30.0, 30.0, "tanks", 30.0, 30.0, "tanks", 0.0, true)]
    [InlineData(30.0, 30.0, "tanks", 30.0, 30.0, "armored_vehicles", 0.0, false)]
    [InlineData(150000.0, 160000.0, "personnel", 156000.0, 156000.0, "personnel", 0.0, false)] // a range is not its midpoint
    [InlineData(156000.0, 156000.0, "personnel", 150000.0, 150000.0, "personnel", 0.05, true)] // within 5 %
    [InlineData(156000.0, 156000.0, "personnel", 140000.0, 140000.0, "personnel", 0.05, false)]
    [InlineData(24.0, 99.0, "killed", 24.0, 99.0, "killed", 0.0, true)]
    public void SameQuantity_UnitAndValueWithinTolerance(double gl, double gh, string gu, double pl, double ph, string pu, double tolerance, bool same)
    {
        var gold = new QuantityItem(null, "", gl, gh, gu);
        var predicted = new QuantityItem(null, "", pl, ph, pu);

        Assert.Equal(same, MatchRules.SameQuantity(gold, predicted, tolerance));
    }

    [Fact]
    public void Near_IdOrDistance_WrongIdCloseByStillCountsByDistance()
    {
        var pokrovsk = new PlaceRef(704422, "Pokrovsk", 48.282, 37.176);
        var samePointOtherId = new PlaceRef(1, "Pokrovsk", 48.30, 37.20);
        var namesakeFarAway = new PlaceRef(2, "Pokrovsk", 47.99, 35.39); // a village of that name in Zaporizhzhia oblast

        Assert.True(MatchRules.Near(pokrovsk, samePointOtherId, 25));
        Assert.False(MatchRules.Near(pokrovsk, namesakeFarAway, 25));
        Assert.True(MatchRules.Near(pokrovsk, new PlaceRef(704422, null, null, null), 25)); // the id alone suffices
        Assert.False(MatchRules.SamePlace(pokrovsk, samePointOtherId)); // claims compare ids only
    }

    [Theory]
    [InlineData("Ukraine's 7th Rapid Response Corps", "ukraines 7th rapid response corps", true)]
    [InlineData("the Russian Defence Ministry", "Russian Defence Ministry", true)]
    [InlineData("Kharkiv-based outlet", "Kharkiv based outlet", true)]
    [InlineData("Russian Defence Ministry", "Ukrainian General Staff", false)]
    [InlineData("Russian Defence Ministry", "Минобороны России", true)] // aliases of one actor in the registry
    [InlineData("Ukrainian Defence Ministry", "Минобороны России", false)]
    public void SameSpeaker_FoldsCaseApostrophesDashesAndTheOrRegistryAlias(string gold, string predicted, bool same)
    {
        Assert.Equal(same, SpeakerNames.Same(gold, predicted));
    }

    [Fact]
    public void SameChain_NeedsSpeakerAndEveryOutletInOrder()
    {
        Assert.True(SpeakerNames.SameChain("7th Rapid Response Corps", ["Al Jazeera"], "7th rapid response corps", ["Al Jazeera"]));
        Assert.False(SpeakerNames.SameChain("7th Rapid Response Corps", ["Al Jazeera"], "7th Rapid Response Corps", []));
        Assert.False(SpeakerNames.SameChain("7th Rapid Response Corps", ["Al Jazeera", "Reuters"], "7th Rapid Response Corps", ["Reuters", "Al Jazeera"]));
    }

    [Theory]
    [InlineData("anonymous", "anonymous source", "anonymous", true)] // "a Ukrainian military source ... on condition of anonymity"
    [InlineData("anonymous", "Ukrainian General Staff", "government", false)]
    [InlineData(null, "anonymous source", "anonymous", false)] // a named gold speaker needs the name
    public void SameSpeaker_AnonymousGoldSpeaker_MatchesAnyAnonymousPrediction(string? goldType, string speaker, string type, bool same)
    {
        var gold = new AttributionItem(null, "", "Ukrainian military source", ["Meridian Wire"], goldType);
        var predicted = new AttributionItem(null, "", speaker, ["Meridian Wire"], type);

        Assert.Equal(same, SpeakerNames.SameSpeaker(gold, predicted));
        Assert.Equal(same, SpeakerNames.SameChain(gold, predicted));
    }

    [Fact]
    public void Match_OneToOne_APredictionPairsWithOneGoldOnly()
    {
        int[] gold = [1, 2];
        int[] predicted = [1];

        var pairs = OneToOne.Match(gold, predicted, (_, _) => true);

        Assert.Equal([(0, 0)], pairs);
    }

    [Fact]
    public void Match_Preference_TakesTheLongerOverlap()
    {
        TextRange[] gold = [new(10, 20)];
        TextRange[] predicted = [new(0, 12), new(11, 20)];

        var pairs = OneToOne.Match(gold, predicted, (g, p) => g.Overlaps(p), (g, p) => g.OverlapLength(p));

        Assert.Equal([(0, 1)], pairs);
    }
}
