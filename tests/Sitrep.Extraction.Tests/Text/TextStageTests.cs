using Sitrep.Core.Documents;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Text;

public sealed class TextStageTests
{
    private static Document Run(string text)
    {
        var doc = new Document(text, new DocumentMetadata());
        new TextStage().Process(doc, CancellationToken.None);
        return doc;
    }

    [Theory]
    [InlineData("Russian forces attacked Pokrovsk. Ukraine said the assault was repelled.", 2)]
    [InlineData("Gen. Oleksandr Syrskyi said the line held. The corps agreed.", 2)]
    [InlineData("O. Syrskyi spoke on Tuesday.", 1)]
    [InlineData("KYIV, March 3 (Agency)\nRussia launched drones overnight.", 2)]
    [InlineData("Удар по Харкову. Загинули двоє людей.", 2)]
    [InlineData("Around 1,500 troops massed near the town, officials said.", 1)]
    [InlineData("The U.N. Security Council met on Friday after the strike. Russia blocked the statement.", 2)]
    [InlineData("U.N. monitors said 14 civilians were killed, and the E.U. envoy called it a war crime.", 1)]
    [InlineData("Shelling went on in the east. U.N. monitors counted 14 dead.", 2)]
    public void Process_Text_SplitsIntoExpectedSentenceCount(string text, int expected)
    {
        Assert.Equal(expected, Run(text).Sentences.Count);
    }

    [Fact]
    public void Process_EverySpan_PointsInsideText()
    {
        var doc = Run("The 7th Rapid Response Corps said 1,200.5 km of front held; Russia's \"claims\" are false.");
        foreach (var token in doc.Tokens)
        {
            Assert.False(string.IsNullOrWhiteSpace(doc.Slice(token.Span)));
        }

        var words = doc.Tokens.Select(t => doc.Slice(t.Span)).ToList();
        Assert.Contains("7th", words);
        Assert.Contains("1,200.5", words);
        Assert.Contains("Russia's", words);
    }

    [Theory]
    [InlineData("Russian forces attacked the town overnight.", "en")]
    [InlineData("Російські війська атакували Покровськ уночі.", "uk")]
    [InlineData("Российские войска атаковали Покровск ночью, сообщили в штабе.", "ru")]
    public void Process_Text_GuessesLanguage(string text, string expected)
    {
        Assert.Equal(expected, Run(text).Language);
    }
}
