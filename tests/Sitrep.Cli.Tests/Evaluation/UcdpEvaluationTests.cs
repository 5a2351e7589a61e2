using System.Text.Json;
using Sitrep.Cli.Evaluation;
using Sitrep.Cli.Evaluation.Ucdp;
using Sitrep.Cli.Tests.Support;
using Sitrep.Extraction;

namespace Sitrep.Cli.Tests.Evaluation;

/// <summary>Seven real UCDP rows (Data/ucdp-slice.csv, CC BY 4.0, see Data/README.md), read by hand.</summary>
public sealed class UcdpEvaluationTests
{
    private static readonly string Slice = Repo.Path("tests", "Sitrep.Cli.Tests", "Evaluation", "Data", "ucdp-slice.csv");

    private static IReadOnlyList<UcdpOutcome> Run() =>
        new UcdpEvaluation(SitrepPipeline.Default).Run(UcdpCorpus.Read(Slice).Value!);

    [Fact]
    public void Run_RealRows_DatesAndDeathsAgainstTheCoders()
    {
        var byLine = Run().ToDictionary(o => o.Event.Row.Line);

        // "One civilian killed, 17 wounded in Donetsk shelling - mayor": 1 killed, coded 1; no date in the text.
        Assert.True(byLine[2].DeathsHit);
        Assert.True(byLine[2].DateHit);
        // "At least 20 Kiev forces killed ... on Sunday", published Monday 30 January 2017: Sunday is the 29th, as
        // coded; the coders put best 0 (low 0, high 10), so the count is a prediction without gold.
        Assert.Equal(new DateOnly(2017, 1, 29), byLine[4].From);
        Assert.True(byLine[4].DateHit && byLine[4].DateFromText);
        Assert.Equal((20.0, 20.0), byLine[4].Killed);
        Assert.False(byLine[4].HasDeaths || byLine[4].DeathsHit);
        // "Amvrosivka": a bare village name; no event, no date, no count.
        Assert.False(byLine[6].HasDate);
        Assert.Null(byLine[6].Killed);
        // Balakliia, reported on 10 September 2022 about the 8th: the publication date is not the coded date.
        Assert.Equal(new DateOnly(2022, 9, 10), byLine[7].From);
        Assert.False(byLine[7].DateHit || byLine[7].DateFromText);
    }

    [Fact]
    public void Run_Place_IsExactlyWhatEvalPlacesComputes()
    {
        var rows = UcdpCsv.Read(Slice).Value!;

        var places = new PlacesEvaluation(SitrepPipeline.Default).Run(rows);

        Assert.Equal(places, Run().Select(o => o.Place));
    }

    [Fact]
    public void Report_RealRows_CountsPerField()
    {
        var fields = UcdpReport.Of("slice", Run()).Fields.ToDictionary(f => f.Field);

        Assert.Equal((7, 5, 4), (fields["date"].Gold, fields["date"].Predicted, fields["date"].Matched));
        Assert.Equal((6, 4, 3), (fields["deaths"].Gold, fields["deaths"].Predicted, fields["deaths"].Matched)); // best > 0 in 6 rows
        Assert.Equal((4, 4), (fields["place.named12"].Gold, fields["place.named12"].Matched));
        Assert.Equal(0.6, fields["deaths"].F1, 3); // P 3/4, R 3/6
    }

    [Fact]
    public void Report_RealRows_SplitByPeriod()
    {
        var report = UcdpReport.Of("slice", Run());

        // rows 2-6 are GED events of 2014-2019, rows 7-8 candidate events of 2022-23
        Assert.Equal(["2014-2021", "2022-2023"], report.ByPeriod!.Keys);
        Assert.Equal(5, report.ByPeriod["2014-2021"].Single(f => f.Field == "date").Gold);
        Assert.Equal(2, report.ByPeriod["2022-2023"].Single(f => f.Field == "date").Gold);
    }

    [Theory]
    [InlineData("2014-01-22;2014-01-22;2014-01-25", "2014-01-22")]
    [InlineData("2023-02-17;2023-03-06;2023-02-12", "2023-02-12")]
    [InlineData("27/01/2014", "2014-01-27")] // day first, as in many rows
    [InlineData("", null)]
    public void EarliestSourceDate_IsoOrDayFirst(string sourceDates, string? expected)
    {
        Assert.Equal(expected, UcdpFacts.EarliestSourceDate(sourceDates)?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void DeathRange_BestOutsideLowHigh_IsWidenedToTakeItIn()
    {
        Assert.Equal((0, 30), new UcdpFacts(8, default, Best: 30, Low: 30, High: 0, null).DeathRange);
    }

    [Fact]
    public async Task EvalUcdp_Json_HasTheFieldRows()
    {
        var result = await CliRun.InProcessAsync("eval", "ucdp", "--ucdp", Slice, "--format", "json", "--misses", "3");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var corpus = json.RootElement.GetProperty("corpora")[0];
        Assert.Equal("ucdp", corpus.GetProperty("corpus").GetString());
        var deaths = corpus.GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("field").GetString() == "deaths");
        Assert.Equal(0.6, deaths.GetProperty("f1").GetDouble());
        // up to 3 per field: the slice has 3 date misses and 4 deaths misses, no place miss
        Assert.Equal(6, corpus.GetProperty("misses").GetArrayLength());
        Assert.Equal(7, corpus.GetProperty("missCount").GetInt32());
    }

    [Fact]
    public async Task EvalUcdp_DeathsBelowFloor_ExitsThreeAndNamesTheField()
    {
        using var dir = new TempDir();
        var floors = dir.File("floors.json", """{ "ucdp": { "deaths": 0.9, "place.named12": 0.5 } }""");

        var result = await CliRun.InProcessAsync("eval", "ucdp", "--ucdp", Slice, "--floors", floors);

        Assert.Equal(3, result.ExitCode);
        Assert.Equal("floor missed: ucdp deaths 0.600 < 0.900", result.Err.Trim());
    }
}
