using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// An adverb of time or sequence opening the sentence before its speaker ("Пізніше голова громади уточнив", "Позже
/// глава района добавил", "Later regional officials said") is capitalised for the sentence and no word of the speaker.
/// A name opening the sentence stays the speaker.
/// </summary>
public sealed class OpeningAdverbTests
{
    [Theory]
    [InlineData("Пізніше голова громади уточнив, що пошкоджено два будинки.", "Пізніше")]
    [InlineData("Згодом міський голова додав, що світло вже повернули.", "Згодом")]
    [InlineData("Позже глава района добавил, что повреждены два дома.", "Позже")]
    [InlineData("Затем глава района уточнил, что свет уже вернули.", "Затем")]
    [InlineData("Later local officials said two houses had been damaged.", "Later")]
    public void Process_AdverbOpensTheSentence_IsNoWordOfTheSpeaker(string text, string adverb)
    {
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        var a = Assert.Single(doc.Attributions);
        Assert.DoesNotContain(adverb, a.Speaker, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Пономаренко уточнив, що пошкоджено два будинки.", "Пономаренко")]
    [InlineData("Пономаренко добавил, что повреждены два дома.", "Пономаренко")]
    [InlineData("Ponomarenko said two houses had been damaged.", "Ponomarenko")]
    public void Process_NameOpensTheSentence_StaysTheSpeaker(string text, string name)
    {
        // twin: a capitalised word that is no adverb is the speaker's name
        var doc = Docs.Attributed(text, outlet: "Test Wire");

        Assert.Contains(name, Assert.Single(doc.Attributions).Speaker, StringComparison.Ordinal);
    }
}
