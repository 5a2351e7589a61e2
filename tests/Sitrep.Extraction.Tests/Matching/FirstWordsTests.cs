using Sitrep.Extraction.Matching;

namespace Sitrep.Extraction.Tests.Matching;

/// <summary>The copy of the first-word filters read with a carried hash answers as the filters themselves.</summary>
public sealed class FirstWordsTests
{
    [Fact]
    public void MaskOf_WithHash_SameAsTheFilters_AlsoAfterANewIndexAddsWords()
    {
        var index = new PhraseIndex<int>();
        index.Add("shelled the outskirts", 1);
        AssertSame("shelled");
        AssertSame("zzzunusedword");

        // a word added after the copy was read is seen at once
        index.Add("bombarded the port", 2);
        Assert.NotEqual(0UL, FirstWords.MaskOf("bombarded", SpanTable.Hash("bombarded")));
        AssertSame("bombarded");

        var found = index.FindAll("Artillery bombarded the port at dawn.", Tokens("Artillery bombarded the port at dawn."), 0, 7);
        Assert.Equal(2, Assert.Single(found).Value);
    }

    [Theory]
    [InlineData("said")]
    [InlineData("заявив")]
    [InlineData("сообщил")]
    [InlineData("according")]
    [InlineData("shelling")]
    [InlineData("nosuchword")]
    public void MaskOf_WithHash_SameAsTheFilters(string word)
    {
        AssertSame(word);
    }

    private static void AssertSame(string word) =>
        Assert.Equal(FirstWords.MaskOf(word), FirstWords.MaskOf(word, SpanTable.Hash(word)));

    private static Sitrep.Core.Text.Token[] Tokens(string text)
    {
        var document = new Sitrep.Core.Documents.Document(text, new Sitrep.Core.Documents.DocumentMetadata());
        new Sitrep.Extraction.Text.TextStage().Process(document, CancellationToken.None);
        return [.. document.Tokens];
    }
}
