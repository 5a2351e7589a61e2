using System.Net;
using Sitrep.Web.Tests.Support;

namespace Sitrep.Web.Tests.Reader;

public sealed class ReaderPageTests(SampleServerFixture fixture)
{
    private async Task<(HttpStatusCode Status, string Html, string? Media)> GetPageAsync(string path)
    {
        using var response = await fixture.Server.Client.GetAsync(new Uri(path, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("hl-place", ">Pokrovsk<")]
    [InlineData("hl-time", ">overnight<")]
    [InlineData("hl-quantity", ">four civilians<")]
    [InlineData("hl-attribution", ">regional governor Vadym Filashkin said<")]
    public async Task Reader_WireStory_HighlightsEachKindOfEvidence(string cssClass, string run)
    {
        var (status, html, media) = await GetPageAsync($"/documents/{SampleCorpus.Wire.Id}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/html", media);
        var at = html.IndexOf(run, StringComparison.Ordinal);
        Assert.True(at > 0, $"{run} not found");
        var openTag = html[html.LastIndexOf("<span", at, StringComparison.Ordinal)..at];
        Assert.Contains(cssClass, openTag);
    }

    [Fact]
    public async Task Reader_NestedSpans_MarkTheInnerRunWithEveryKind()
    {
        var (_, html, _) = await GetPageAsync($"/documents/{SampleCorpus.Wire.Id}");

        // "Pokrovsk" sits inside the claim and the event evidence: one run carries all three.
        Assert.Contains("<span class=\"hl hl-place hl-claim hl-event\"", html);
        Assert.Contains("claim: General Staff of the Armed Forces of Ukraine asserts repelled of Pokrovsk", html);
    }

    [Fact]
    public async Task Reader_Document_ShowsLegendMetaAndTables()
    {
        var (_, html, _) = await GetPageAsync($"/documents/{SampleCorpus.Wire.Id}");

        foreach (var legend in new[] { "place", "time", "quantity", "attribution (who said it)", "claim", "event evidence" })
        {
            Assert.Contains($"\">{legend}</span>", html);
        }

        Assert.Contains("<h1>Ukraine says assault on Pokrovsk repelled</h1>", html);
        Assert.Contains("Northline Wire", html);
        Assert.Contains("<h2>Events (2)</h2>", html);
        Assert.Contains("<h2>Claims (1)</h2>", html);
        Assert.Contains("<a href=\"/?place=Kostiantynivka\">Kostiantynivka</a>", html);
    }

    [Fact]
    public async Task Reader_CyrillicDocument_KeepsTheTextReadable()
    {
        var (_, html, _) = await GetPageAsync($"/documents/{SampleCorpus.Ministry.Id}");

        Assert.Contains("<html lang=\"ru\">", html);
        Assert.Contains(">Покровск<", html);
        Assert.Contains("«Центр»", html);
    }

    [Fact]
    public async Task Reader_UnknownDocument_Returns404Page()
    {
        var (status, html, media) = await GetPageAsync("/documents/doc-<script>");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("text/html", media);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("doc-&lt;script&gt;", html);
    }
}
