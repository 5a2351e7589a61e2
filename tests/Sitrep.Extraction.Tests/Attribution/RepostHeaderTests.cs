using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// A channel's post that reposts another channel under a header ("Переслано з каналу «...»:", "Репост из канала «...»:",
/// "Forwarded from "...":"): the quoted words are that channel's, the header says nothing itself. The same quotation
/// with no header is no other channel's statement.
/// </summary>
public sealed class RepostHeaderTests
{
    [Theory]
    [InlineData("Переслано з каналу «Донецький вектор»:\n«Окупанти вранці штурмували Іванопілля. Обидві атаки відбиті.»", "Донецький вектор")]
    [InlineData("Репост из канала «Южный рубеж»:\n«Наши бойцы заходят в Гуляйполе с трёх сторон. ВСУ спешно выводят технику.»", "Южный рубеж")]
    [InlineData("Forwarded from \"Steppe Dispatch\":\n\"Our units entered Huliaipole from the east. The enemy is pulling back its armour.\"", "Steppe Dispatch")]
    public void Process_RepostHeader_TheQuotedChannelSpeaksEachSentence(string text, string channel)
    {
        var doc = Docs.Attributed(text, outlet: "Frontline Notes");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.All(doc.Attributions, a => Assert.Equal(channel, a.Speaker));
        Assert.DoesNotContain(doc.Attributions, a => doc.Slice(a.Span).TrimEnd().EndsWith(':'));
    }

    [Theory]
    [InlineData("Сьогодні зранку:\n«Окупанти вранці штурмували Іванопілля. Обидві атаки відбиті.»")]
    [InlineData("Сегодня утром:\n«Наши бойцы заходят в Гуляйполе с трёх сторон. ВСУ спешно выводят технику.»")]
    [InlineData("This morning:\n\"Our units entered Huliaipole from the east. The enemy is pulling back its armour.\"")]
    public void Process_QuotationWithoutHeader_IsNoChannelsStatement(string text)
    {
        var doc = Docs.Attributed(text, outlet: "Frontline Notes");

        Assert.DoesNotContain(doc.Attributions, a => a.SpeakerType == Sitrep.Core.Model.SpeakerType.Media);
    }
}
