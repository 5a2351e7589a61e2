using System.Text.Json;
using Sitrep.Cli.Tests.Support;

namespace Sitrep.Cli.Tests.Commands;

/// <summary>
/// A Russian-side outlet reports Russia's claim of a capture; the next day a Ukrainian outlet reports Ukraine's denial.
/// After ingesting both, <c>sitrep claims --contested</c> shows one contested proposition with both sides, both
/// outlets and both dates, and ingesting again changes nothing.
/// </summary>
public sealed class ContestedClaimsTests : IDisposable
{
    private readonly TempDir _dir = new();

    private string Db => Path.Combine(_dir.Path, "store.db");

    private string Corpus()
    {
        _dir.File("corpus/day1.html", """
            <!doctype html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <title>Russian MoD says troops took Kurakhove</title>
              <meta property="og:site_name" content="TASS">
              <meta property="article:published_time" content="2025-11-18T09:40:00+03:00">
            </head>
            <body>
              <article>
                <h1>Russian MoD says troops took Kurakhove</h1>
                <p>Russia's Defence Ministry said on Tuesday that units of the South group of forces had captured Kurakhove in Donetsk region.</p>
                <p>The ministry said the troops were now clearing the outskirts of the town.</p>
              </article>
            </body>
            </html>
            """);
        _dir.File("corpus/day2.txt", """
            Kyiv Independent
            Published: 19 November 2025
            Ukraine denies Russian claim of capturing Kurakhove

            Ukraine's General Staff denied on Wednesday that Russian troops had captured Kurakhove in Donetsk region,
            saying Ukrainian units continued to defend the town.
            """);
        return Path.Combine(_dir.Path, "corpus");
    }

    [Fact]
    public async Task ClaimsContested_CaptureClaimAndNextDayDenial_OnePropositionWithBothSidesSourcesAndDates()
    {
        var ingest = await CliRun.InProcessAsync("ingest", Corpus(), "--db", Db);
        Assert.Equal(0, ingest.ExitCode);

        var result = await CliRun.InProcessAsync("claims", "--contested", "--db", Db, "--format", "json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var claims = json.RootElement.EnumerateArray().ToList();
        var russian = Assert.Single(claims, c => c.GetProperty("side").GetString() == "RU");
        var ukrainian = Assert.Single(claims, c => c.GetProperty("side").GetString() == "UA");
        Assert.Equal("asserts", russian.GetProperty("stance").GetString());
        Assert.Equal("denies", ukrainian.GetProperty("stance").GetString());
        Assert.All([russian, ukrainian], c =>
        {
            Assert.Equal("capture", c.GetProperty("kind").GetString());
            Assert.Equal("Kurakhove", c.GetProperty("place").GetProperty("name").GetString());
        });
        Assert.Equal("TASS", russian.GetProperty("outlet").GetString());
        Assert.Equal("2025-11-18", russian.GetProperty("published").GetString());
        Assert.Equal("The Kyiv Independent", ukrainian.GetProperty("outlet").GetString());
        Assert.Equal("2025-11-19", ukrainian.GetProperty("published").GetString());
        Assert.Contains(ukrainian.GetProperty("id").GetString(), russian.GetProperty("contradicts").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains(russian.GetProperty("id").GetString(), ukrainian.GetProperty("contradicts").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public async Task ClaimsContested_Table_ShowsBothSidesSideBySideInOneRow()
    {
        await CliRun.InProcessAsync("ingest", Corpus(), "--db", Db);

        var result = await CliRun.InProcessAsync("claims", "--contested", "--db", Db);

        Assert.Equal(0, result.ExitCode);
        var rows = result.Out.Split('\n').Where(l => l.Contains("Kurakhove", StringComparison.Ordinal)).ToList();
        var row = Assert.Single(rows);
        Assert.Contains("TASS, 2025-11-18", row);
        Assert.Contains("Kyiv Independent, 2025-11-19", row);
        Assert.Contains("RU", row);
        Assert.Contains("UA", row);
    }

    [Fact]
    public async Task ClaimsContested_ThreeReportsOfOneDispute_OneRowListingEverySource()
    {
        _dir.File("dispute/a.jsonl", """
            {"id":"d1","outlet":"TASS","published":"2025-11-24","text":"Russia's Defence Ministry said its troops had taken full control of Siversk in Donetsk region."}
            {"id":"d2","outlet":"Ukrinform","published":"2025-11-25","text":"Ukraine's General Staff denied that Russian forces had captured Siversk and said fighting continued in the town."}
            {"id":"d3","outlet":"Suspilne","published":"2025-11-25","text":"The 3rd Army Corps said Ukrainian forces still hold the northern part of Siversk."}
            """);
        await CliRun.InProcessAsync("ingest", Path.Combine(_dir.Path, "dispute"), "--db", Db);

        var table = await CliRun.InProcessAsync("claims", "--contested", "--db", Db);

        var rows = table.Out.Split('\n').Where(l => l.Contains("Siversk", StringComparison.Ordinal)).ToList();
        var row = Assert.Single(rows);
        Assert.Contains("TASS, 2025-11-24", row);
        Assert.Contains("Ukrinform, 2025-11-25", table.Out);
        Assert.Contains("Suspilne, 2025-11-25", table.Out);
    }

    [Fact]
    public async Task Ingest_SameTwoDocumentsAgain_ContestedOutputUnchanged()
    {
        var corpus = Corpus();
        await CliRun.InProcessAsync("ingest", corpus, "--db", Db);
        var jsonBefore = await CliRun.InProcessAsync("claims", "--contested", "--db", Db, "--format", "json");
        var tableBefore = await CliRun.InProcessAsync("claims", "--contested", "--db", Db);

        var again = await CliRun.InProcessAsync("ingest", corpus, "--db", Db);
        var jsonAfter = await CliRun.InProcessAsync("claims", "--contested", "--db", Db, "--format", "json");
        var tableAfter = await CliRun.InProcessAsync("claims", "--contested", "--db", Db);

        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 documents added, 2 unchanged", again.Out);
        Assert.Equal(jsonBefore.Out, jsonAfter.Out);
        Assert.Equal(tableBefore.Out, tableAfter.Out);
    }

    [Fact]
    public async Task Claims_BothSidesReportTheSameStrike_CorroboratedNotContested()
    {
        _dir.File("agree/ru.jsonl", """
            {"id":"ru1","outlet":"RIA Novosti","published":"2025-11-18","text":"Russia's Defence Ministry said its forces struck a Ukrainian ammunition depot in Kramatorsk overnight."}
            """);
        _dir.File("agree/ua.jsonl", """
            {"id":"ua1","outlet":"Suspilne","published":"2025-11-18","text":"Vadym Filashkin said a Russian missile struck an industrial site in Kramatorsk overnight, injuring three workers."}
            """);
        await CliRun.InProcessAsync("ingest", Path.Combine(_dir.Path, "agree"), "--db", Db);

        var contested = await CliRun.InProcessAsync("claims", "--contested", "--db", Db);
        var json = await CliRun.InProcessAsync("claims", "--db", Db, "--format", "json");
        var table = await CliRun.InProcessAsync("claims", "--db", Db);

        Assert.Contains("no contested claims", contested.Out);
        using var doc = JsonDocument.Parse(json.Out);
        var strikes = doc.RootElement.EnumerateArray().Where(c => c.GetProperty("kind").GetString() == "strike").ToList();
        Assert.Equal(["RU", "UA"], strikes.Select(c => c.GetProperty("side").GetString()).Order());
        Assert.Contains("corroborated by", table.Out);
        foreach (var strike in strikes)
        {
            var id = strike.GetProperty("id").GetString()!;
            var other = strikes.Single(c => c.GetProperty("id").GetString() != id).GetProperty("id").GetString()!;
            var row = Assert.Single(table.Out.Split('\n'), l => l.TrimEnd().EndsWith(id, StringComparison.Ordinal));
            Assert.Contains(other, row);
        }
    }

    [Theory]
    [InlineData("The 7th Rapid Response Corps said Ukrainian forces still hold the northern part of Kupiansk.", "contested")]
    [InlineData("The Khortytsia group confirmed that Russian troops had captured Kupiansk after Ukrainian units withdrew.", "corroborated")]
    [InlineData("The 3rd Army Corps said Russian units control the eastern outskirts of Kupiansk.", "corroborated")]
    public async Task ClaimsContested_RussianFullControlThenUkrainianStatement_ContestedOnlyWhenTheyDisagree(string ukrainian, string expected)
    {
        _dir.File("control/ru.jsonl", """
            {"id":"ru2","outlet":"TASS","published":"2025-11-20","text":"Russia's Defence Ministry said its troops had taken full control of Kupiansk in Kharkiv region."}
            """);
        _dir.File("control/ua.jsonl", $$"""
            {"id":"ua2","outlet":"Ukrinform","published":"2025-11-21","text":"{{ukrainian}}"}
            """);
        await CliRun.InProcessAsync("ingest", Path.Combine(_dir.Path, "control"), "--db", Db);

        var contested = await CliRun.InProcessAsync("claims", "--contested", "--db", Db, "--format", "json");
        var table = await CliRun.InProcessAsync("claims", "--db", Db);

        using var json = JsonDocument.Parse(contested.Out);
        var sides = json.RootElement.EnumerateArray().Select(c => c.GetProperty("side").GetString()).Order().ToList();
        if (expected == "contested")
        {
            Assert.Equal(["RU", "UA"], sides);
        }
        else
        {
            Assert.Empty(sides);
            var rows = table.Out.Split('\n').Where(l => l.Contains("Kupiansk", StringComparison.Ordinal) && l.Contains("clm-", StringComparison.Ordinal)).ToList();
            Assert.Equal(2, rows.Count);
            Assert.All(rows, r => Assert.Equal(2, r.Split("clm-").Length - 1)); // its own id and the other side's
        }
    }

    public void Dispose() => _dir.Dispose();
}
