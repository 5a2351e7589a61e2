using System.Net;
using System.Text.Json.Nodes;

namespace Sitrep.Web.Tests.Support;

internal static class Json
{
    public static async Task<(HttpStatusCode Status, JsonNode? Body, string? MediaType)> GetJsonAsync(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return await ReadAsync(response);
    }

    public static async Task<(HttpStatusCode Status, JsonNode? Body, string? MediaType)> ReadAsync(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text), response.Content.Headers.ContentType?.MediaType);
    }

    public static List<string> Strings(this JsonNode? array, string property) =>
        [.. array!.AsArray().Select(item => item![property]!.GetValue<string>())];
}
