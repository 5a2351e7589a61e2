using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// Channels in the plural speak ("Russian channels say ...", "російські канали пишуть ..."), and so do the verbs of
/// spreading a claim ("поширюють, що", "разгоняют, что"), with the side their words name. Channels that do nothing
/// of the kind say nothing.
/// </summary>
public sealed class ChannelsSpeakTests
{
    [Theory]
    [InlineData("Russian channels say the brigade has been encircled near Vovchansk.", "Russian channels")]
    [InlineData("Російські канали поширюють, що бригаду оточено біля Вовчанська.", "Російські канали")]
    [InlineData("Российские каналы разгоняют, что бригада окружена под Волчанском.", "Российские каналы")]
    public void Process_ChannelsSpreadAClaim_TheyAreItsSpeaker(string text, string speaker)
    {
        var doc = Docs.Attributed(text, outlet: "Test Post");

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, statement.Speaker, ignoreCase: true);
        Assert.Equal("RU", statement.Side);
    }

    [Fact]
    public void Process_ChannelsNotSaying_NoStatement()
    {
        // twin: channels named with no verb of saying or spreading
        var doc = Docs.Attributed("Russian channels were blocked in the region last year.", outlet: "Test Post");

        Assert.Empty(doc.Attributions);
    }
}
