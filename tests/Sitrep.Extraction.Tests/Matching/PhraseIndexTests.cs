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

    [Theory]
    [InlineData("Russian forces shelled the outskirts overnight, the regional governor said.", 0, 99)]
    [InlineData("Russian forces shelled the outskirts overnight, the regional governor said.", 2, 99)]
    [InlineData("Russian forces shelled the outskirts overnight, the regional governor said.", 3, 6)]
    [InlineData("Окупанти обстріляли Нікополь з артилерії вночі.", 0, 99)]
    [InlineData("Окупанти обстріляли Нікополь з артилерії вночі.", 1, 99)]
    [InlineData("Обстрел продолжался всю ночь, сообщил губернатор.", 0, 99)]
    [InlineData("The council met on Tuesday to discuss the budget.", 0, 99)]
    [InlineData("No shelling. Shelling, again: #shelling", 0, 99)]
    [InlineData("", 0, 99)]
    public void Any_AnyRangeOfTokens_SameAsFindAllNotEmpty(string text, int from, int to)
    {
        var index = new PhraseIndex<int>();
        index.Add("shelled", 1);
        index.Add("regional governor", 2);
        index.Add("обстріляли", 3);
        index.Add("артилерія", 4);
        index.Add("обстрел", 5);
        index.Add("shelling", 6);
        var doc = Docs.Text(text);
        var tokens = doc.Tokens.ToArray();
        to = Math.Min(to, tokens.Length);
        from = Math.Min(from, to);

        Assert.Equal(index.FindAll(doc.Text, tokens, from, to).Count > 0, index.Any(doc.Text, tokens, from, to));
    }

    [Fact]
    public void FindAll_IntoAReusedList_AppendsWhatFindAllReturns()
    {
        var index = new PhraseIndex<int>();
        index.Add("drone", 1);
        index.Add("drone strike", 2);
        var doc = Docs.Text("A drone strike hit a depot; a second drone was shot down.");
        var into = new List<PhraseMatch<int>> { new(0, 1, default, 9) };

        index.FindAll(doc.Text, doc.Tokens.ToArray(), 0, doc.Tokens.Count, into);

        Assert.Equal([9, .. index.FindAll(doc.Text, doc.Tokens.ToArray(), 0, doc.Tokens.Count).Select(m => m.Value)], into.Select(m => m.Value));
    }
}
