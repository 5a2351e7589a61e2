using Sitrep.Extraction.Places.Languages;

namespace Sitrep.Extraction.Tests.Places;

/// <summary>Cue words match whatever the case of the text, whole words exactly and stems by their start.</summary>
public sealed class CueListTests
{
    private static readonly CueList Cues = new(["near", "outskirts", "заяв*", "під", "Їжак*", "ёлк*", "Ґрунт"]);

    [Theory]
    [InlineData("near", true)]
    [InlineData("NEAR", true)]
    [InlineData("Near", true)]
    [InlineData("nearby", false)] // a whole word, not a stem
    [InlineData("Outskirts", true)]
    [InlineData("заявив", true)]
    [InlineData("ЗАЯВИЛА", true)]
    [InlineData("Заявляет", true)]
    [InlineData("зая", false)] // shorter than the stem
    [InlineData("ПІД", true)]
    [InlineData("під'їзд", false)]
    [InlineData("їжаки", true)] // ї/Ї, ё/Ё, ґ/Ґ outside the basic Cyrillic alphabet
    [InlineData("ЁЛКИ", true)]
    [InlineData("ґрунт", true)]
    [InlineData("", false)]
    public void Matches_AnyCase_MatchesWordsAndStems(string word, bool expected)
    {
        Assert.Equal(expected, Cues.Matches(word));
    }
}
