using Sitrep.Extraction.Claims;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// The whole-front and group-of-forces phrases are looked for only in sentences holding one of their anchor words:
/// that finds what searching every phrase finds only while every phrase holds an anchor, and a claim "along the
/// front" must stay at no one settlement.
/// </summary>
public sealed class SectorPhraseTests
{
    [Fact]
    public void Anchors_EveryPhrase_HoldsOne()
    {
        foreach (var phrase in StoryPlace.FrontWidePhrases)
        {
            Assert.Contains(StoryPlace.FrontWideAnchors, a => phrase.Contains(a, StringComparison.OrdinalIgnoreCase));
        }

        foreach (var phrase in StoryPlace.ForcesGroupPhrases)
        {
            Assert.Contains(StoryPlace.ForcesGroupAnchors, a => phrase.Contains(a, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Theory]
    [InlineData("Russia drops hundreds of guided bombs every week ALONG THE FRONT, the commander said.", true)]
    [InlineData("Бої тривають по всій лінії фронту, повідомив Генштаб.", true)]
    [InlineData("Бои идут вдоль линии фронта.", true)]
    [InlineData("The front door of the school was blown out.", false)]
    [InlineData("Two people were killed in Kherson overnight.", false)]
    public void Contains_FrontWidePhrases_MatchesTheSearchOfEveryPhrase(string text, bool expected)
    {
        var doc = Docs.Text(text);
        var span = new Sitrep.Core.Text.TextSpan(0, text.Length);
        var plain = StoryPlace.FrontWidePhrases.Any(p => text.Contains(p, StringComparison.OrdinalIgnoreCase));

        Assert.Equal(expected, plain);
        Assert.Equal(plain, StoryPlace.Contains(doc, span, [.. StoryPlace.FrontWidePhrases], StoryPlace.FrontWideAnchors));
    }
}
