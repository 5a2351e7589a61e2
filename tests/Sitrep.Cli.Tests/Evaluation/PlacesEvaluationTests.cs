using Sitrep.Cli.Evaluation;
using Sitrep.Cli.Tests.Support;
using Sitrep.Extraction;

namespace Sitrep.Cli.Tests.Evaluation;

public sealed class PlacesEvaluationTests
{
    // Our own headlines in UCDP's layout: sources joined by ';', coders' point and where_prec.
    private const string Slice = """
        id,source_headline,where_prec,where_description,latitude,longitude,date_start,best
        1,"Shelling kills two civilians in Kramatorsk, city council says",1,Kramatorsk town,48.7389,37.5848,5/3/2015 12:00:00 AM,2
        2,"Fighting flares near Mariupol;Separatists shell checkpoint east of Mariupol",2,Mariupol town (near),47.0958,37.5494,02/10/2015 00:00,3
        3,"Two soldiers killed in eastern Ukraine, army says",1,Avdiivka town,48.1394,37.7497,1/22/2016 12:00:00 AM,2
        4,"Blast in Kharkiv kills one",1,Luhansk town,48.567,39.317,2015-06-01,1
        """;

    [Fact]
    public void Parse_UcdpSlice_ReadsRowsWithMonthFirstDatesAndJoinedHeadlines()
    {
        var rows = UcdpCsv.Parse(Slice, "slice.csv").Value!;

        Assert.Equal(4, rows.Count);
        Assert.Equal(new DateOnly(2015, 2, 10), rows[1].DateStart);
        Assert.Equal(new DateOnly(2016, 1, 22), rows[2].DateStart);
        Assert.Equal(new DateOnly(2015, 6, 1), rows[3].DateStart);
        Assert.Equal("Fighting flares near Mariupol\n\nSeparatists shell checkpoint east of Mariupol", PlacesEvaluation.InputText(rows[1].Headline));
        Assert.Equal(4, rows[2].Line); // the header is line 1
    }

    [Fact]
    public void Parse_MissingColumn_FailsWithLocatedError()
    {
        var result = UcdpCsv.Parse("id,source_headline,latitude\n1,x,2\n", "bad.csv");

        Assert.False(result.IsSuccess);
        Assert.Equal("bad.csv:1: no column 'where_prec' in the header (SR1007)", result.Error!.ToString());
    }

    [Fact]
    public void Run_HandCheckedSlice_CountsHitsMissesAndRowsWithoutPlace()
    {
        var rows = UcdpCsv.Parse(Slice, "slice.csv").Value!;

        var outcomes = new PlacesEvaluation(SitrepPipeline.Default).Run(rows);
        var report = PlacesReport.Of(outcomes);

        // 1: Kramatorsk, 0 km. 2: Mariupol, 0 km. 3: no place but the country. 4: Kharkiv, ~300 km from Luhansk.
        Assert.True(outcomes[0].Hit && outcomes[1].Hit);
        Assert.Equal("Kharkiv", outcomes[3].Ours!.Name);
        Assert.InRange(outcomes[3].DistanceKm!.Value, 250, 350);
        Assert.False(outcomes[2].Hit);
        Assert.Equal(new PlacesScore(3, 3, 1), report.ByPrecision[1]);
        Assert.Equal(new PlacesScore(1, 1, 1), report.ByPrecision[2]);
        Assert.Equal(new PlacesScore(2, 2, 2), report.Target); // rows 1 and 2 name their place; 3 and 4 do not
    }

    [Fact]
    public void Run_HeadlineNamingOnlyAFrontDirection_ScoresTheDirectionsTown()
    {
        // Nothing locates the report but the direction: the coders put such reports at the town it is named after.
        const string csv = """
            id,source_headline,where_prec,where_description,latitude,longitude,date_start,best
            1,"Russian gunners destroyed two howitzers in the Yuzhnodonetsk direction, the ministry said",2,Vuhledar area,47.78,37.25,2/9/2023 12:00:00 AM,4
            """;
        var rows = UcdpCsv.Parse(csv, "slice.csv").Value!;

        var outcome = new PlacesEvaluation(SitrepPipeline.Default).Run(rows)[0];

        Assert.Equal("Vuhledar", outcome.Ours!.Name);
        Assert.True(outcome.Hit);
    }

    [Theory]
    [InlineData("Rebels shell Lugansk suburbs", "Luhansk town", true)]
    [InlineData("Army retakes Slavyansk", "Sloviansk town", true)] // Russian and Ukrainian romanisations of one name
    [InlineData("Shelling near Avdeevka", "Avdiivka town", true)]
    [InlineData("Fighting for Marinka", "Marynivka village", true)] // a limit: two villages whose first five letters agree
    [InlineData("Shelling near Avdeevka", "Adamivka village", false)]
    [InlineData("Army retakes Slavyansk", "Slaviansk town", true)]
    [InlineData("Ukrainian soldier killed near Shumy", "near the village of Shumy", true)]
    [InlineData("Two soldiers killed in eastern Ukraine", "Avdiivka town", false)]
    [InlineData("Fighting near Donetsk airport", "between Donetsk and Pisky", true)]
    [InlineData("In the Donetsk region, shelling killed three civilians", "Donetsk region: in Selydove and Toretsk", false)]
    [InlineData("Heavy losses in the Kupiansk direction, Moscow says", "Kupiansk direction: near Synkivka", false)]
    public void NamesPlace_FirstPlaceWordOfDescription_FoundInHeadline(string headline, string description, bool named)
    {
        Assert.Equal(named, PlacesEvaluation.NamesPlace(headline, description));
    }

    [Fact]
    public void Km_KyivToKharkiv_IsAboutFourHundredSeventyKilometres()
    {
        Assert.InRange(Haversine.Km(50.45, 30.52, 49.99, 36.23), 400, 420);
    }

    [Fact]
    public async Task EvalPlaces_SmallFile_PrintsTableAndTarget()
    {
        using var dir = new TempDir();
        var file = dir.File("ucdp.csv", Slice);

        var result = await CliRun.InProcessAsync("eval", "places", "--ucdp", file, "--misses", "5");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("where_prec 1-2 with the place named: 2 of 2 within 25 km (100.0%", result.Out, StringComparison.Ordinal);
        Assert.Contains("         1 |     3 |          3 |            1 |   33.3% |", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalPlaces_MissingFile_FailsWithOneLine()
    {
        var result = await CliRun.InProcessAsync("eval", "places", "--ucdp", "no-such-file.csv");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("no-such-file.csv: file not found", result.Err, StringComparison.Ordinal);
    }
}
