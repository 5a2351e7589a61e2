using System.Net;
using System.Text.Json.Nodes;
using Sitrep.Core.Contract;
using Sitrep.Storage;
using Sitrep.Web.Tests.Support;

namespace Sitrep.Web.Tests.Apis;

public sealed class EventsApiTests(SampleServerFixture fixture)
{
    private readonly HttpClient _client = fixture.Server.Client;

    [Fact]
    public async Task ListEvents_NoFilters_ReturnsEveryStoredEvent()
    {
        var (status, body, media) = await _client.GetJsonAsync("/api/events");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", media);
        Assert.Equal(SampleCorpus.EventCount, body!.AsArray().Count);
    }

    [Theory]
    [InlineData("?type=battles", new[] { "armed_clash", "non_state_actor_overtakes_territory" })]
    [InlineData("?type=explosions_remote_violence", new[] { "air_drone_strike", "shelling_artillery_missile_attack" })]
    [InlineData("?place=pokrovsk", new[] { "armed_clash", "non_state_actor_overtakes_territory" })]
    [InlineData("?place=706483", new[] { "air_drone_strike" })]
    [InlineData("?place=Kharkiv&type=battles", new string[0])]
    [InlineData("?from=2026-03-05", new[] { "air_drone_strike", "other" })]
    [InlineData("?from=2026-03-04&to=2026-03-04", new[] { "non_state_actor_overtakes_territory" })]
    [InlineData("?to=2026-03-02", new[] { "armed_clash", "shelling_artillery_missile_attack" })]
    public async Task ListEvents_Filter_ReturnsOnlyMatchingEvents(string query, string[] expected)
    {
        var (status, body, _) = await _client.GetJsonAsync("/api/events" + query);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(expected.Order(), body.Strings("subtype").Order());
    }

    [Theory]
    [InlineData("?from=notadate", "from")]
    [InlineData("?to=2026-13-01", "to")]
    [InlineData("?from=2026-03-05&to=2026-03-01", "to")]
    [InlineData("?type=skirmish", "type")]
    [InlineData("?limit=0", "limit")]
    public async Task ListEvents_BadFilter_Returns400ProblemNamingTheParameter(string query, string parameter)
    {
        var (status, body, media) = await _client.GetJsonAsync("/api/events" + query);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("application/problem+json", media);
        Assert.Equal(400, body!["status"]!.GetValue<int>());
        Assert.NotNull(body["errors"]![parameter]);
    }

    [Fact]
    public async Task GetEvent_KnownId_ReturnsTheStoreEventInExtractShape()
    {
        var stored = (await fixture.Server.Store.QueryEventsAsync(new EventQuery(), TestContext.Current.CancellationToken))
            .Single(e => e.Subtype == "air_drone_strike");

        var (status, body, _) = await _client.GetJsonAsync($"/api/events/{stored.Id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(SitrepJson.Serialize(stored, indented: false)), body),
            $"API: {body}\nextract: {SitrepJson.Serialize(stored)}");
        Assert.Equal("air_drone_strike", body!["subtype"]!.GetValue<string>());
        Assert.Equal(36.232, body["location"]!["lon"]!.GetValue<double>());
        Assert.Equal("Ihor Terekhov", body["sources"]![0]!["name"]!.GetValue<string>());
        Assert.Equal([SampleCorpus.Telegram.Id], body["documents"]!.AsArray().Select(d => d!.GetValue<string>()));
    }

    [Fact]
    public async Task GetEvent_UnknownId_Returns404Problem()
    {
        var (status, body, media) = await _client.GetJsonAsync("/api/events/evt-nowhere");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", media);
        Assert.Contains("evt-nowhere", body!["detail"]!.GetValue<string>());
    }
}
