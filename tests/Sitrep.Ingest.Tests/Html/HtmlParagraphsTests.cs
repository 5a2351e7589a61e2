using AngleSharp.Html.Parser;
using Sitrep.Ingest.Html;

namespace Sitrep.Ingest.Tests.Html;

public class HtmlParagraphsTests
{
    [Theory]
    [InlineData("<p>Two   killed\n in <b>Kherson</b>.</p><p>Five wounded.</p>", new[] { "Two killed in Kherson.", "Five wounded." })]
    [InlineData("<p>Line one<br>Line two</p>", new[] { "Line one", "Line two" })]
    [InlineData("<div>Loose text in a div<br/>and another line</div>", new[] { "Loose text in a div", "and another line" })]
    [InlineData("<p>Strike on Sumy<script>var x = 1;</script> overnight.</p>", new[] { "Strike on Sumy overnight." })]
    [InlineData("<nav><p>Home</p></nav><article><h2>Latest</h2><ul><li>First item</li><li>Second item</li></ul></article>", new[] { "Latest", "First item", "Second item" })]
    [InlineData("<p>Kyiv&nbsp;region</p><figure><img><figcaption>Photo: press service</figcaption></figure>", new[] { "Kyiv region" })]
    public void From_Markup_GivesOneParagraphPerBlock(string html, string[] expected)
    {
        using var doc = new HtmlParser().ParseDocument("<html><body>" + html + "</body></html>");

        Assert.Equal(expected, HtmlParagraphs.From(doc.Body!));
    }
}
