using Sitrep.Core.Documents;
using Sitrep.Core.Errors;

namespace Sitrep.Ingest.Tests.Feeds;

public class FeedReaderTests
{
    [Fact]
    public async Task ReadSource_Rss_GivesOneDocumentPerItemAndLocatesTheEmptyOne()
    {
        var results = await Inputs.ReadAll(Inputs.Path("Feeds/frontline-rss.xml"));

        Assert.Equal(3, results.Count);
        Assert.True(results[0].IsSuccess && results[1].IsSuccess);
        var error = results[2].Error!;
        Assert.Equal(ErrorCodes.MissingField, error.Code);
        Assert.EndsWith("frontline-rss.xml", error.Location!.Source);
        Assert.Equal(23, error.Location.Line);
    }

    [Fact]
    public async Task ReadSource_RssItemWithContentEncoded_ReadsFieldsAndKeepsDateInItsOffset()
    {
        var results = await Inputs.ReadAll(Inputs.Path("Feeds/frontline-rss.xml"));
        var doc = results[0].Value!;

        Assert.Equal("Two killed as guided bombs hit Kostiantynivka", doc.Metadata.Title);
        Assert.Equal("https://efdaily.example/2025/12/11/kostiantynivka-guided-bombs", doc.Metadata.Url);
        Assert.Equal("Eastern Frontline Daily", doc.Metadata.Outlet);
        Assert.Equal("Andrii Melnyk", doc.Metadata.Author);
        Assert.Equal(new DateOnly(2025, 12, 11), doc.Metadata.Published);
        Assert.Equal(PublishedSource.Feed, doc.Metadata.PublishedFrom);
        Assert.Equal("feed", doc.Metadata.Medium);
        Assert.Equal("en", doc.Metadata.DeclaredLanguage);
        Assert.Equal(
            "Two residents were killed and three wounded when Russian aircraft dropped guided bombs on Kostiantynivka late on Thursday, the Donetsk regional administration said.\n\nThe strikes damaged a five-storey apartment block and a pharmacy, officials said.",
            doc.Text);
        Assert.EndsWith("frontline-rss.xml#1", doc.Metadata.Origin);
    }

    [Fact]
    public async Task ReadSource_RssEscapedDescription_IsStrippedToText()
    {
        var results = await Inputs.ReadAll(Inputs.Path("Feeds/frontline-rss.xml"));
        var doc = results[1].Value!;

        Assert.StartsWith("Ukrzaliznytsia said a drone strike overnight damaged a railway bridge", doc.Text);
        Assert.DoesNotContain("<p>", doc.Text);
        Assert.Equal(new DateOnly(2025, 12, 10), doc.Metadata.Published);
    }

    [Fact]
    public async Task ReadSource_Atom_ReadsEntriesWithPublishedOrUpdated()
    {
        var results = await Inputs.ReadAll(Inputs.Path("Feeds/south-atom.xml"));

        Assert.Equal(2, results.Count);
        var first = results[0].Value!;
        Assert.Equal("У Миколаєві пролунали вибухи", first.Metadata.Title);
        Assert.Equal("https://pivdenkurier.example/news/mykolaiv-vybukhy", first.Metadata.Url);
        Assert.Equal("Південний кур'єр", first.Metadata.Outlet);
        Assert.Equal("Ірина Коваль", first.Metadata.Author);
        Assert.Equal(new DateOnly(2025, 12, 10), first.Metadata.Published);
        Assert.Equal(PublishedSource.Feed, first.Metadata.PublishedFrom);
        Assert.Equal("uk", first.Language);
        Assert.Contains("пролунали щонайменше три вибухи", first.Text);

        var second = results[1].Value!;
        Assert.Equal(new DateOnly(2025, 12, 9), second.Metadata.Published);
        Assert.StartsWith("Російські війська за минулу добу 40 разів", second.Text);
    }

    [Fact]
    public async Task ReadOne_Feed_GivesTheFirstItem()
    {
        var doc = await Inputs.ReadOne("Feeds/south-atom.xml");

        Assert.Equal("У Миколаєві пролунали вибухи", doc.Metadata.Title);
    }

    [Fact]
    public async Task ReadSource_BrokenXml_GivesOneMalformedErrorWithLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-broken-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(path, "<rss version=\"2.0\">\n<channel>\n<item><title>Cut off", TestContext.Current.CancellationToken);
        try
        {
            var results = await Inputs.ReadAll(path);
            var error = Assert.Single(results).Error!;
            Assert.Equal(ErrorCodes.Malformed, error.Code);
            Assert.Equal(path, error.Location!.Source);
            Assert.NotNull(error.Location.Line);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
