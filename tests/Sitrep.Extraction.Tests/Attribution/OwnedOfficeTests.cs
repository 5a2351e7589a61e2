using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "Its spokesman said", "The brigade's press service confirmed", "Його речник заявив", "Её пресс-служба сообщила": an
/// office owned by a body told before speaks for that body, with its side. An office whose owner names no earlier body
/// ("the cooperative's press service") speaks for no one named before.
/// </summary>
public sealed class OwnedOfficeTests
{
    [Theory]
    [InlineData("Ukraine's 3rd Army Corps rejected the claim. Its spokesman said on Tuesday that Ukrainian units still held the northern districts of Siversk.", "3rd Army Corps")]
    [InlineData("3-й армійський корпус спростував цю заяву. Його речник заявив, що українські підрозділи досі утримують північ Сіверська.", "3rd Army Corps")]
    [InlineData("3-й армейский корпус опроверг это заявление. Его представитель заявил, что украинские подразделения удерживают север Северска.", "3rd Army Corps")]
    public void Process_PronounOwner_TheBodyThatSpokeLastSpeaks(string text, string body)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        var last = doc.Attributions[^1];
        Assert.Equal(body, last.Speaker);
        Assert.Equal("UA", last.Side);
    }

    [Fact]
    public void Process_PossessiveBodyOwner_TheUnitNamedBeforeSpeaks()
    {
        var doc = Docs.Attributed("Serhii Bondar, 31, a drone pilot with Ukraine's 102nd Territorial Defence Brigade, spoke to us on Thursday. The brigade's press service confirmed on Friday that its units had repelled several assaults near Zaliznychne.", outlet: "Test Herald");

        var last = doc.Attributions[^1];
        Assert.Equal("102nd Territorial Defence Brigade", last.Speaker);
        Assert.Equal("UA", last.Side);
    }

    [Fact]
    public void Process_OwnerOfTwoWords_TheUnitNamedBeforeSpeaks()
    {
        var doc = Docs.Attributed("Medics from Ukraine's 47th Mechanised Brigade evacuated the wounded overnight. The mechanised brigade's press service said on Friday that two assaults near Zaliznychne had been repelled.", outlet: "Test Herald");

        var last = doc.Attributions[^1];
        Assert.Equal("47th Mechanised Brigade", last.Speaker);
        Assert.Equal("UA", last.Side);
    }

    [Fact]
    public void Process_OwnerNamedNowhere_NoEarlierBodySpeaks()
    {
        var doc = Docs.Attributed("Ukraine's 3rd Army Corps said it held the town. The cooperative's press service said on Friday that deliveries of grain would resume next week.", outlet: "Test Wire");

        Assert.NotEqual("3rd Army Corps", doc.Attributions[^1].Speaker);
    }
}
