using Sitrep.Extraction.Matching;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Matching;

public sealed class PhraseIndexTests
{
    [Theory]
    [InlineData("Генштаб", "Генштабу")]
    [InlineData("Сирський", "Сирського")]
    [InlineData("Покровськ", "Покровськом")]
    [InlineData("окупанти", "окупантів")]
    [InlineData("Ukraine's", "Ukraine\u2019s")]
    [InlineData("General  Staff", "general staff")]
    public void Normalize_InflectedOrTypographicVariant_SameKey(string a, string b)
    {
        Assert.Equal(PhraseNormalizer.Normalize(a), PhraseNormalizer.Normalize(b));
    }

    [Theory]
    [InlineData("Kyiv", "Kyivan")]
    [InlineData("said", "says")]
    public void Normalize_DifferentLatinWords_DifferentKeys(string a, string b)
    {
        Assert.NotEqual(PhraseNormalizer.Normalize(a), PhraseNormalizer.Normalize(b));
    }

    [Fact]
    public void Normalize_WithoutStemming_KeepsVerbFormsApart()
    {
        Assert.NotEqual(PhraseNormalizer.Normalize("заявив", stem: false), PhraseNormalizer.Normalize("заяв", stem: false));
    }

    [Fact]
    public void FindAll_OverlappingPhrases_PrefersLongestAndDoesNotOverlap()
    {
        var index = new PhraseIndex<int>();
        index.Add("drone", 1);
        index.Add("drone strike", 2);
        index.Add("strike", 3);
        var doc = Docs.Text("A drone strike and a strike.");

        var found = index.FindAll(doc.Text, doc.Tokens.ToArray(), 0, doc.Tokens.Count);

        Assert.Equal([2, 3], found.Select(m => m.Value));
        Assert.Equal("drone strike", doc.Slice(found[0].Span));
    }

    [Fact]
    public void FindAll_AnotherTextWithTheSameTokenOffsets_MatchesThatText()
    {
        var index = new PhraseIndex<int>();
        index.Add("Генштаб", 1);
        var first = Docs.Text("Генштабу відомо.");
        var second = Docs.Text("Мінобороні відомо.");

        var inFirst = index.FindAll(first.Text, first.Tokens.ToArray(), 0, first.Tokens.Count);
        var inSecond = index.FindAll(second.Text, second.Tokens.ToArray(), 0, second.Tokens.Count);
        var inFirstAgain = index.FindAll(first.Text, first.Tokens.ToArray(), 0, first.Tokens.Count);

        Assert.Equal([1], inFirst.Select(m => m.Value));
        Assert.Empty(inSecond);
        Assert.Equal([1], inFirstAgain.Select(m => m.Value));
    }

    [Fact]
    public void FindAll_IndexBuiltAfterTheTextWasScanned_FindsItsPhrases()
    {
        var doc = Docs.Text("The air force said a ballistic missile was downed over Kyiv.");
        var earlier = new PhraseIndex<int>();
        earlier.Add("air force", 1);
        Assert.Single(earlier.FindAll(doc.Text, doc.Tokens.ToArray(), 0, doc.Tokens.Count));

        var later = new PhraseIndex<int>();
        later.Add("ballistic missile", 2);
        var found = later.FindAll(doc.Text, doc.Tokens.ToArray(), 0, doc.Tokens.Count);

        Assert.Equal([2], found.Select(m => m.Value));
        Assert.Equal("ballistic missile", doc.Slice(found[0].Span));
    }
}
