using Sitrep.Cli.Evaluation.Gold;
using Sitrep.Cli.Evaluation.Scoring;

namespace Sitrep.Cli.Tests.Evaluation;

/// <summary>Claims and events have no single span: they are matched as sets within a document, one to one.</summary>
public sealed class SetScoringTests
{
    private static readonly DateOnly Nov17 = new(2025, 11, 17);
    private static readonly DateOnly Nov18 = new(2025, 11, 18);
    private static readonly DateOnly Nov19 = new(2025, 11, 19);
    private static readonly PlaceRef Pokrovsk = new(704422, "Pokrovsk", 48.282, 37.176);
    private static readonly PlaceRef Rodynske = new(695581, "Rodynske", 48.352, 37.206);

    private static Dictionary<string, FieldScore> Score(Answers gold, Answers predicted, Tolerances? tolerances = null)
    {
        var pair = new DocumentPair("doc#1", "en", "", tolerances ?? Tolerances.Default, gold, predicted);
        return GoldScorer.Score("gold", "test", [pair], attemptsEverything: true).Fields.ToDictionary(f => f.Field);
    }

    private static Answers Claims(params ClaimItem[] claims) => new(null, null, null, null, claims, null);

    private static Answers Events(params EventItem[] events) => new(null, null, null, null, null, events);

    [Fact]
    public void Claims_InAnyOrder_KindSideStancePlaceThenDates()
    {
        var gold = Claims(
            new ClaimItem("Russian Defence Ministry", "RU", "capture", "asserts", Pokrovsk, Nov17, Nov17),
            new ClaimItem("7th Rapid Response Corps", "UA", "control", "asserts", Pokrovsk, Nov18, Nov18),
            new ClaimItem("General Staff", "UA", "repelled", "asserts", null, null, null));
        var predicted = Claims(
            new ClaimItem("the corps", "UA", "control", "asserts", Pokrovsk with { Name = "Pokrovsk city" }, Nov18, Nov18), // gold 2; claimant not compared
            new ClaimItem("Russian MoD", "RU", "capture", "asserts", Pokrovsk, Nov19, Nov19), // gold 1, a day late
            new ClaimItem("General Staff", "UA", "repelled", "denies", null, null, null), // wrong stance
            new ClaimItem("Russian MoD", "RU", "capture", "asserts", Pokrovsk, null, null)); // a second capture: gold 1 is taken

        var fields = Score(gold, predicted);

        Assert.Equal((3, 4, 2), (fields["claims"].Gold, fields["claims"].Predicted, fields["claims"].Matched));
        Assert.Equal(4.0 / 7, fields["claims"].F1, 6); // P 1/2, R 2/3
        Assert.Equal(1, fields["claims.date"].Matched); // only the control claim has overlapping dates
    }

    [Fact]
    public void Claims_PlaceByIdOnly_BothWithoutPlaceAgree()
    {
        var gold = Claims(new ClaimItem("x", "UA", "repelled", "asserts", null, null, null), new ClaimItem("x", "RU", "capture", "asserts", Pokrovsk, null, null));
        var predicted = Claims(new ClaimItem("x", "UA", "repelled", "asserts", null, null, null), new ClaimItem("x", "RU", "capture", "asserts", Pokrovsk with { GeonameId = 1 }, null, null));

        Assert.Equal(1, Score(gold, predicted)["claims"].Matched);
    }

    [Theory]
    [InlineData(0, 1, 0)] // the clash a day late does not match; the strike matches by distance, with the wrong subtype
    [InlineData(2, 2, 1)] // two days' tolerance: the clash matches too, with the right subtype
    public void Events_TypePlaceWithinKmDatesOverlap_SubtypeAsShare(int dateDays, int matched, int subtypesRight)
    {
        var gold = Events(
            new EventItem("battles", "armed_clash", Nov17, Nov17, Pokrovsk),
            new EventItem("explosions_remote_violence", "air_drone_strike", Nov18, Nov18, Rodynske));
        var predicted = Events(
            new EventItem("explosions_remote_violence", "shelling_artillery_missile_attack", Nov18, Nov18, new PlaceRef(1, "Rodynske", 48.36, 37.21)),
            new EventItem("battles", "armed_clash", Nov19, Nov19, Pokrovsk),
            new EventItem("battles", "armed_clash", Nov17, Nov17, new PlaceRef(703448, "Kyiv", 50.45, 30.52)));

        var fields = Score(gold, predicted, new Tolerances(DateDays: dateDays));

        Assert.Equal((2, 3, matched), (fields["events"].Gold, fields["events"].Predicted, fields["events"].Matched));
        Assert.Equal((matched, subtypesRight), (fields["events.subtype"].Gold, fields["events.subtype"].Matched));
    }

    [Fact]
    public void Score_FieldAbsentFromGold_IsNotScored()
    {
        var fields = Score(Claims(), Events(new EventItem("battles", "armed_clash", Nov17, Nov17, Pokrovsk)));

        Assert.Equal((0, 0, 0), (fields["claims"].Gold, fields["claims"].Predicted, fields["claims"].Matched)); // gold [] is scored: nothing to find
        Assert.Equal((0, 0), (fields["events"].Gold, fields["events"].Predicted)); // gold has no "events" key
    }
}
