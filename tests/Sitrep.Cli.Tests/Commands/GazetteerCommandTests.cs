using System.Text.Json;
using Sitrep.Cli.Tests.Support;

namespace Sitrep.Cli.Tests.Commands;

public sealed class GazetteerCommandTests
{
    /// <summary>Invented hamlets in the GeoNames layout (not in the embedded gazetteer), and a lake the import skips.</summary>
    private const string Dump =
        "99000001\tKrutoberizka\tKrutoberizka\tКрутоберізка\t48.51234\t37.81234\tP\tPPL\tUA\t\t05\t\t\t\t0\t\t180\tEurope/Kyiv\t2024-03-01\n"
        + "99000002\tSosnopilka\tSosnopilka\tСоснопілка\t49.90321\t37.11234\tP\tPPL\tUA\t\t07\t\t\t\t34\t\t150\tEurope/Kyiv\t2024-03-01\n"
        + "99000003\tVerbolozivka Druha\tVerbolozivka Druha\t\t47.61234\t35.91234\tP\tPPL\tUA\t\t26\t\t\t\t12\t\t90\tEurope/Kyiv\t2024-03-01\n"
        + "99000004\tKrutoberizka Lake\tKrutoberizka Lake\t\t48.51\t37.82\tH\tLK\tUA\t\t05\t\t\t\t0\t\t170\tEurope/Kyiv\t2024-03-01\n";

    private const string Report = "Two civilians were wounded when shells hit Sosnopilka overnight, the Kharkiv regional governor said on Telegram.";

    private static List<(long Id, double Lat, double Lon)> PlacesNamed(string json, string surface)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.GetProperty("places").EnumerateArray()
            .Where(p => p.GetProperty("text").GetString() == surface)
            .Select(p => (p.GetProperty("geonameId").GetInt64(), p.GetProperty("lat").GetDouble(), p.GetProperty("lon").GetDouble()))
            .ToList();
    }

    private static List<string> PlaceTexts(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return [.. doc.RootElement.GetProperty("places").EnumerateArray().Select(p => p.GetProperty("text").GetString()!)];
    }

    [Fact]
    public async Task Import_ThenExtractWithOverlay_FindsHamletWithIdAndPosition()
    {
        using var dir = new TempDir();
        var dump = dir.File("UA.txt", Dump);
        var report = dir.File("report.txt", Report);
        var overlay = Path.Combine(dir.Path, "user", "gazetteer.bin");
        var env = new Dictionary<string, string> { ["SITREP_GAZETTEER"] = overlay };

        var before = await CliRun.ProcessAsync(dir.Path, env, "extract", report, "--published", "2025-12-01");
        var import = await CliRun.ProcessAsync(dir.Path, "gazetteer", "import", dump, "--output", overlay);
        var after = await CliRun.ProcessAsync(dir.Path, env, "extract", report, "--published", "2025-12-01");

        Assert.Equal(0, before.ExitCode);
        Assert.Empty(PlacesNamed(before.Out, "Sosnopilka"));
        Assert.Equal(0, import.ExitCode);
        Assert.Contains("imported 3 places", import.Out);
        Assert.Equal(0, after.ExitCode);
        var (id, lat, lon) = Assert.Single(PlacesNamed(after.Out, "Sosnopilka"));
        Assert.Equal(99000002L, id);
        Assert.Equal(49.90321, lat, 4);
        Assert.Equal(37.11234, lon, 4);
        Assert.Equal(PlaceTexts(before.Out).Append("Sosnopilka").Order(), PlaceTexts(after.Out).Order());
    }

    [Fact]
    public async Task Import_NoOutput_WritesDefaultOverlayThatExtractLoads()
    {
        using var dir = new TempDir();
        var dump = dir.File("UA.txt", Dump);
        var report = dir.File("report.txt", "Російські війська обстріляли Крутоберізку з мінометів, повідомила ОВА.");

        var import = await CliRun.ProcessAsync(dir.Path, "gazetteer", "import", dump);
        var after = await CliRun.ProcessAsync(dir.Path, "extract", report, "--published", "2025-12-01");

        Assert.Equal(0, import.ExitCode);
        Assert.True(File.Exists(Path.Combine(dir.Path, ".sitrep", "gazetteer-user.bin")));
        var (id, _, _) = Assert.Single(PlacesNamed(after.Out, "Крутоберізку"));
        Assert.Equal(99000001L, id);
    }

    [Fact]
    public async Task Import_MalformedLine_ExitsOneWithFileAndLineAndWritesNothing()
    {
        using var dir = new TempDir();
        var lines = Dump.Split('\n');
        var broken = dir.File("broken.txt", string.Join('\n', lines[0], lines[1], "99000009\tNowhere\t48.5\t37.8", lines[2]));
        var overlay = Path.Combine(dir.Path, "overlay.bin");

        var result = await CliRun.InProcessAsync("gazetteer", "import", broken, "--output", overlay);

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("broken.txt:3", error);
        Assert.False(File.Exists(overlay));
        Assert.Empty(result.Out);
    }

    [Fact]
    public async Task Import_CountryFilter_KeepsOnlyThoseCountries()
    {
        using var dir = new TempDir();
        var dump = dir.File("allCountries.txt", Dump + "99000010\tPodlesie Male\tPodlesie Male\t\t50.1\t20.1\tP\tPPL\tPL\t\t77\t\t\t\t0\t\t200\tEurope/Warsaw\t2024-03-01\n");

        var all = await CliRun.InProcessAsync("gazetteer", "import", dump, "--output", Path.Combine(dir.Path, "all.bin"));
        var ua = await CliRun.InProcessAsync("gazetteer", "import", dump, "--output", Path.Combine(dir.Path, "ua.bin"), "--country", "ua");
        var bad = await CliRun.InProcessAsync("gazetteer", "import", dump, "--country", "Ukraine");

        Assert.Contains("imported 4 places", all.Out);
        Assert.Contains("imported 3 places", ua.Out);
        Assert.Equal(2, bad.ExitCode);
    }

    [Fact]
    public async Task Import_MissingFile_ExitsOneNamingIt()
    {
        using var dir = new TempDir();

        var result = await CliRun.InProcessAsync("gazetteer", "import", Path.Combine(dir.Path, "allCountries.txt"), "--output", Path.Combine(dir.Path, "o.bin"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("allCountries.txt", Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }
}
