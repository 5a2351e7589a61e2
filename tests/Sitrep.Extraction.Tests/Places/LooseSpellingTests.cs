using Sitrep.Extraction.Places.Matching;

namespace Sitrep.Extraction.Tests.Places;

public sealed class LooseSpellingTests
{
    [Theory]
    [InlineData("Zaporizhzhia", "Zaporozhye")]
    [InlineData("Olkhovaya", "Vilkhova")]
    [InlineData("Alexandrovskoye", "Oleksandrivske")]
    [InlineData("Trypillia", "Tripolye")]
    public void Loose_AfterOtherWordsOnTheSameThread_SameAsFirstTime(string word, string other)
    {
        var first = SpellingDistance.Loose(word);
        SpellingDistance.Loose(new string('k', 3000)); // a long word: the reused builder is dropped after it
        SpellingDistance.Loose(other);

        Assert.Equal(first, SpellingDistance.Loose(word));
        Assert.Equal(SpellingDistance.Loose(other), SpellingDistance.Loose(other));
    }

    [Theory]
    [InlineData("Zaporizhzhia", "Zaporozhye")]
    [InlineData("Porichchia", "Porechye")]
    public void Loose_UkrainianAndRussianRomanisation_SameLooseForm(string ukrainian, string russian)
    {
        Assert.Equal(SpellingDistance.Loose(ukrainian), SpellingDistance.Loose(russian));
    }
}
