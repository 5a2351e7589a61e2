using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Text;

public sealed class WireDatelineTests
{
    [Theory]
    [InlineData("GENEVA - Negotiators met.", "GENEVA", true)]
    [InlineData("WARSAW, Nov 24 (Meridian) - Poland closed a crossing.", "WARSAW", true)]
    [InlineData("NEW YORK \u2013 The council met.", "NEW YORK", true)]
    [InlineData("Talks went on.\n  DOHA - Mediators returned.", "DOHA", true)]
    [InlineData("Geneva - the conventions say so.", "Geneva", false)] // not in capitals
    [InlineData("They quoted GENEVA - a code word.", "GENEVA", false)] // not opening a line
    [InlineData("UN - the body said.", "UN", false)] // too short to be a city
    [InlineData("KYIV reported calm.", "KYIV", false)] // no comma or dash after it
    public void Opens_NameAtTheStartOfALine_IsADatelineOnlyInCapitalsBeforeACommaOrDash(string text, string name, bool expected)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        Assert.Equal(expected, WireDateline.Opens(text, start, start + name.Length));
    }
}
