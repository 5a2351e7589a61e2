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
    public void Of_Text_HoldsEachDistinctShingleOnce(string text, int count)
    {
        Assert.Equal(count, ShingleSet.Of(text).Count);
        Assert.Equal(ShingleSimilarity.Shingles(text).Count, ShingleSet.Of(text).Count);
    }
}
