using System.Net;
using Sitrep.Web.Tests.Support;

namespace Sitrep.Web.Tests.Hosting;

public sealed class StaticAssetsTests(SampleServerFixture fixture)
{
    [Theory]
    [InlineData("/", "text/html", "<title>Sitrep</title>")]
    [InlineData("/app.css", "text/css", ".timeline")]
    [InlineData("/js/app.js", "text/javascript", "/api/events")]
    [InlineData("/vendor/leaflet/leaflet.js", "text/javascript", "1.9.4")]
    [InlineData("/vendor/leaflet/leaflet.css", "text/css", ".leaflet-container")]
    [InlineData("/vendor/topojson/topojson-client.min.js", "text/javascript", "topojson")]
    [InlineData("/vendor/worldatlas/countries-50m.json", "application/json", "\"Topology\"")]
    [InlineData("/vendor/leaflet/LICENSE", "text/plain", "BSD")]
    public async Task StaticFile_ServedFromTheAssemblyWithItsContentType(string path, string mediaType, string expected)
    {
        using var response = await fixture.Server.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(expected, body);
    }

    [Fact]
    public async Task StaticFile_MarkerImage_IsAPng()
    {
        var bytes = await fixture.Server.Client.GetByteArrayAsync(new Uri("/vendor/leaflet/images/marker-icon.png", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
    }

    [Theory]
    [InlineData("/vendor/leaflet/leaflet.js", true)]
    [InlineData("/js/app.js", false)]
    public async Task StaticFile_OnlyVendoredFilesAreCachedForADay(string path, bool cached)
    {
        using var response = await fixture.Server.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(cached, response.Headers.CacheControl?.MaxAge == TimeSpan.FromDays(1));
    }

    [Fact]
    public async Task UnknownPath_Returns404Problem()
    {
        var (status, _, media) = await fixture.Server.Client.GetJsonAsync("/nothing/here.js");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("application/problem+json", media);
    }

    [Fact]
    public async Task Page_SendsHeadersThatKeepScriptsToTheSite()
    {
        using var response = await fixture.Server.Client.GetAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
    }
}
