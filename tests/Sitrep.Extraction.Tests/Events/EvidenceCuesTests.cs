using Sitrep.Core.Text;
using Sitrep.Extraction.Events;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Events;

public sealed class EvidenceCuesTests
{
    [Theory]
    [InlineData("Shelling hit the eastern outskirts of Kupiansk at dawn. In the evening drones struck the northern part.")]
    [InlineData("Вранці окупанти атакували південну околицю Покровська. Увечері бої тривали на заході міста.")]
    [InlineData("Ночью враг обстрелял восточную часть Херсона. Утром Southern Defence Forces reported two wounded.")]
    [InlineData("Fighting continued near Toretsk.")]
    [InlineData("The strike came overnight. \"At daybreak, the western district burned\", a resident said.")]
    public void CuesOf_EvidenceSentences_SameAsCuesOfTheJoinedText(string text)
    {
        var doc = Docs.Text(text);
        var evidence = doc.Sentences.ConvertAll(s => s.Span);
        evidence.Reverse(); // evidence is not always in text order (a state of the front is put first)

        var joined = EvidenceCues.Of(string.Join(' ', evidence.Select(e => text[e.Start..e.End])));
        var cues = EventDraft.CuesOf(text, evidence);

        Assert.Equal(joined.DayParts.Order(), cues.DayParts.Order());
        Assert.Equal(joined.Sides.Order(StringComparer.Ordinal), cues.Sides.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void CuesOf_NoEvidence_NamesNothing()
    {
        var cues = EventDraft.CuesOf("Kyiv was quiet.", []);

        Assert.Empty(cues.DayParts);
        Assert.Empty(cues.Sides);
    }
}
