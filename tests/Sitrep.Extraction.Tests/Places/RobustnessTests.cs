using Sitrep.Core.Documents;
using Sitrep.Extraction.Places;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Places;

public sealed class RobustnessTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n  ")]
    [InlineData("!!! ??? ... ---")]
    [InlineData("Kyiv-")]
    [InlineData("'s 's ’s")]
    [InlineData("Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa Kharkiv")]
    [InlineData("KhаrkivКиїв Київ-Kyiv Ж")]
    [InlineData("Rostov-on-Don-on-Don-on-Don-on-Don-on-Don-on-Don-on-Don")]
    public void Process_OddInput_DoesNotThrowAndKeepsSpansInText(string text)
    {
        var d = PlacesRun.Run(text);
        foreach (var p in d.Places)
        {
            Assert.InRange(p.Span.Start, 0, text.Length);
            Assert.InRange(p.Span.End, p.Span.Start + 1, text.Length);
            Assert.Equal(text[p.Span.Start..p.Span.End], p.Text);
        }
    }

    [Fact]
    public void Process_CancelledToken_Stops()
    {
        var d = new Document(string.Concat(Enumerable.Repeat("Shelling hit Kharkiv and Sumy. ", 200)), new DocumentMetadata());
        new TextStage().Process(d, CancellationToken.None);
        using var cts = new CancellationTokenSource();
        cts.Cancel();
        Assert.Throws<OperationCanceledException>(() => new PlacesStage().Process(d, cts.Token));
    }

    [Fact]
    public void Process_LongMixedReport_FindsEveryMentionOnce()
    {
        var text = string.Concat(Enumerable.Repeat("Russian forces attacked Pokrovsk; У Харкові вибухи; В Курской области тревога. ", 300));
        var d = PlacesRun.Run(text);
        Assert.Equal(900, d.Places.Count);
        Assert.Equal(d.Places.Count, d.Places.Select(p => p.Span.Start).Distinct().Count());
    }
}
