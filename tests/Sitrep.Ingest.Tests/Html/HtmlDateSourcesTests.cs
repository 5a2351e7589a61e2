using Sitrep.Core.Documents;

namespace Sitrep.Ingest.Tests.Html;

/// <summary>Which publication date wins when a page offers several, one page per row.</summary>
public class HtmlDateSourcesTests
{
    private const string Body = """
        <article>
        <p>POKROVSK, Nov 30 (Donbas Wire) - Russian forces kept up pressure on Pokrovsk on Sunday, the Ukrainian military said,
        with small assault groups trying to infiltrate the town's northern districts under cover of fog.</p>
        <p>A spokesman for the eastern grouping said 43 clashes were recorded in the sector over the past day and that
        evacuations of the remaining civilians continued where it was safe.</p>
        </article>
        """;

    [Theory]
    [InlineData("""<script type="application/ld+json">[{"@type":"BreadcrumbList"},{"@type":"NewsArticle","datePublished":"2025-12-01T01:10:00+02:00","publisher":[{"name":"Donbas Wire"}]}]</script>""", "", "2025-12-01", "JsonLd")]
    [InlineData("""<script type="application/ld+json">{ broken json </script><meta property="article:published_time" content="2025-11-30T18:00:00+02:00">""", "", "2025-11-30", "HtmlMeta")]
    [InlineData("""<meta name="pubdate" content="2025-11-29">""", """<time datetime="2025-11-28">""", "2025-11-29", "HtmlMeta")]
    [InlineData("""<meta itemprop="datePublished" content="2025-11-27T10:00:00+02:00">""", "", "2025-11-27", "HtmlMeta")]
    [InlineData("", """<time datetime="2025-11-30T21:00:00-05:00" pubdate>""", "2025-11-30", "TimeTag")]
    [InlineData("""<meta property="article:modified_time" content="2025-12-01T09:00:00+02:00">""", "", "2025-11-30", "Dateline")]
    public async Task Read_PageWithDates_PicksByTrust(string head, string timeTag, string expected, string source)
    {
        var html = $"<html><head><title>Pokrovsk under pressure</title>{head}</head><body>{timeTag}{(timeTag.Length > 0 ? "30 November</time>" : "")}{Body}</body></html>";

        var doc = await ReadHtml(html);

        Assert.Equal(DateOnly.Parse(expected), doc.Metadata.Published);
        Assert.Equal(Enum.Parse<PublishedSource>(source), doc.Metadata.PublishedFrom);
        Assert.StartsWith("POKROVSK, Nov 30 (Donbas Wire) - Russian forces kept up pressure", doc.Text);
    }

    [Fact]
    public async Task Read_ArrayJsonLdPublisher_NamesTheOutlet()
    {
        var head = """<script type="application/ld+json">[{"@type":"NewsArticle","headline":"Pokrovsk under pressure","datePublished":"2025-12-01","publisher":[{"@type":"Organization","name":"Donbas Wire"}],"author":"Serhii Bondar"}]</script>""";

        var doc = await ReadHtml($"<html><head>{head}</head><body>{Body}</body></html>");

        Assert.Equal("Donbas Wire", doc.Metadata.Outlet);
        Assert.Equal("Serhii Bondar", doc.Metadata.Author);
        Assert.Equal("Pokrovsk under pressure", doc.Metadata.Title);
    }

    private static async Task<Document> ReadHtml(string html)
    {
        using var temp = new TempFolder();
        var path = temp.Write("page.html", html);
        var result = await DocumentReader.ReadOneAsync(path, new ReaderOptions(), TestContext.Current.CancellationToken);
        Assert.True(result.IsSuccess, result.Error?.ToString());
        return result.Value!;
    }
}
