using System.Net;
using System.Text.Json.Nodes;
using Sitrep.Web.Tests.Support;

namespace Sitrep.Web.Tests.Hosting;

public sealed class OpenApiTests(SampleServerFixture fixture)
{
    private const string UpdateVariable = "SITREP_UPDATE_OPENAPI";

    [Fact]
    public async Task OpenApiDocument_MatchesTheCommittedDocsOpenApiJson()
    {
        using var response = await fixture.Server.Client.GetAsync(new Uri("/openapi/v1.json", UriKind.Relative), TestContext.Current.CancellationToken);
        var served = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var path = Path.Combine(Repo.Root, "docs", "openapi.json");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllTextAsync(path, served.ReplaceLineEndings("\n").TrimEnd() + "\n", TestContext.Current.CancellationToken);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(File.Exists(path), $"docs/openapi.json is missing; run the tests with {UpdateVariable}=1 to write it.");
        var committed = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(committed), JsonNode.Parse(served)),
            $"docs/openapi.json differs from the served document; run the tests with {UpdateVariable}=1 and review the diff.");
    }

    [Theory]
    [InlineData("/api/events", "get")]
    [InlineData("/api/events/{id}", "get")]
    [InlineData("/api/claims", "get")]
    [InlineData("/api/documents", "get")]
    [InlineData("/api/documents", "post")]
    [InlineData("/api/documents/{id}", "get")]
    public async Task OpenApiDocument_DescribesEveryApiRoute(string route, string method)
    {
        var (_, body, _) = await fixture.Server.Client.GetJsonAsync("/openapi/v1.json");

        Assert.NotNull(body!["paths"]![route]?[method]);
        Assert.Equal("Sitrep", body["info"]!["title"]!.GetValue<string>());
    }
}
