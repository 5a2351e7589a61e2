using System.Text.Json;
using Sitrep.Cli.Tests.Support;

namespace Sitrep.Cli.Tests.Evaluation;

/// <summary>
/// <c>sitrep eval gold</c> on a hand-made corpus of two one-sentence sources, with a peer's predictions whose
/// counts were worked out by hand (see each assertion).
/// </summary>
public sealed class GoldEvalTests : IDisposable
{
    private const string English = "KHARKIV, Nov 3 - Russian drones struck Kupiansk overnight, killing two civilians, the regional governor said on Monday. Three drones were shot down near Balakliia.";
    private const string Ukrainian = "Сили оборони відбили атаку біля Покровська, повідомили у штабі.";

    private const string EnglishGold = """
        [
          {
            "document": { "published": "2025-11-03", "language": "en" },
            "places": [
              { "text": "KHARKIV", "geonameId": 706483, "lat": 49.98, "lon": 36.25, "role": "location" },
              { "text": "Kupiansk", "geonameId": 704508, "lat": 49.71, "lon": 37.61, "role": "location" },
              { "text": "Balakliia", "geonameId": 712451, "lat": 49.46, "lon": 36.86, "role": "location" }
            ],
            "times": [ { "text": "on Monday", "from": "2025-11-03", "to": "2025-11-03" } ],
            "quantities": [
              { "text": "two civilians", "value": 2, "unit": "killed" },
              { "text": "Three drones", "value": 3, "unit": "drones" }
            ],
            "attributions": [ { "text": "killing two civilians", "speaker": "regional governor", "via": [] } ]
          }
        ]
        """;

    private const string UkrainianGold = """
        [ { "document": { "published": "2025-11-03", "language": "uk" },
            "places": [ { "text": "Покровська", "geonameId": 704422, "lat": 48.282, "lon": 37.176, "role": "location" } ] } ]
        """;

    // A peer that reads places, quantities and attributions, but no times, claims or events.
    private const string EnglishPredictions = """
        [
          {
            "document": { "language": "en" },
            "places": [
              { "text": "KHARKIV", "start": 0, "end": 7, "geonameId": 706483, "lat": 49.98, "lon": 36.25, "role": "location" },
              { "text": "Kupiansk", "geonameId": 999, "lat": 49.72, "lon": 37.60, "role": "origin" },
              { "text": "Nov", "geonameId": 1, "lat": 0, "lon": 0, "role": "location" }
            ],
            "quantities": [
              { "text": "two civilians", "value": 2, "unit": "killed" },
              { "text": "Three drones", "value": 3, "unit": "missiles" }
            ],
            "attributions": [
              { "text": "Russian drones struck Kupiansk overnight, killing two civilians, the regional governor said on Monday.", "speaker": "Regional Governor", "via": [] }
            ]
          }
        ]
        """;

    private const string UkrainianPredictions = """
        [ { "places": [ { "text": "Покровська", "geonameId": 704422, "lat": 48.28, "lon": 37.18, "role": "location" } ] } ]
        """;

    private readonly TempDir _dir = new();

    public GoldEvalTests()
    {
        _dir.File("samples/t.txt", English);
        _dir.File("samples/u.txt", Ukrainian);
        _dir.File("gold/t.txt.gold.json", EnglishGold);
        _dir.File("gold/u.txt.gold.json", UkrainianGold);
        _dir.File("peer/t.txt.json", EnglishPredictions);
        _dir.File("peer/u.txt.json", UkrainianPredictions);
    }

    private string P(string name) => Path.Combine(_dir.Path, name);

    public void Dispose() => _dir.Dispose();

    private Task<CliRun.Outcome> EvalPeer(params string[] extra) =>
        CliRun.InProcessAsync(["eval", "gold", "--gold", P("gold"), "--samples", P("samples"), "--predictions", P("peer"), .. extra]);

    [Fact]
    public async Task EvalGold_PeerPredictions_HandCountedPrecisionRecallF1()
    {
        var result = await EvalPeer();

        Assert.Equal(0, result.ExitCode);
        // found: KHARKIV, Kupiansk, Покровська overlap gold; Balakliia missed; "Nov" spurious -> 3 of 4 both ways.
        Assert.Contains("places.found         |      4 |         4 |       3 |     75.0% |  75.0% |      75.0%", result.Out, StringComparison.Ordinal);
        // id: Kupiansk has the wrong id -> 2 of 4.
        Assert.Contains("places.id            |      4 |         4 |       2 |     50.0% |  50.0% |      50.0%", result.Out, StringComparison.Ordinal);
        // km: the wrong Kupiansk id is 1 km from the gold point -> counts again.
        Assert.Contains("places.km            |      4 |         4 |       3 |     75.0% |  75.0% |      75.0%", result.Out, StringComparison.Ordinal);
        // role: among the 3 found, Kupiansk's "origin" is wrong.
        Assert.Contains("places.role          |      3 |           |       2 |           |        | 66.7% share", result.Out, StringComparison.Ordinal);
        // no "times" key anywhere in the predictions: not attempted, not zero.
        Assert.Contains("times.exact          |      1 |         - |       - |         - |      - |          -", result.Out, StringComparison.Ordinal);
        // "Three drones" read as missiles: found, but wrong unit and so wrong value.
        Assert.Contains("quantities.unit      |      2 |         2 |       1 |     50.0% |  50.0% |      50.0%", result.Out, StringComparison.Ordinal);
        Assert.Contains("quantities.value     |      2 |         2 |       1 |     50.0% |  50.0% |      50.0%", result.Out, StringComparison.Ordinal);
        // the predicted statement contains the gold fragment; "Regional Governor" folds to the gold speaker.
        Assert.Contains("attributions.chain   |      1 |         1 |       1 |    100.0% | 100.0% |     100.0%", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalGold_TwoLanguages_PrintsATablePerLanguage()
    {
        var result = await EvalPeer();

        var uk = result.Out[result.Out.IndexOf("language uk:", StringComparison.Ordinal)..];
        Assert.Contains("places.id            |      1 |         1 |       1 |    100.0% | 100.0% |     100.0%", uk, StringComparison.Ordinal);
        var en = result.Out[result.Out.IndexOf("language en:", StringComparison.Ordinal)..];
        Assert.Contains("places.id            |      3 |         3 |       1 |     33.3% |  33.3% |      33.3%", en, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalGold_Misses_ListGoldAgainstPredictedWithTheText()
    {
        var result = await EvalPeer("--misses", "20");

        Assert.Contains("t.txt#1 | places.id | \"Kupiansk\" 704508 (49.71, 37.61) location | \"Kupiansk\" 999 (49.72, 37.6) origin | KHARKIV, Nov 3 - Russian drones struck [Kupiansk] overnight", result.Out, StringComparison.Ordinal);
        Assert.Contains("t.txt#1 | places.id | \"Balakliia\" 712451 (49.46, 36.86) location | (nothing) |", result.Out, StringComparison.Ordinal);
        Assert.Contains("t.txt#1 | places.id | (nothing) | \"Nov\" 1 (0, 0) location | KHARKIV, [Nov] 3", result.Out, StringComparison.Ordinal);
        Assert.Contains("t.txt#1 | quantities.value | \"Three drones\" 3 drones | \"Three drones\" 3 missiles |", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("| times.", result.Out, StringComparison.Ordinal); // not attempted: no misses listed
    }

    [Fact]
    public async Task EvalGold_Json_NotAttemptedFieldsAreMarked()
    {
        var result = await EvalPeer("--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var fields = json.RootElement.GetProperty("corpora")[0].GetProperty("fields").EnumerateArray().ToDictionary(f => f.GetProperty("field").GetString()!);
        Assert.Equal(0.5, fields["places.id"].GetProperty("f1").GetDouble());
        Assert.False(fields["times.found"].GetProperty("attempted").GetBoolean());
        Assert.True(fields["places.found"].GetProperty("attempted").GetBoolean());
    }

    [Fact]
    public async Task EvalGold_Sitrep_ScoresEveryFieldItRuns()
    {
        var result = await CliRun.InProcessAsync("eval", "gold", "--gold", P("gold"), "--samples", P("samples"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("2 documents, 2 sources", result.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("times.found          |      1 |         - |", result.Out, StringComparison.Ordinal);
        Assert.Matches(@"places\.found +\| +4 \| +[1-9]", result.Out);
    }

    [Fact]
    public async Task EvalGold_DirectorySource_OneGoldDocumentPerFileInOrder()
    {
        _dir.File("samples/posts/1.txt", "Drones struck Kupiansk overnight.");
        _dir.File("samples/posts/2.txt", "Shelling hit Nikopol in the morning.");
        _dir.File("gold/posts.gold.json", """
            [ { "document": { "published": "2025-11-03", "language": "en" }, "places": [ { "text": "Kupiansk" } ] },
              { "document": { "published": "2025-11-03", "language": "en" }, "places": [ { "text": "Nikopol" } ] } ]
            """);

        var result = await CliRun.InProcessAsync("eval", "gold", "--gold", P("gold"), "--samples", P("samples"), "--misses", "50");

        Assert.Equal(0, result.ExitCode);
        // the gold texts occur only if posts#1 is 1.txt and posts#2 is 2.txt
        Assert.Contains("4 documents, 3 sources", result.Out, StringComparison.Ordinal);
        Assert.Contains("places.found         |      6 |", result.Out, StringComparison.Ordinal);
        Assert.Contains("posts#2 | places.id | \"Nikopol\" no id", result.Out, StringComparison.Ordinal); // no id in this gold
    }

    [Fact]
    public async Task EvalGold_SavedSitrepOutput_ScoresTheSameAsPredictions()
    {
        var own = await CliRun.InProcessAsync("eval", "gold", "--gold", P("gold"), "--samples", P("samples"), "--save-predictions", P("saved"));
        var asPeer = await CliRun.InProcessAsync("eval", "gold", "--gold", P("gold"), "--samples", P("samples"), "--predictions", P("saved"));

        Assert.True(File.Exists(P("saved/t.txt.json")) && File.Exists(P("saved/u.txt.json")));
        static string Rows(string output) => string.Join('\n', output.Split('\n').Where(l => l.Contains(" | ", StringComparison.Ordinal) && !l.StartsWith("published", StringComparison.Ordinal)));
        Assert.Equal(Rows(own.Out), Rows(asPeer.Out)); // `extract` output is valid predictions, scored alike
    }

    [Fact]
    public async Task EvalGold_MissingPredictionsFile_MeansNothingAttemptedForThatSource()
    {
        File.Delete(P("peer/u.txt.json"));

        var result = await EvalPeer();

        // Покровська is still gold; only the English predictions remain.
        Assert.Contains("places.found         |      4 |         3 |       2 |     66.7% |  50.0% |      57.1%", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalGold_MalformedGold_OneLocatedLineAndExitOne()
    {
        var bad = _dir.File("gold/t.txt.gold.json", "[\n  {\n    \"places\": [ { \"text\": \"Kupiansk\" \"geonameId\": 1 } ]\n  }\n]\n");

        var result = await EvalPeer();

        Assert.Equal(1, result.ExitCode);
        var line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"sitrep: {bad}:3: position 38 ($[0].places[0]): ", line, StringComparison.Ordinal);
        Assert.EndsWith("(SR1003)", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalGold_MalformedPredictions_LocatedInThePredictionsFile()
    {
        var bad = _dir.File("peer/u.txt.json", "[ { \"places\": [ { \"text\": \"Покровська\",\n  \"geonameId\": \"704422\" } ] } ]");

        var result = await EvalPeer();

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"sitrep: {bad}:2: position ", result.Err, StringComparison.Ordinal);
        Assert.Contains("$[0].places[0].geonameId", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalGold_GoldTextNotInDocument_NamesFileDocumentFieldAndText()
    {
        var bad = _dir.File("gold/t.txt.gold.json", """[ { "document": { "published": "2025-11-03", "language": "en" }, "places": [ { "text": "KHARKIV" }, { "text": "Kupiansk", "occurrence": 2 } ] } ]""");

        var result = await EvalPeer();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"sitrep: {bad}: document 1, places[1]: text \"Kupiansk\" (occurrence 2) does not occur in the document (SR1008)", result.Err.Trim());
    }

    [Fact]
    public async Task EvalGold_GoldWithoutLanguage_IsAnError()
    {
        var bad = _dir.File("gold/u.txt.gold.json", """[ { "document": { "published": "2025-11-03" }, "places": [] } ]""");

        var result = await EvalPeer();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"sitrep: {bad}: document 1: gold needs document.language (and document.published, null for an undated document) (SR1008)", result.Err.Trim());
    }

    [Fact]
    public async Task EvalGold_Sitrep_PublishedDateComparedWithTheReader()
    {
        // a plain-text dateline without a year gives the reader no publication date
        var result = await CliRun.InProcessAsync("eval", "gold", "--gold", P("gold"), "--samples", P("samples"), "--misses", "20");

        Assert.Contains("published            |      2 |         0 |       0 |", result.Out, StringComparison.Ordinal);
        Assert.Contains("t.txt#1 | published | 2025-11-03 | (nothing) |", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalGold_FloorMissed_ExitsThreeAndNamesFieldValueAndFloor()
    {
        var floors = _dir.File("floors.json", """{ "gold": { "places.found": 0.7, "places.id": 0.9, "times.exact": 0.9 } }""");

        var result = await EvalPeer("--floors", floors);

        Assert.Equal(3, result.ExitCode);
        // places.found 0.75 passes; times were not attempted, so no floor applies.
        Assert.Equal("floor missed: gold places.id 0.500 < 0.900", result.Err.Trim());
        Assert.Contains("floor missed: gold places.id 0.500 < 0.900", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EvalGold_FloorOnUnknownField_FailsWithTheFloorsFile()
    {
        var floors = _dir.File("floors.json", """{ "gold": { "places.ids": 0.5 } }""");

        var result = await EvalPeer("--floors", floors);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"sitrep: {floors}: 'gold.places.ids': no such field", result.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Eval_NoGoldFiles_SkipsGoldAndStillScoresUcdp()
    {
        var result = await CliRun.InProcessAsync("eval", "--gold", P("peer"), "--ucdp", Repo.Path("tests", "Sitrep.Cli.Tests", "Evaluation", "Data", "ucdp-slice.csv"), "--floors", _dir.File("none.json", "{}"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("gold: skipped", result.Out, StringComparison.Ordinal);
        Assert.Contains("== ucdp:", result.Out, StringComparison.Ordinal);
    }
}
