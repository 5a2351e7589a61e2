namespace Sitrep.Web.Hosting;

/// <summary>Warns when the server listens beyond this machine while anyone may add documents.</summary>
internal static partial class OpenWritesWarning
{
    private static readonly string[] LoopbackHosts = ["127.0.0.1", "localhost", "[::1]"];

    public static void Check(WebApplication app, string urls, string? writeToken)
    {
        if (writeToken is not null)
        {
            return;
        }

        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !LoopbackHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase))
            {
                Log(app.Logger, url, SitrepWebOptions.WriteTokenVariable);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening on {Url} without a write token: anyone who reaches it can add documents (set {Variable}).")]
    private static partial void Log(ILogger logger, string url, string variable);
}
