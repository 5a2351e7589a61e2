using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Attribution;

/// <summary>
/// "Residents living near the substation told us ...", "Analysts at a European think tank said ...": a speaker noun with
/// a modifier after it (a participle or a preposition and what it governs) up to the verb speaks as a whole. A noun the
/// modifier names ("the substation") is no speaker.
/// </summary>
public sealed class ModifiedSpeakerTests
{
    [Theory]
    [InlineData("Residents living near the substation told us that they had had no water for two days.", "Residents living near the substation")]
    [InlineData("Analysts at a European think tank said satellite images showed fresh craters along the road.", "Analysts at a European think tank")]
    [InlineData("Мешканці з сусідніх будинків розповіли, що два дні не мали води.", "Мешканці з сусідніх будинків")]
    [InlineData("Жители рядом со станцией рассказали, что два дня сидели без воды.", "Жители рядом со станцией")]
    public void Process_SpeakerNounWithModifier_ThePhraseSpeaks(string text, string speaker)
    {
        var doc = Docs.Attributed(text, outlet: "Test Herald");

        var statement = Assert.Single(doc.Attributions);
        Assert.Equal(speaker, statement.Speaker, ignoreCase: true);
        Assert.Null(statement.Side);
    }

    [Theory]
    [InlineData("The shelling near the substation stopped at dawn, residents said.", "residents")]
    [InlineData("Обстріли біля підстанції припинилися на світанку, розповіли мешканці.", "мешканці")]
    [InlineData("Обстрелы возле подстанции прекратились на рассвете, рассказали жители.", "жители")]
    public void Process_ModifierOfTheStatement_IsNotTheSpeaker(string text, string speaker)
    {
        var doc = Docs.Attributed(text, outlet: "Test Herald");

        Assert.Equal(speaker, Assert.Single(doc.Attributions).Speaker, ignoreCase: true);
    }
}
