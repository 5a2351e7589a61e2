using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Sitrep.Cli.Tests.Support;

namespace Sitrep.Cli.Tests.Commands;

/// <summary><c>sitrep serve</c> as a real process: it serves the stored events over HTTP and stops on SIGTERM.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_StoredCorpus_ApiListsEventsAndAppLoads()
    {
        using var dir = new TempDir();
        dir.File("corpus/strike.txt", """
            Published: 14 December 2025
            Drones hit Odesa port

            Russian drones struck port infrastructure in Odesa overnight, the regional military administration said on
            Telegram. Three port workers were wounded.
            """);
        var db = Path.Combine(dir.Path, "store.db");
        Assert.Equal(0, (await CliRun.InProcessAsync("ingest", Path.Combine(dir.Path, "corpus"), "--db", db)).ExitCode);
        var port = FreePort();

        using var server = Start(dir.Path, "serve", "--db", db, "--urls", $"http://127.0.0.1:{port}");
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            var events = await RetryAsync(() => http.GetStringAsync("/api/events"));
            using var json = JsonDocument.Parse(events);
            Assert.Contains(json.RootElement.EnumerateArray(), e => e.GetProperty("location").GetProperty("name").GetString() == "Odesa");
            var page = await http.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Contains("<html", await page.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        }
        finally
        {
            Process.Start("kill", ["-TERM", server.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
            Assert.True(server.WaitForExit(15_000), "sitrep serve did not stop on SIGTERM");
        }
    }

    private static Process Start(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitrep.dll"));
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<string> RetryAsync(Func<Task<string>> call)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await call();
            }
            catch (HttpRequestException) when (attempt < 60)
            {
                await Task.Delay(500);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
