using Sitrep.Core.Documents;
using Sitrep.Core.Errors;

namespace Sitrep.Ingest.Tests;

public class DocumentReaderTests
{
    [Theory]
    [InlineData("Html/article-jsonld.html")]
    [InlineData("Feeds/frontline-rss.xml")]
    [InlineData("Records/wire-batch.jsonl")]
    [InlineData("Telegram/brigade-channel.json")]
    [InlineData("Text/regional-ru.txt")]
    public async Task ReadOne_UserOptions_OverrideWhatTheInputSays(string input)
    {
        var options = new ReaderOptions { Published = new DateOnly(2025, 1, 2), Url = "https://given.example/a", Outlet = "Given Outlet", Language = "ru" };

        var doc = await Inputs.ReadOne(input, options);

        Assert.Equal(new DateOnly(2025, 1, 2), doc.Metadata.Published);
        Assert.Equal(PublishedSource.Argument, doc.Metadata.PublishedFrom);
        Assert.Equal("https://given.example/a", doc.Metadata.Url);
        Assert.Equal("Given Outlet", doc.Metadata.Outlet);
        Assert.Equal("ru", doc.Metadata.DeclaredLanguage);
        Assert.Equal("ru", doc.Language);
    }

    [Theory]
    [InlineData("Html/article-jsonld.html", "website")]
    [InlineData("Feeds/south-atom.xml", "feed")]
    [InlineData("Telegram/brigade-channel.json", "telegram")]
    public async Task ReadOne_Format_SetsMedium(string input, string medium)
    {
        var doc = await Inputs.ReadOne(input);

        Assert.Equal(medium, doc.Metadata.Medium);
    }

    [Fact]
    public async Task ReadOne_OriginIsThePath()
    {
        var doc = await Inputs.ReadOne("Text/regional-ru.txt");

        Assert.Equal(Inputs.Path("Text/regional-ru.txt"), doc.Metadata.Origin);
    }

    [Fact]
    public async Task ReadOne_SameFileTwice_HasTheSameId()
    {
        var a = await Inputs.ReadOne("Html/article-meta-uk.html");
        var b = await Inputs.ReadOne("Html/article-meta-uk.html");

        Assert.Equal(a.Id, b.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Share\nSubscribe\nMenu\n")]
    public async Task ReadOne_NothingButChrome_IsMissingFieldNotAnEmptyDocument(string content)
    {
        using var temp = new TempFolder();
        var path = temp.Write("empty.txt", content);

        var result = await DocumentReader.ReadOneAsync(path, new ReaderOptions(), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.MissingField, result.Error!.Code);
        Assert.Equal(path, result.Error.Location!.Source);
    }

    [Fact]
    public async Task ReadOne_JsonThatIsNoKnownFormat_IsUnknownFormat()
    {
        using var temp = new TempFolder();
        var path = temp.Write("config.json", "{\n  \"threshold\": 3,\n  \"enabled\": true\n}\n");

        var result = await DocumentReader.ReadOneAsync(path, new ReaderOptions(), TestContext.Current.CancellationToken);

        Assert.Equal(ErrorCodes.UnknownFormat, result.Error!.Code);
    }

    [Fact]
    public async Task ReadOne_LongText_IsCutAtAParagraphBreakUnderTheLimit()
    {
        using var temp = new TempFolder();
        var paragraph = "Shelling continued near Huliaipole through the night, the regional administration said.";
        var path = temp.Write("long.txt", string.Join("\n\n", Enumerable.Repeat(paragraph, 50)));

        var doc = await Inputs.ReadOne(path, new ReaderOptions { MaxDocumentChars = 1000 });

        Assert.True(doc.Text.Length <= 1000);
        Assert.EndsWith("said.", doc.Text);
    }

    [Theory]
    [InlineData("deep.json", "{\"name\":\"c\",\"messages\":[{\"id\":1,\"type\":\"message\",\"text\":\"x\",\"extra\":", "[", "]", "}]}")]
    [InlineData("deep.html", "<html><body>", "<div>", "</div>", "<p>Shelling.</p></body></html>")]
    [InlineData("deep.xml", "<rss><channel><item><title>t</title><description>", "<x>", "</x>", "</description></item></channel></rss>")]
    public async Task ReadSource_NestingOverMaxDepth_IsLimitExceeded(string name, string start, string open, string close, string end)
    {
        using var temp = new TempFolder();
        var content = start + string.Concat(Enumerable.Repeat(open, 60)) + string.Concat(Enumerable.Repeat(close, 60)) + end;
        var path = temp.Write(name, content);

        var results = await Inputs.ReadAll(path, new ReaderOptions { MaxDepth = 32 });

        var error = Assert.Single(results).Error!;
        Assert.Equal(ErrorCodes.LimitExceeded, error.Code);
        Assert.Equal(path, error.Location!.Source);
    }
}
