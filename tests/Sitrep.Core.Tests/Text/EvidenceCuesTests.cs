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
}
