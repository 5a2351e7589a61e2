using System.Net.Http.Headers;
using Sitrep.Core.Errors;

namespace Sitrep.Ingest.Sources;

/// <summary>Downloads one http(s) URL within the time and size limits; every failure is a FetchFailed (or TooLarge) result.</summary>
internal static class UrlFetcher
{
    private static readonly HttpClient Client = CreateClient();

    public static bool IsUrl(string input) =>
        Uri.TryCreate(input, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public static async Task<Result<RawInput>> FetchAsync(string url, ReaderOptions options, CancellationToken ct)
    {
        var at = new SourceLocation(url);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(options.FetchTimeout);
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,text/plain;q=0.8,*/*;q=0.5");
            using var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                return new SitrepError(ErrorCodes.FetchFailed, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}", at);
            }

            if (response.Content.Headers.ContentLength > options.MaxBytes)
            {
                return TooLarge(url, options);
            }

            await using var stream = await response.Content.ReadAsStreamAsync(timeout.Token);
            var bytes = await BoundedRead.ReadAsync(stream, options.MaxBytes, timeout.Token);
            if (bytes is null)
            {
                return TooLarge(url, options);
            }

            return Result<RawInput>.Ok(new RawInput(url, bytes, MediaType(response.Content.Headers.ContentType), url));
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new SitrepError(ErrorCodes.FetchFailed, $"no answer within {options.FetchTimeout.TotalSeconds:0.#} s", at);
        }
        catch (HttpRequestException e)
        {
            return new SitrepError(ErrorCodes.FetchFailed, e.Message, at);
        }
        catch (IOException e)
        {
            return new SitrepError(ErrorCodes.FetchFailed, e.Message, at);
        }
    }

    private static SitrepError TooLarge(string url, ReaderOptions options) =>
        new(ErrorCodes.TooLarge, $"download larger than {options.MaxBytes} bytes", new SourceLocation(url));

    private static string? MediaType(MediaTypeHeaderValue? type) => type?.MediaType;

    private static HttpClient CreateClient()
    {
        var handler = new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.All, MaxAutomaticRedirections = 5 };
        var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Sitrep/0.1 (+ingest)");
        return client;
    }
}
