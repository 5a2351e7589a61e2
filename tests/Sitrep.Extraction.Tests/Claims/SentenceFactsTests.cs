using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// Whether a sentence names a front-line direction is worked out once per sentence and kept for the document: moving
/// from one document to another (even one with as many sentences) must not carry the first one's answers over.
/// </summary>
public sealed class SentenceFactsTests
{
    [Fact]
    public void NamesDirection_DocumentsInTurn_EachAnswersForItsOwnSentences()
    {
        var summary = Docs.Text("У Лиманському напрямку ворог атакував 7 разів. Втрат немає.");
        var wire = Docs.Text("Drones hit a depot near Sumy overnight. Nobody was hurt.");
        var heading = Docs.Text("The column came from the direction of Vasylivka. It was hit.");

        for (var round = 0; round < 3; round++)
        {
            Assert.True(StoryPlace.NamesDirection(summary, 0));
            Assert.False(StoryPlace.NamesDirection(summary, 1));
            Assert.False(StoryPlace.NamesDirection(wire, 0));
            Assert.False(StoryPlace.NamesDirection(heading, 0)); // where the column came from, no front-line direction
            Assert.False(StoryPlace.NamesDirection(wire, 1));
            Assert.True(StoryPlace.NamesDirection(summary, 0));
        }
    }

    [Fact]
    public void Get_SameDocumentAndSentence_ComputesOncePerFact()
    {
        var doc = Docs.Text("In the Pokrovsk direction, 40 attacks were repelled. Fighting goes on along the front.");
        var calls = 0;
        bool Count(Sitrep.Core.Documents.Document d, int s)
        {
            calls++;
            return s == 1;
        }

        Assert.False(SentenceFacts.Get(doc, 0, SentenceFacts.FrontWide, Count));
        Assert.False(SentenceFacts.Get(doc, 0, SentenceFacts.FrontWide, Count));
        Assert.True(SentenceFacts.Get(doc, 1, SentenceFacts.FrontWide, Count));
        Assert.True(SentenceFacts.Get(doc, 1, SentenceFacts.FrontWide, Count));
        Assert.Equal(2, calls);
        Assert.True(StoryPlace.NamesDirection(doc, 0)); // another fact of the same sentence is its own
    }
}
