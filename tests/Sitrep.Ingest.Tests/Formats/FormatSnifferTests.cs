using Sitrep.Ingest.Formats;

namespace Sitrep.Ingest.Tests.Formats;

public class FormatSnifferTests
{
    [Theory]
    [InlineData("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", "", null, "Feed")]
    [InlineData("<feed xmlns=\"http://www.w3.org/2005/Atom\"></feed>", "", null, "Feed")]
    [InlineData("<?xml version=\"1.0\"?><data/>", "", "application/rss+xml", "Feed")]
    [InlineData("<!DOCTYPE html><html><body><p>x</p></body></html>", ".txt", null, "Html")]
    [InlineData("  <div>Shelling in Kherson</div>", "", "text/html", "Html")]
    [InlineData("<!DOCTYPE html>\n<!-- <rss> mentioned in a comment --><html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"/feed\"></head><body><feedback-widget/></body></html>", "", "text/html", "Html")]
    [InlineData("<?xml version=\"1.0\"?>\n<!-- generator -->\n<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"></rdf:RDF>", ".xml", null, "Feed")]
    [InlineData("{\"text\":\"a\"}\n{\"text\":\"b\"}\n", ".json", null, "JsonLines")]
    [InlineData("{\n \"name\": \"Channel\",\n \"messages\": []\n}", ".json", null, "TelegramExport")]
    [InlineData("{\"name\":\"Channel\",\"messages\":[]}", ".json", null, "TelegramExport")]
    [InlineData("{\n \"a\": 1\n}", ".json", null, "Unknown")]
    [InlineData("KYIV, Dec 11 (Reuters) - Russia fired missiles.", ".html", null, "Html")]
    [InlineData("KYIV, Dec 11 (Reuters) - Russia fired missiles.", "", null, "PlainText")]
    public void Detect_Content_DecidesFormat(string content, string extension, string? contentType, string expected)
    {
        Assert.Equal(expected, FormatSniffer.Detect(content, extension, contentType).ToString());
    }
}
