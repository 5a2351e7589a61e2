using Sitrep.Core.Documents;

namespace Sitrep.Ingest.Tests.Html;

public class HtmlReaderTests
{
    [Fact]
    public async Task ReadOne_JsonLdGraph_WinsOverMetaAndKeepsLocalDay()
    {
        // JSON-LD says 00:30 on the 12th at +02:00; the meta tag gives the same instant in UTC (the 11th).
        var doc = await Inputs.ReadOne("Html/article-jsonld.html");

        Assert.Equal(new DateOnly(2025, 12, 12), doc.Metadata.Published);
        Assert.Equal(PublishedSource.JsonLd, doc.Metadata.PublishedFrom);
        Assert.Equal("Northern Front Post", doc.Metadata.Outlet);
        Assert.Equal("Olena Hrytsenko, Mark Ellison", doc.Metadata.Author);
        Assert.Equal("Drone strike knocks out power in Sumy district", doc.Metadata.Title);
        Assert.Equal("https://northernfront.example/news/2025/12/sumy-power-strike", doc.Metadata.Url);
        Assert.Equal("website", doc.Metadata.Medium);
        Assert.Equal("en", doc.Metadata.DeclaredLanguage);
    }

    [Fact]
    public async Task ReadOne_PageWithChrome_KeepsArticleParagraphsOnly()
    {
        var doc = await Inputs.ReadOne("Html/article-jsonld.html");

        Assert.StartsWith("Russian attack drones hit an electrical substation", doc.Text);
        Assert.Contains("leaving around 14,000 households without power", doc.Text);
        Assert.DoesNotContain("By Olena", doc.Text);
        Assert.Contains("shot down 52 of the 71 drones", doc.Text);
        Assert.Contains("\n\n", doc.Text);
        Assert.DoesNotContain("cookies", doc.Text);
        Assert.DoesNotContain("Politics", doc.Text);
        Assert.DoesNotContain("All rights reserved", doc.Text);
        Assert.DoesNotContain("  ", doc.Text);
        var paragraphs = doc.Text.Split("\n\n");
        Assert.Contains(paragraphs, p => p.StartsWith("Governor Oleh Hryhorov wrote on Telegram", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ReadOne_UkrainianPageWithMetaTags_ReadsSiteNameDateAndLanguage()
    {
        var doc = await Inputs.ReadOne("Html/article-meta-uk.html");

        Assert.Equal(new DateOnly(2025, 11, 3), doc.Metadata.Published);
        Assert.Equal(PublishedSource.HtmlMeta, doc.Metadata.PublishedFrom);
        Assert.Equal("Слобідський вісник", doc.Metadata.Outlet);
        Assert.Equal("Під Куп'янськом відбили дев'ять штурмів", doc.Metadata.Title);
        Assert.Equal("uk", doc.Metadata.DeclaredLanguage);
        Assert.Equal("uk", doc.Language);
        Assert.Null(doc.Metadata.Author);
        Assert.Contains("відбили дев'ять атак російських військ", doc.Text);
        Assert.DoesNotContain("Поділитися", doc.Text);
        Assert.DoesNotContain("Читайте також", doc.Text);
    }

    [Fact]
    public async Task ReadOne_RussianPageWithTimeTagOnly_UsesTimeTag()
    {
        var doc = await Inputs.ReadOne("Html/article-time-ru.html");

        Assert.Equal(new DateOnly(2025, 10, 28), doc.Metadata.Published);
        Assert.Equal(PublishedSource.TimeTag, doc.Metadata.PublishedFrom);
        Assert.Equal("ru", doc.Metadata.DeclaredLanguage);
        Assert.Equal("В Белгородской области заявили об атаке беспилотников", doc.Metadata.Title);
        Assert.Contains("беспилотник атаковал грузовой автомобиль", doc.Text);
        Assert.DoesNotContain("Подписывайтесь", doc.Text);
        Assert.DoesNotContain("18:05", doc.Text);
    }

    [Fact]
    public async Task ReadOne_DatelineOnly_TakesYearFromModifiedTime()
    {
        var doc = await Inputs.ReadOne("Html/article-dateline.html");

        Assert.Equal(new DateOnly(2025, 12, 9), doc.Metadata.Published);
        Assert.Equal(PublishedSource.Dateline, doc.Metadata.PublishedFrom);
        Assert.Equal("Black Sea Wire", doc.Metadata.Outlet);
        Assert.StartsWith("KHERSON, Ukraine, Dec 9 (Black Sea Wire) - Russian artillery fire killed", doc.Text);
        Assert.DoesNotContain("Home", doc.Text);
    }

    [Fact]
    public async Task ReadOne_DatelineWithoutAnyYear_LeavesDateUnset()
    {
        var doc = await Inputs.ReadOne("Html/article-dateline-noyear.html");

        Assert.Null(doc.Metadata.Published);
        Assert.Null(doc.Metadata.PublishedFrom);
        Assert.StartsWith("ODESA, Dec 10 - Air defence units shot down several drones", doc.Text);
    }

    [Fact]
    public async Task ReadOne_TinyPageSmartReaderRejects_FallsBackToParagraphs()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-tiny-{Guid.NewGuid():N}.html");
        await File.WriteAllTextAsync(path, "<html><body><p>Explosions were heard in Poltava.</p></body></html>", TestContext.Current.CancellationToken);
        try
        {
            var doc = await Inputs.ReadOne(path);
            Assert.Equal("Explosions were heard in Poltava.", doc.Text);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task ReadOne_FacebookPageSavedAsHtml_IsFacebookMedium()
    {
        using var temp = new TempFolder();
        var html = """
            <html><head><link rel="canonical" href="https://www.facebook.com/example.brigade/posts/123456">
            <meta property="og:site_name" content="Facebook"></head>
            <body><div><p>Our air defence unit shot down two Shahed drones over Sumy region tonight.</p></div></body></html>
            """;
        var path = temp.Write("post.html", html);

        var doc = await Inputs.ReadOne(path);

        Assert.Equal("facebook", doc.Metadata.Medium);
        Assert.Equal("https://www.facebook.com/example.brigade/posts/123456", doc.Metadata.Url);
    }

    [Fact]
    public async Task ReadOne_BusyLayout_KeepsTheStoryWithoutSidebarCommentsOrReadAlso()
    {
        var doc = await Inputs.ReadOne("Html/article-busy-layout.html");

        Assert.StartsWith("ZAPORIZHZHIA, Dec 8 (DVH) - Russian aircraft dropped at least three guided aerial bombs", doc.Text);
        Assert.EndsWith("before they release the bombs.", doc.Text);
        foreach (var chrome in new[] { "Most read", "Kharkiv metro", "Stay strong", "Read also", "BREAKING", "Privacy policy", "Tags" })
        {
            Assert.DoesNotContain(chrome, doc.Text);
        }

        Assert.Equal("Dnipro Valley Herald", doc.Metadata.Outlet);
        Assert.Equal(new DateOnly(2025, 12, 8), doc.Metadata.Published);
        Assert.Equal(PublishedSource.Dateline, doc.Metadata.PublishedFrom);
    }

    [Theory]
    [InlineData("By Taras Yatsenko · Dec 8, 2025, 19:42", "Taras Yatsenko")]
    [InlineData("Olena Hrytsenko | Kyiv", "Olena Hrytsenko")]
    [InlineData("Автор: Ірина Коваль, 11 грудня 2025", "Ірина Коваль")]
    [InlineData("  ", null)]
    public void Byline_WithDateOrPlace_IsCutToTheName(string byline, string? expected)
    {
        Assert.Equal(expected, Sitrep.Ingest.Html.HtmlReader.Byline(byline));
    }
}
