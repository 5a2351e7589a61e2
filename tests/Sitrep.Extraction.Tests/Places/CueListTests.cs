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

    [Fact]
    public void Matches_RandomWords_SameAsComparingEveryEntry()
    {
        // the length and first-letter shortcuts answer as comparing the word with every entry would
        string[] entries = ["near", "outskirts", "заяв*", "під", "Їжак*", "ёлк*", "Ґрунт", "in", "a*", "shelled", new string('x', 70)];
        var cues = new CueList(entries);
        var random = new Random(20261126);
        const string letters = "anrsxiNAзаявЗпідЇжкёлЁґрунтhed";
        for (var run = 0; run < 20_000; run++)
        {
            var word = run % 50 == 0 ? new string('X', random.Next(60, 75)) : RandomWord(random, letters);
            Assert.True(Plain(entries, word) == cues.Matches(word), $"'{word}'");
        }

        foreach (var e in entries)
        {
            var word = e.TrimEnd('*');
            Assert.Equal(Plain(entries, word), cues.Matches(word));
            Assert.Equal(Plain(entries, word.ToUpperInvariant() + "s"), cues.Matches(word.ToUpperInvariant() + "s"));
        }
    }

    private static string RandomWord(Random random, string letters)
    {
        var chars = new char[random.Next(1, 10)];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = letters[random.Next(letters.Length)];
        }

        return new string(chars);
    }

    private static bool Plain(string[] entries, string word)
    {
        var upper = word.ToUpperInvariant();
        foreach (var e in entries)
        {
            var entry = e.TrimEnd('*').ToUpperInvariant();
            if (e.EndsWith('*') ? upper.StartsWith(entry, StringComparison.Ordinal) && entry.Length > 0 : upper == entry)
            {
                return true;
            }
        }

        return false;
    }
}
