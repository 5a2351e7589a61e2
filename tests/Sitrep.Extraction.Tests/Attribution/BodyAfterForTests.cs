using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>"according to a spokesperson for the X group": the office speaks for the body named after "for the".</summary>
public sealed class BodyAfterForTests
{
    [Theory]
    [InlineData("Visibility was under 200 metres, according to a spokesperson for the Luhansk operational-tactical group of forces.", "Luhansk operational-tactical group of forces")]
    [InlineData("The road was cut overnight, according to a spokesperson for the Khortytsia group.", "Khortytsia operational-strategic group")]
    public void Process_SpokespersonForTheBody_SpeaksForTheBody(string text, string speaker)
    {
        var doc = Docs.Attributed(text);

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, statement.Speaker);
        Assert.Equal("UA", statement.Side);
        Assert.Equal(SpeakerType.Person, statement.SpeakerType);
    }

    [Fact]
    public void Process_SpokespersonForTheBodyThenTheSpokesperson_BothSpeakForTheBody()
    {
        var doc = Docs.Attributed("\"The bridge is ours,\" the spokesperson for the Khortytsia group said. The spokesperson said the crossing was mined.");

        Assert.Equal(2, doc.Attributions.Count);
        Assert.All(doc.Attributions, a => Assert.Equal("Khortytsia operational-strategic group", a.Speaker));
    }
}
