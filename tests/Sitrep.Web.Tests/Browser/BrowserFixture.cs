using Microsoft.Playwright;

namespace Sitrep.Web.Tests.Browser;

/// <summary>The system Chromium driven by Playwright (Playwright never downloads a browser here).
/// Without Chromium the browser tests are skipped, except on CI (CI=true), where that is a failure.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The Chromium binary: <c>SITREP_CHROMIUM</c>, else Debian's <c>/usr/bin/chromium</c>.</summary>
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("SITREP_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            return;
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A new page of 1400x900, or a skip (a failure on CI) when there is no Chromium.</summary>
    public async Task<IPage> NewPageAsync(List<string> consoleErrors)
    {
        if (Browser is null)
        {
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail($"{ChromiumPath} is missing; CI must install chromium (apt-get install -y chromium).");
            }

            Assert.Skip($"{ChromiumPath} is missing (apt-get install -y chromium).");
        }

        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => consoleErrors.Add(error);
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
