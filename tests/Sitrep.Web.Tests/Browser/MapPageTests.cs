using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Sitrep.Web.Tests.Support;

namespace Sitrep.Web.Tests.Browser;

public sealed class MapPageTests(SampleServerFixture fixture, BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string ScreenshotVariable = "SITREP_UPDATE_SCREENSHOT";
    private readonly List<string> _errors = [];

    private async Task<IPage> OpenMapAsync(string query = "")
    {
        var page = await browser.NewPageAsync(_errors);
        await page.GotoAsync(new Uri(fixture.Server.Address, "/" + query).ToString());
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.leaflet-basemap-pane path').length > 100");
        return page;
    }

    private static Task WaitForCountAsync(IPage page, int count) =>
        page.WaitForFunctionAsync($"() => document.getElementById('event-count').textContent === '{count}' && document.querySelectorAll('path.event-marker').length === {count}");

    [Fact]
    public async Task Map_Loaded_ShowsAMarkerAndAListItemPerStoredEvent()
    {
        var page = await OpenMapAsync();

        await WaitForCountAsync(page, SampleCorpus.EventCount);

        Assert.Equal(SampleCorpus.EventCount, await page.Locator("#event-list li").CountAsync());
        Assert.Equal(2, await page.Locator("path.event-marker.type-battles").CountAsync());
        Assert.Equal(["Kharkiv", "Kostiantynivka", "Pokrovsk", "Zaporizhzhia"], (await page.Locator(".place-label").AllInnerTextsAsync()).Order());
        Assert.Empty(_errors);
        if (Environment.GetEnvironmentVariable(ScreenshotVariable) == "1")
        {
            await page.Locator("#event-list li", new() { HasText = "Kharkiv" }).ClickAsync();
            await page.WaitForSelectorAsync(".leaflet-popup-content .popup");
            await page.WaitForTimeoutAsync(800); // let the pan and fade animations finish
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Repo.Root, "docs", "screenshot.png") });
        }
    }

    [Fact]
    public async Task BaseMap_WholeWorld_HasNoStripeAcrossTheAntimeridian()
    {
        var page = await OpenMapAsync();
        await WaitForCountAsync(page, SampleCorpus.EventCount);
        await page.EvaluateAsync("() => window.sitrepMap.setView([45, 60], 2, { animate: false })");
        await page.WaitForTimeoutAsync(200);

        // A ring that jumps from +180 to -180 draws an edge across the whole world: measure the longest edge.
        var widest = await page.EvaluateAsync<double>("""
            () => Math.max(0, ...[...document.querySelectorAll('.leaflet-basemap-pane path')].flatMap(path => {
              const edges = [];
              let previous = null;
              for (const command of path.getAttribute('d').match(/[MLz][^MLz]*/gi) || []) {
                const [x] = command.slice(1).trim().split(/[ ,]+/).map(Number);
                if (command[0] === 'L' && previous !== null) edges.push(Math.abs(x - previous));
                previous = command[0] === 'z' ? null : x;
              }
              return edges;
            }))
            """);
        if (Environment.GetEnvironmentVariable(ScreenshotVariable) == "1")
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "sitrep-world.png") });
        }

        var worldWidth = 256 * Math.Pow(2, 2);
        Assert.InRange(widest, 1, worldWidth / 2);
    }

    [Fact]
    public async Task TypeFilter_Applied_ShrinksTheMarkersAndTheList()
    {
        var page = await OpenMapAsync();
        await WaitForCountAsync(page, SampleCorpus.EventCount);

        await page.SelectOptionAsync("#filter-type", "explosions_remote_violence");
        await page.ClickAsync("#filters button[type=submit]");

        await WaitForCountAsync(page, 2);
        Assert.Equal(["Kharkiv", "Kostiantynivka"], (await page.Locator("#event-list li strong").AllTextContentsAsync()).Order());
        Assert.Contains("type=explosions_remote_violence", page.Url);
    }

    [Fact]
    public async Task PlaceFilter_FromTheAddressBar_IsAppliedOnLoad()
    {
        var page = await OpenMapAsync("?place=Kharkiv");

        await WaitForCountAsync(page, 1);
        Assert.Equal("Kharkiv", await page.InputValueAsync("#filter-place"));
    }

    [Fact]
    public async Task TimelineDay_Clicked_ShowsOnlyThatDay()
    {
        var page = await OpenMapAsync();
        await WaitForCountAsync(page, SampleCorpus.EventCount);
        Assert.Equal("1", await page.GetAttributeAsync("#timeline .day[data-day='2026-03-05']", "data-count"));

        await page.ClickAsync("#timeline .day[data-day='2026-03-05']");

        await WaitForCountAsync(page, 1);
        Assert.Equal("2026-03-05", await page.InputValueAsync("#filter-from"));
        Assert.Equal("2026-03-05", await page.InputValueAsync("#filter-to"));
        Assert.Equal(5, await page.Locator("#timeline .day").CountAsync());
        Assert.Equal(0, await page.Locator("#timeline .day[data-day='2026-03-03'] .bar").CountAsync());
        var two = await page.Locator("#timeline .day[data-day='2026-03-02'] .bar").BoundingBoxAsync();
        var one = await page.Locator("#timeline .day[data-day='2026-03-04'] .bar").BoundingBoxAsync();
        Assert.Equal(2 * one!.Height, two!.Height, 1.0);
    }

    [Fact]
    public async Task Timeline_EventsMonthsApart_CountsPerWeekAndFiltersToTheWeek()
    {
        var spring = new DocBuilder("Shelling of Kharkiv was reported on 2 March.", "Northline Wire", "2026-03-02", "en")
            .Event("e1", "explosions_remote_violence", "shelling_artillery_missile_attack", "2026-03-02", "2026-03-02", SampleCorpus.Kharkiv,
                "Shelling of Kharkiv", "Northline Wire");
        var autumn = new DocBuilder("Drones struck Zaporizhzhia on 14 October.", "Zaporizhzhia Today", "2026-10-14", "en")
            .Event("e1", "explosions_remote_violence", "air_drone_strike", "2026-10-14", "2026-10-14", SampleCorpus.Zaporizhzhia,
                "Drones struck Zaporizhzhia", "Zaporizhzhia Today");
        await using var server = await WebServer.StartAsync([spring.Build(), autumn.Build()]);
        var page = await browser.NewPageAsync(_errors);
        await page.GotoAsync(server.Address.ToString());
        await WaitForCountAsync(page, 2);

        Assert.Equal("Events per week", await page.InnerTextAsync("#timeline-title"));
        Assert.Equal("2026-03-02", await page.GetAttributeAsync("#timeline .day:first-child", "data-day"));
        await page.ClickAsync("#timeline .day[data-day='2026-10-12']");

        await WaitForCountAsync(page, 1);
        Assert.Equal("2026-10-12", await page.InputValueAsync("#filter-from"));
        Assert.Equal("2026-10-18", await page.InputValueAsync("#filter-to"));
        Assert.Empty(_errors);
    }

    [Fact]
    public async Task ContestedPanel_ShowsBothClaimsSideBySide()
    {
        var page = await OpenMapAsync();

        await page.WaitForSelectorAsync("#contested .proposition");

        var claims = page.Locator("#contested .proposition .claim");
        Assert.Equal(2, await claims.CountAsync());
        var text = await page.Locator("#contested").InnerTextAsync();
        Assert.Contains("Ministry of Defence of Russia", text);
        Assert.Contains("General Staff of the Armed Forces of Ukraine", text);
        Assert.Contains("Вестник фронта", text);
        Assert.Contains("Pokrovsk", await page.Locator("#contested .proposition h3").InnerTextAsync());
    }

    [Fact]
    public async Task MarkerPopup_ReadLink_OpensTheReaderWithHighlightedEvidence()
    {
        var page = await OpenMapAsync();
        await WaitForCountAsync(page, SampleCorpus.EventCount);

        await page.Locator("#event-list li", new() { HasText = "Kostiantynivka" }).ClickAsync();
        var popup = page.Locator(".leaflet-popup-content .popup");
        await popup.WaitForAsync();
        Assert.Contains("Vadym Filashkin via Northline Wire · 2026-03-03 · read", await popup.InnerTextAsync());
        Assert.Contains("2026-03-02 – 2026-03-03", await popup.InnerTextAsync());
        await popup.Locator(".sources a", new() { HasText = "read" }).ClickAsync();

        // Waits on what the reader shows, not on the page's load event, which a busy machine can delay past the timeout.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/documents/{Regex.Escape(SampleCorpus.Wire.Id)}$"));
        await Assertions.Expect(page.Locator("#text .hl-quantity").First).ToHaveTextAsync("four civilians");
        Assert.True(await page.Locator("#text .hl-place").CountAsync() >= 2);
        var color = await page.Locator("#text .hl-place").First.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor");
        Assert.NotEqual("rgba(0, 0, 0, 0)", color);
        Assert.Empty(_errors);
        if (Environment.GetEnvironmentVariable(ScreenshotVariable) == "1")
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "sitrep-reader.png") });
        }
    }
}
