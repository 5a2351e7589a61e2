using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Cli.Tests.Support;

namespace Sitrep.Cli.Tests.Commands;

/// <summary>
/// Ten reports of one assault on Kostiantynivka from five outlets (own updates, two near-verbatim republications,
/// varied wording and figures) must become one event; two different assaults on Huliaipole on one day stay two.
/// </summary>
public sealed class ReconcileAcrossOutletsTests : IDisposable
{
    private static readonly string[] Outlets = ["Meridian Wire", "Caspian Daily", "Donbas Today", "Eastern Herald", "Northline Radio"];

    private static readonly (string Id, string Outlet, string Published, string Text)[] Assault =
    [
        ("m1", "Meridian Wire", "2025-12-09",
            "Russian troops launched a large assault on Kostiantynivka early on Tuesday with tanks and armoured vehicles, the 93rd Mechanized Brigade said. The attack on the south-eastern edge of the city was repelled, the brigade said, adding that four tanks were destroyed."),
        ("c1", "Caspian Daily", "2025-12-09",
            "Russian troops launched a large assault on Kostiantynivka early on Tuesday with tanks and armoured vehicles, Ukraine's 93rd Mechanized Brigade said. The attack on the south-eastern edge of the city was repelled, the brigade said, adding that four tanks had been destroyed."),
        ("d1", "Donbas Today", "2025-12-09",
            "Ukrainian defenders beat back a Russian armoured assault on the southern outskirts of Kostiantynivka on Tuesday morning, the 93rd brigade reported on Telegram. Four Russian tanks were knocked out, the unit said."),
        ("n1", "Northline Radio", "2025-12-09",
            "Ukrainian defenders beat back a Russian armoured assault on the southern outskirts of Kostiantynivka on Tuesday morning, the 93rd brigade reported on Telegram. Four Russian tanks were knocked out, the unit said, according to Donbas Today."),
        ("e1", "Eastern Herald", "2025-12-09",
            "Heavy fighting broke out in Kostiantynivka on Tuesday as Russian forces stormed Ukrainian positions in the south-east of the city at dawn, a spokesperson for the Eastern group of forces said."),
        ("m2", "Meridian Wire", "2025-12-10",
            "The Russian attack on Kostiantynivka on Tuesday involved about 40 armoured vehicles and was the largest in the area for months, the 93rd Mechanized Brigade said on Wednesday. Ukrainian troops repelled the assault and destroyed five tanks, it said, raising its earlier figure."),
        ("c2", "Caspian Daily", "2025-12-10",
            "Moscow has not commented on Tuesday's failed assault on Kostiantynivka, in which Ukraine says Russian forces lost five tanks. The attack came from the south-east and was beaten back by the 93rd Mechanized Brigade, according to Ukrainian officials."),
        ("d2", "Donbas Today", "2025-12-10",
            "Drone footage released on Wednesday shows burning Russian tanks outside Kostiantynivka after Tuesday's assault was repelled, the 93rd brigade said. The brigade put Russian losses at five tanks and about 30 soldiers killed."),
        ("e2", "Eastern Herald", "2025-12-10",
            "Residents of Kostiantynivka described hours of fighting on the southern edge of the city on Tuesday as Russian troops attacked with armour, before Ukrainian units repelled the assault, the city military administration said."),
        ("n2", "Northline Radio", "2025-12-10",
            "Russian forces lost five tanks in a failed assault on Kostiantynivka on Tuesday, the 93rd Mechanized Brigade said, adding that about 30 Russian soldiers were killed in the fighting south of the city."),
    ];

    private static readonly (string Id, string Outlet, string Published, string Text)[] TwoAssaults =
    [
        ("h1", "Eastern Herald", "2025-12-12",
            "Russian troops attacked the eastern outskirts of Huliaipole at dawn on Friday with three tanks and about a dozen armoured vehicles, the 102nd Territorial Defence Brigade said. The assault was repelled and two tanks were destroyed, the brigade said."),
        ("h2", "Donbas Today", "2025-12-12",
            "In a separate attack on Friday evening, Russian infantry on motorcycles tried to break into the northern part of Huliaipole, the Southern Defence Forces said. Ukrainian units repelled the attack, killing 15 attackers, a spokesperson said."),
    ];

    private static readonly (string Id, string Outlet, string Published, string Text)[] MergedThenSplit =
    [
        ("s1", "Eastern Herald", "2025-12-12",
            "Russian troops attacked Huliaipole on Friday with tanks and armoured vehicles, the 102nd Territorial Defence Brigade said. The assault was repelled, the brigade said."),
        ("s2", "Donbas Today", "2025-12-12",
            "Russian forces stormed Ukrainian positions in Huliaipole on Friday, the Southern Defence Forces said, adding that the attack was beaten back."),
        ("s3", "Meridian Wire", "2025-12-13",
            "Russian forces attacked Huliaipole twice on Friday, the Southern Defence Forces said.\n\nAt dawn an armoured column with tanks attacked the eastern outskirts of Huliaipole and was repelled.\n\nIn the evening Russian infantry on motorcycles stormed the northern part of Huliaipole; that attack was also beaten back."),
    ];

    private readonly TempDir _dir = new();

    private string Db => Path.Combine(_dir.Path, "store.db");

    [Fact]
    public async Task Events_TenReportsOfOneAssaultFromFiveOutlets_OneEventWithFiveOutlets()
    {
        var events = await IngestAsync(Assault);

        var kostiantynivka = events.Where(e => (string?)e["location"]?["name"] == "Kostiantynivka").ToList();
        var assault = Assert.Single(kostiantynivka);
        Assert.Equal("battles", (string?)assault["type"]);
        var outlets = assault["sources"]!.AsArray().Select(s => (string)s!["name"]!).Where(Outlets.Contains).Distinct().Order().ToList();
        Assert.Equal(Outlets.Order().ToList(), outlets);
        Assert.Equal(10, assault["documents"]!.AsArray().Count);

        // each report's version of the figures is kept: the first count (four tanks) and the raised one (five)
        var tanks = assault["quantities"]!.AsArray().Where(q => (string?)q!["unit"] == "tanks").Select(q => (double)q!["value"]!).Order().ToList();
        Assert.Equal([4.0, 5.0], tanks);
    }

    [Fact]
    public async Task Events_TwoAssaultsOnOneTownOnOneDay_StayTwoEvents()
    {
        var events = await IngestAsync(TwoAssaults);

        var huliaipole = events.Where(e => (string?)e["location"]?["name"] == "Huliaipole").ToList();
        Assert.Equal(2, huliaipole.Count);
        Assert.All(huliaipole, e => Assert.Single(e!["documents"]!.AsArray()));
    }

    [Fact]
    public async Task Events_LaterReportTellsTwoAssaultsApart_MergedEventSplitsWithReasons()
    {
        var before = await IngestAsync(MergedThenSplit[..2]);
        Assert.Single(before, e => (string?)e["location"]?["name"] == "Huliaipole");

        var after = await IngestAsync(MergedThenSplit);

        var huliaipole = after.Where(e => (string?)e["location"]?["name"] == "Huliaipole").ToList();
        Assert.Equal(2, huliaipole.Count);
        Assert.All(huliaipole, e => Assert.Contains(e!["documents"]!.AsArray(), d => ((string)d!).Length > 0));
        var documents = huliaipole.SelectMany(e => e["documents"]!.AsArray().Select(d => (string)d!)).ToList();
        Assert.Equal(4, documents.Count); // the later document in both events, each earlier report in one of them
    }

    public void Dispose() => _dir.Dispose();

    private async Task<List<JsonNode>> IngestAsync((string Id, string Outlet, string Published, string Text)[] reports)
    {
        var lines = reports.Select(r => JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = r.Id,
            ["url"] = $"https://news.example.org/{r.Id}",
            ["outlet"] = r.Outlet,
            ["published"] = r.Published,
            ["title"] = "Assault report " + r.Id,
            ["text"] = r.Text,
        }));
        var corpus = _dir.File("corpus/reports.jsonl", string.Join('\n', lines) + "\n");

        var ingest = await CliRun.InProcessAsync("ingest", corpus, "--db", Db);
        Assert.Equal(0, ingest.ExitCode);
        var result = await CliRun.InProcessAsync("events", "--db", Db, "--format", "json");
        Assert.Equal(0, result.ExitCode);
        var node = JsonNode.Parse(result.Out)!;
        var array = node is JsonArray a ? a : node["events"]!.AsArray();
        return [.. array.Select(e => e!)];
    }
}
