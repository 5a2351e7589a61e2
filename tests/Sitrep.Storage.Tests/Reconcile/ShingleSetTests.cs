using Sitrep.Reconcile.Common;

namespace Sitrep.Storage.Tests.Reconcile;

public sealed class ShingleSetTests
{
    [Theory]
    [InlineData("Russian forces shelled Nikopol overnight, wounding two men.", "Russian forces shelled Nikopol overnight, wounding two men, the governor said.")]
    [InlineData("Drones hit Sumy at dawn. Drones hit Sumy at dawn again, the mayor said.", "Drones hit Sumy at dawn, the mayor said on Telegram.")]
    [InlineData("Окупанти обстріляли Нікополь уночі, поранено двох чоловіків.", "Окупанти обстріляли Нікополь уночі, повідомив голова ОВА.")]
    [InlineData("ВСУ атаковали Белгород беспилотниками ночью.", "Ночью Белгород атаковали беспилотники, сообщил губернатор.")]
    [InlineData("Shelling.", "Shelling reported.")]
    [InlineData("Kupiansk shelled", "kupiansk SHELLED!")]
    [InlineData("", "Artillery struck a market in Kherson.")]
    [InlineData("the the the the the", "the the the")]
    [InlineData("a b c a b c a b c", "b c a b c d")]
    // "dawn struck assault" and "dawn troops strike" have the same 32-bit hash: told apart by their characters
    [InlineData("dawn struck assault", "dawn troops strike")]
    [InlineData("dawn struck assault dawn troops strike", "dawn troops strike")]
    [InlineData("Dawn troops strike, dawn struck assault.", "dawn struck assault; dawn troops strike; dawn struck assault")]
    [InlineData("dawn troops strike dawn struck assault", "dawn struck assault dawn troops strike")]
    public void Jaccard_PairsOfEvidence_ExactlyTheScoreOfTheTexts(string a, string b)
    {
        var expected = ShingleSimilarity.Jaccard(a, b);

        Assert.Equal(expected, ShingleSet.Jaccard(ShingleSet.Of(a), ShingleSet.Of(b)));
        Assert.Equal(expected, ShingleSet.Jaccard(ShingleSet.Of(b), ShingleSet.Of(a)));
    }

    [Theory]
    [InlineData("Russian forces shelled Nikopol overnight, wounding two men.", 6)]
    [InlineData("a b c a b c a b c", 3)]
    [InlineData("Shelling reported.", 1)]
    [InlineData("...", 0)]
    [InlineData("dawn struck assault dawn troops strike dawn struck assault", 6)]
    public void Of_Text_HoldsEachDistinctShingleOnce(string text, int count)
    {
        Assert.Equal(count, ShingleSet.Of(text).Count);
        Assert.Equal(ShingleSimilarity.Shingles(text).Count, ShingleSet.Of(text).Count);
    }
}

public sealed class ShingleSetRandomTests
{
    private static readonly string[] Words =
        ["Russian", "forces", "SHELLED", "shelled", "Shelled", "ДВОХ", "Nikopol", "overnight", "двох", "Окупанти", "обстріляли", "Белгород", "беспилотники", "2", "155-mm", "İstanbul", "the", "a"];

    private static readonly string[] Gaps = [" ", ", ", ". ", " - ", "\n\n", "!", " «", "» ", "'"];

    [Fact]
    public void Jaccard_RandomEvidence_ExactlyTheScoreOfTheTexts()
    {
        var random = new Random(26112025);
        for (var round = 0; round < 2_000; round++)
        {
            var (a, b) = (Text(random), Text(random));

            Assert.Equal(ShingleSimilarity.Jaccard(a, b), ShingleSet.Jaccard(ShingleSet.Of(a), ShingleSet.Of(b)));
            Assert.Equal(ShingleSimilarity.Shingles(a).Count, ShingleSet.Of(a).Count);
        }
    }

    [Fact]
    public void JaccardAtLeast_RandomEvidence_WhetherTheScoreReachesTheThreshold()
    {
        var random = new Random(27112025);
        for (var round = 0; round < 2_000; round++)
        {
            var a = ShingleSet.Of(Text(random));
            var b = ShingleSet.Of(random.Next(3) == 0 ? Text(random) + Text(random) : Text(random));
            var threshold = random.Next(5) switch { 0 => 0, 1 => 1, _ => random.Next(1, 10) / 10.0 };

            Assert.Equal(ShingleSet.Jaccard(a, b) >= threshold, ShingleSet.JaccardAtLeast(a, b, threshold));
        }
    }

    private static string Text(Random random)
    {
        var parts = new List<string>();
        for (var i = random.Next(0, 14); i > 0; i--)
        {
            parts.Add(Words[random.Next(Words.Length)]);
            parts.Add(Gaps[random.Next(Gaps.Length)]);
        }

        return random.Next(4) == 0 ? " " + string.Concat(parts) : string.Concat(parts);
    }
}
