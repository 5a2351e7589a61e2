using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Sitrep.Web.Tests.Support;

namespace Sitrep.Web.Tests.Apis;

public sealed class DocumentsApiTests(SampleServerFixture fixture)
{
    private const string Report =
        "ODESA, March 7 - Air defence units shot down most of the drones launched at the port overnight, "
        + "the regional military administration said on Saturday.";

    private readonly HttpClient _client = fixture.Server.Client;

    [Fact]
    public async Task ListDocuments_ReturnsSummariesOfStoredDocuments()
    {
        var (status, body, _) = await _client.GetJsonAsync("/api/documents");

        Assert.Equal(HttpStatusCode.OK, status);
        var wire = body!.AsArray().Single(d => d!["id"]!.GetValue<string>() == SampleCorpus.Wire.Id)!;
        Assert.Equal("Northline Wire", wire["outlet"]!.GetValue<string>());
        Assert.Equal(2, wire["events"]!.GetValue<int>());
        Assert.Null(wire["text"]);
    }

    [Fact]
    public async Task GetDocument_KnownId_ReturnsTextAndExtraction()
    {
        var (status, body, _) = await _client.GetJsonAsync($"/api/documents/{SampleCorpus.Telegram.Id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("uk", body!["document"]!["language"]!.GetValue<string>());
        Assert.StartsWith("Вночі Харків", body["document"]!["text"]!.GetValue<string>());
        Assert.Equal("Харків", body["places"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("evt-kharkiv-drones", body["events"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetDocument_UnknownId_Returns404Problem()
    {
        var (status, _, media) = await _client.GetJsonAsync("/api/documents/doc-0000000000000000");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", media);
    }

    [Fact]
    public async Task AddDocument_NoTokenConfigured_StoresOnceAndServesIt()
    {
        await using var server = await WebServer.StartAsync([]);
        var request = new { url = "https://south-news.example/odesa-drones", outlet = "South News", published = "2026-03-07", title = "Drones over Odesa", text = Report, lang = "en" };

        using var first = await server.Client.PostAsJsonAsync("/api/documents", request, TestContext.Current.CancellationToken);
        using var again = await server.Client.PostAsJsonAsync("/api/documents", request, TestContext.Current.CancellationToken);
        var (_, created, _) = await Json.ReadAsync(first);
        var id = created!["document"]!["id"]!.GetValue<string>();
        var (status, stored, _) = await server.Client.GetJsonAsync($"/api/documents/{id}");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal($"/api/documents/{id}", first.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(Report, stored!["document"]!["text"]!.GetValue<string>());
        Assert.Equal("2026-03-07", stored["document"]!["published"]!.GetValue<string>());
        Assert.Equal("argument", stored["document"]!["publishedFrom"]!.GetValue<string>());
        Assert.Equal("South News", stored["document"]!["outlet"]!.GetValue<string>());
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("Bearer wrong-token", HttpStatusCode.Unauthorized)]
    [InlineData("Basic czNjcmV0", HttpStatusCode.Unauthorized)]
    [InlineData("Bearer s3cret-write", HttpStatusCode.Created)]
    public async Task AddDocument_WriteTokenConfigured_RequiresTheBearerToken(string? authorization, HttpStatusCode expected)
    {
        await using var server = await WebServer.StartAsync([], writeToken: "s3cret-write");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = JsonContent.Create(new { text = Report, outlet = "South News", published = "2026-03-07" }),
        };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);
        var (status, body, media) = await Json.ReadAsync(response);
        var (_, list, _) = await server.Client.GetJsonAsync("/api/documents");

        Assert.Equal(expected, status);
        Assert.Equal(expected == HttpStatusCode.Created ? 1 : 0, list!.AsArray().Count);
        if (expected == HttpStatusCode.Unauthorized)
        {
            Assert.Equal("application/problem+json", media);
            Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
            Assert.Equal(401, body!["status"]!.GetValue<int>());
        }
    }

    [Theory]
    [InlineData("""{"outlet":"South News"}""", "text")]
    [InlineData("""{"text":"   "}""", "text")]
    [InlineData("""{"text":"Shelling reported.","published":"07.03.2026"}""", "published")]
    [InlineData("""{"text":"Shelling reported.","lang":"de"}""", "lang")]
    [InlineData("""{"text":"Shelling reported.","url":"not a url"}""", "url")]
    public async Task AddDocument_InvalidField_Returns400ProblemNamingTheField(string json, string field)
    {
        await using var server = await WebServer.StartAsync([]);
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        using var response = await server.Client.PostAsync("/api/documents", content, TestContext.Current.CancellationToken);
        var (status, body, media) = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", media);
        Assert.NotNull(body!["errors"]![field]);
    }

    [Fact]
    public async Task AddDocument_MalformedJson_Returns400Problem()
    {
        await using var server = await WebServer.StartAsync([]);
        using var content = new StringContent("{\"text\": ", System.Text.Encoding.UTF8, "application/json");

        using var response = await server.Client.PostAsync("/api/documents", content, TestContext.Current.CancellationToken);
        var (status, body, media) = await Json.ReadAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", media);
        Assert.Equal(400, body!["status"]!.GetValue<int>());
    }

    [Fact]
    public async Task AddDocument_TextOverTheLimit_Returns400Problem()
    {
        await using var server = await WebServer.StartAsync([]);
        var huge = new JsonObject { ["text"] = new string('x', 1_000_001) };
        using var content = new StringContent(huge.ToJsonString(), System.Text.Encoding.UTF8, "application/json");

        using var response = await server.Client.PostAsync("/api/documents", content, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AddDocument_BodyOverTheSizeLimit_Returns413()
    {
        await using var server = await WebServer.StartAsync([]);
        var huge = new JsonObject { ["text"] = new string('y', 9 * 1024 * 1024) };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents")
        {
            Content = new StringContent(huge.ToJsonString(), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.ExpectContinue = true; // the server answers before the body is sent

        using var response = await server.Client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AddDocument_AnalysisOverItsTimeBudget_Returns503AndStoresNothing()
    {
        // A tick is over long before a text of 900,000 characters is even split into sentences.
        await using var server = await WebServer.StartAsync([], analysisTimeout: TimeSpan.FromTicks(1));
        var text = string.Concat(Enumerable.Repeat(Report + " ", 900_000 / (Report.Length + 1)));

        using var response = await server.Client.PostAsJsonAsync("/api/documents", new { text }, TestContext.Current.CancellationToken);
        var (status, body, media) = await Json.ReadAsync(response);
        var (_, list, _) = await server.Client.GetJsonAsync("/api/documents");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("application/problem+json", media);
        Assert.Contains("nothing was stored", body!["detail"]!.GetValue<string>());
        Assert.Empty(list!.AsArray());
    }

    [Fact]
    public async Task ListDocuments_Query_ReturnsMatchingDocumentsWithASnippet()
    {
        var (status, body, _) = await _client.GetJsonAsync("/api/documents?q=artillery");

        Assert.Equal(HttpStatusCode.OK, status);
        var hit = Assert.Single(body!.AsArray())!;
        Assert.Equal(SampleCorpus.Wire.Id, hit["id"]!.GetValue<string>());
        Assert.Contains("[artillery]", hit["snippet"]!.GetValue<string>(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("?limit=0", "limit")]
    [InlineData("?offset=-1", "offset")]
    public async Task ListDocuments_BadPaging_Returns400Problem(string query, string parameter)
    {
        var (status, body, _) = await _client.GetJsonAsync("/api/documents" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.NotNull(body!["errors"]![parameter]);
    }
}
