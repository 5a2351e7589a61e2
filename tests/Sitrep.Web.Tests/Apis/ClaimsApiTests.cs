using System.Net;
using Sitrep.Web.Tests.Support;

namespace Sitrep.Web.Tests.Apis;

public sealed class ClaimsApiTests(SampleServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.Client;

    [Fact]
    public async Task ListClaims_NoFilter_ReturnsClaimsWithTheirDocument()
    {
        var (status, body, _) = await _client.GetJsonAsync("/api/claims");

        Assert.Equal(HttpStatusCode.OK, status);
        var claims = body!.AsArray();
        Assert.Equal(2, claims.Count);
        var russian = claims.Single(c => c!["side"]!.GetValue<string>() == "RU")!;
        Assert.Equal("Ministry of Defence of Russia", russian["claimant"]!.GetValue<string>());
        Assert.Equal("Вестник фронта", russian["outlet"]!.GetValue<string>());
        Assert.Equal("2026-03-04", russian["published"]!.GetValue<string>());
        Assert.Equal("Pokrovsk", russian["place"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListClaims_Contested_ReturnsBothSidesOfTheDisputedPlace()
    {
        var (status, body, _) = await _client.GetJsonAsync("/api/claims?contested=true");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["RU", "UA"], body.Strings("side").Order());
    }

    [Fact]
    public async Task ListClaims_ContestedNotABoolean_Returns400Problem()
    {
        var (status, body, media) = await _client.GetJsonAsync("/api/claims?contested=maybe");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", media);
        Assert.NotNull(body!["errors"]!["contested"]);
    }
}
