using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Text;

/// <summary>The compass sides and parts of the day that evidence names, whatever the case and the first letter of the word.</summary>
public sealed class EvidenceCuesTests
{
    private static readonly (string Prefix, string Side)[] Sides =
    [
        ("north", "north"), ("south", "south"), ("east", "east"), ("west", "west"), ("північ", "north"), ("півден", "south"),
        ("півдні", "south"), ("схід", "east"), ("східн", "east"), ("заход", "west"), ("західн", "west"), ("север", "north"),
        ("юг", "south"), ("южн", "south"), ("восто", "east"), ("запад", "west"),
    ];

    [Theory]
    [InlineData("Shelling hit the eastern outskirts at dawn.", "east", 1)]
    [InlineData("Вночі обстріляли південну околицю.", "south", 4)]
    [InlineData("ВНОЧІ обстрел на юге города.", "south", 4)]
    [InlineData("Strikes overnight on the Western districts.", null, 4)] // a capitalised side inside a sentence is a name
    [InlineData("The market was hit in the evening.", null, 3)]
    public void Of_Evidence_NamesSideAndPartOfDay(string text, string? side, int dayPart)
    {
        var cues = EvidenceCues.Of(text);
        Assert.Equal(side is null ? [] : [side], cues.Sides.Order());
        Assert.Equal([dayPart], cues.DayParts);
    }

    [Fact]
    public void Of_RandomWordsAtSentenceStart_SidesOfEveryPrefixTheyStartWith()
    {
        const string letters = "nsewtaoNSEWTAOпсзюврдПСЗЮВРДівнідчгхЇЄ";
        var random = new Random(20261126);
        for (var run = 0; run < 20_000; run++)
        {
            var chars = new char[random.Next(1, 9)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = letters[random.Next(letters.Length)];
            }

            var word = run % 3 == 0 ? Sides[random.Next(Sides.Length)].Prefix + new string(chars) : new string(chars);
            if (run % 5 == 0)
            {
                word = word.ToUpperInvariant();
            }

            var expected = Sides.FirstOrDefault(s => word.Length <= 12 && word.StartsWith(s.Prefix, StringComparison.OrdinalIgnoreCase)
                && !word.Equals("easter", StringComparison.OrdinalIgnoreCase)).Side;
            var sides = EvidenceCues.Of(word + ".").Sides;
            Assert.True(expected is null ? sides.Count == 0 : sides.SetEquals([expected]), $"'{word}'");
        }
    }

    /// <summary>The day words with their parts of the day (morning 1, afternoon 2, evening 3, night 4).</summary>
    private static readonly (string Word, int Part)[] DayWords =
    [
        ("dawn", 1), ("daybreak", 1), ("morning", 1), ("вранці", 1), ("зранку", 1), ("ранку", 1), ("утром", 1), ("утра", 1),
        ("afternoon", 2), ("midday", 2), ("noon", 2), ("пополудні", 2), ("вдень", 2), ("днем", 2), ("днём", 2),
        ("evening", 3), ("dusk", 3), ("ввечері", 3), ("вечора", 3), ("вечером", 3),
        ("night", 4), ("overnight", 4), ("вночі", 4), ("уночі", 4), ("ночі", 4), ("ночью", 4),
    ];

    /// <summary>
    /// Every day word is found in every case, whatever comes before it, and a word of a day word's length and first
    /// letter that is no day word, or a day word with a letter changed, names no part of the day (the lookup is skipped
    /// for most words by their length and first letter; the skip must never drop a day word).
    /// </summary>
    [Fact]
    public void Of_DayWordsInAnyCase_FoundAndNearMissesNot()
    {
        foreach (var (word, part) in DayWords)
        {
            foreach (var written in new[] { word, word.ToUpperInvariant(), char.ToUpperInvariant(word[0]) + word[1..] })
            {
                Assert.Equal([part], EvidenceCues.Of(written + " the strike came.").DayParts);
                Assert.Equal([part], EvidenceCues.Of("The strike came " + written + ".").DayParts);
                Assert.Equal([part], EvidenceCues.Scan(written, EvidenceCues.Start) is var state ? Parts(state) : []);
            }

            var near = word[..^1] + (word[^1] == 'x' ? 'y' : 'x');
            Assert.Empty(EvidenceCues.Of("The strike came " + near + ".").DayParts);
            Assert.Empty(EvidenceCues.Of("The strike came " + word + "s.").DayParts);
        }
    }

    private static int[] Parts(EvidenceCues.ScanState state) => [.. Enumerable.Range(1, 4).Where(p => (state.DayParts & (1 << p)) != 0)];
}
