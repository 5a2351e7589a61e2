using Sitrep.Core.Documents;
using Sitrep.Extraction.Matching;
using Sitrep.Extraction.Text;

namespace Sitrep.Extraction.Tests.Matching;

/// <summary>
/// The one clause-mood judgement events and claims share: whether a word's clause tells it as future, possible,
/// threatened, planned or conditional rather than as what happened.
/// </summary>
public sealed class ClauseMoodTests
{
    /// <summary>Whether the clause of the first token that starts with <paramref name="word"/> is unreal.</summary>
    private static bool Unreal(string sentence, string word)
    {
        var document = new Document(sentence, new DocumentMetadata());
        new TextStage().Process(document, CancellationToken.None);
        var tokens = document.Tokens.ToArray();
        var at = Array.FindIndex(tokens, t => sentence.AsSpan(t.Start, t.End - t.Start).StartsWith(word, StringComparison.Ordinal));
        Assert.True(at >= 0, $"'{word}' is not a token of the sentence");
        return ClauseMood.Unreal(sentence, tokens, at, at + 1, 0, tokens.Length);
    }

    [Theory]
    // a future or a modal before the word, in its clause
    [InlineData("The deputy minister said Moscow would strike the bridges over the Oskil.", "strike")]
    [InlineData("Russian units could try to storm the eastern outskirts within days.", "storm")]
    [InlineData("Ворог може повторити атаку на Шостку вночі.", "атаку")]
    [InlineData("Противник может повторить атаку следующей ночью.", "атаку")]
    // the Ukrainian one-word future, before the word and as the word itself
    [InlineData("Росіяни й надалі намагатимуться бити по Сумах балістикою.", "бити")]
    [InlineData("Окупанти обстрілюватимуть прикордонні громади.", "обстрілюватимуть")]
    // a future auxiliary after a noun
    [InlineData("Strikes on military targets will continue, the spokesman said.", "Strikes")]
    [InlineData("Удари по нафтобазах будуть тривати.", "Удари")]
    [InlineData("Удары по военным объектам на территории России будут продолжены.", "Удары")]
    // a threat, a promise, a plan, a forecast
    [InlineData("A Kremlin spokesman threatened to hit the power plants of Kharkiv.", "hit")]
    [InlineData("Депутат погрожує завдати удару по Харкову.", "удару")]
    [InlineData("В Минобороны пообещали нанести ответный удар.", "удар")]
    // a possibility or a warning right before it, a condition
    [InlineData("The air force warned of possible missile strikes on the port.", "strikes")]
    [InlineData("Загроза застосування ударних БпЛА по області.", "ударних")]
    [InlineData("If Kyiv keeps attacking the refineries, Moscow will answer.", "attacking")]
    [InlineData("Росіяни могли б атакувати дронами Шостку.", "атакувати")]
    public void Unreal_FutureModalThreatOrCondition_True(string sentence, string word)
    {
        Assert.True(Unreal(sentence, word));
    }

    [Theory]
    // the same clauses told as what happened
    [InlineData("The deputy minister said Moscow had struck the bridges over the Oskil.", "struck")]
    [InlineData("Russian units tried to storm the eastern outskirts on Monday.", "storm")]
    [InlineData("Ворог повторив атаку на Шостку вночі.", "атаку")]
    [InlineData("Противник повторил атаку прошлой ночью.", "атаку")]
    [InlineData("Росіяни знову били по Сумах балістикою.", "били")]
    [InlineData("Strikes on military targets continued overnight, the spokesman said.", "Strikes")]
    [InlineData("Удары по военным объектам на территории России продолжились ночью.", "Удары")]
    // a modal with a perfect hedges what happened
    [InlineData("The depot may have been hit by a drone on Monday.", "hit")]
    // a cue in another clause does not reach the word
    [InlineData("Officials said the talks would resume, and drones hit Kyiv overnight.", "hit")]
    [InlineData("Мер попередив, що тривога може тривати, а вночі дрони атакували Суми.", "атакували")]
    [InlineData("Губернатор сказал, что школы будут закрыты, но ночью дроны атаковали Белгород.", "атаковали")]
    public void Unreal_ToldAsHappened_False(string sentence, string word)
    {
        Assert.False(Unreal(sentence, word));
    }
}
