using System.Text;
using Sitrep.Core.Documents;
using Sitrep.Core.Errors;

namespace Sitrep.Ingest.Tests.Sources;

public class UrlFetcherTests
{
    [Fact]
    public async Task ReadSource_FeedUrl_GivesOneDocumentPerItem()
    {
        await using var server = new LocalHttpServer();
        server.Serve("/rss", "application/rss+xml; charset=utf-8", File.ReadAllBytes(Inputs.Path("Feeds/frontline-rss.xml")));

        var results = await Inputs.ReadAll(server.Url("/rss"));

        Assert.Equal(3, results.Count);
        Assert.Equal("Eastern Frontline Daily", results[0].Value!.Metadata.Outlet);
        Assert.Equal(PublishedSource.Feed, results[0].Value!.Metadata.PublishedFrom);
        Assert.Equal(server.Url("/rss") + "#2", results[1].Value!.Metadata.Origin);
    }

    [Fact]
    public async Task ReadOne_PageUrl_ReadsHtmlAndKeepsTheUrl()
    {
        await using var server = new LocalHttpServer();
        server.Serve("/news/odesa", "text/html", File.ReadAllBytes(Inputs.Path("Html/article-dateline-noyear.html")));

        var result = await DocumentReader.ReadOneAsync(server.Url("/news/odesa"), new ReaderOptions(), TestContext.Current.CancellationToken);

        Assert.True(result.IsSuccess, result.Error?.ToString());
        Assert.Equal(server.Url("/news/odesa"), result.Value!.Metadata.Url);
        Assert.Equal("website", result.Value.Metadata.Medium);
        Assert.Contains("Air defence units shot down several drones", result.Value.Text);
    }

    [Fact]
    public async Task ReadSource_NotFound_IsFetchFailedAtTheUrl()
    {
        await using var server = new LocalHttpServer();

        var error = Assert.Single(await Inputs.ReadAll(server.Url("/gone"))).Error!;

        Assert.Equal(ErrorCodes.FetchFailed, error.Code);
        Assert.Equal(server.Url("/gone"), error.Location!.Source);
        Assert.Contains("404", error.Message);
    }

    [Fact]
    public async Task ReadSource_ServerNeverAnswers_TimesOutAsFetchFailed()
    {
        await using var server = new LocalHttpServer();
        server.Serve("/slow", "text/html", [], hang: true);

        var results = await Inputs.ReadAll(server.Url("/slow"), new ReaderOptions { FetchTimeout = TimeSpan.FromMilliseconds(300) });

        Assert.Equal(ErrorCodes.FetchFailed, Assert.Single(results).Error!.Code);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task ReadSource_DownloadOverLimit_IsTooLargeWithOrWithoutLength(bool sendLength)
    {
        await using var server = new LocalHttpServer();
        var body = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<p>Shelling reported.</p>", 4000)) + "</body></html>");
        server.Serve("/big", "text/html", body, sendLength: sendLength);

        var results = await Inputs.ReadAll(server.Url("/big"), new ReaderOptions { MaxBytes = 10_000 });

        var error = Assert.Single(results).Error!;
        Assert.Equal(ErrorCodes.TooLarge, error.Code);
        Assert.Equal(server.Url("/big"), error.Location!.Source);
    }

    [Fact]
    public async Task ReadSource_NobodyListening_IsFetchFailed()
    {
        string url;
        await using (var server = new LocalHttpServer())
        {
            url = server.Url("/x");
        }

        Assert.Equal(ErrorCodes.FetchFailed, Assert.Single(await Inputs.ReadAll(url)).Error!.Code);
    }
}
