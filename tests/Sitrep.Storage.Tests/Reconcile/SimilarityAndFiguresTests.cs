using Sitrep.Core.Contract;
using Sitrep.Reconcile.Common;
using Sitrep.Reconcile.Events;

namespace Sitrep.Storage.Tests.Reconcile;

public sealed class SimilarityAndFiguresTests
{
    [Theory]
    [InlineData("Russian forces shelled Nikopol overnight, wounding two men.", "Russian forces shelled Nikopol overnight, wounding two men.", 1.0, 1.0)]
    [InlineData("Russian forces shelled Nikopol overnight, wounding two men.", "RUSSIAN forces shelled Nikopol overnight - wounding two men!", 1.0, 1.0)]
    [InlineData("Russian forces shelled Nikopol overnight, wounding two men.", "Russian forces shelled Nikopol overnight, wounding two men, the governor said.", 0.6, 0.8)]
    [InlineData("Russian forces shelled Nikopol overnight, wounding two men.", "Two men were hurt when shells hit the town after midnight.", 0.0, 0.05)]
    [InlineData("Окупанти обстріляли Нікополь уночі, поранено двох чоловіків.", "Окупанти обстріляли Нікополь уночі, поранено двох чоловіків, повідомив голова ОВА.", 0.6, 0.8)]
    public void Jaccard_Sentences_ScoresRepublicationsHigh(string a, string b, double min, double max)
    {
        var s = ShingleSimilarity.Jaccard(a, b);

        Assert.InRange(s, min, max);
        Assert.Equal(s, ShingleSimilarity.Jaccard(b, a));
    }

    [Theory]
    // unit value approximate | unit value approximate -> agree / conflict
    [InlineData("killed 3 exact", "killed 3 exact", "killed", "")]
    [InlineData("killed 3 exact", "killed 4 exact", "", "")]          // a toll that rose: neither
    [InlineData("killed 2 exact", "killed 5 exact", "", "")]
    [InlineData("killed 3 exact", "killed 12 exact", "", "killed 3 vs 12")]
    [InlineData("personnel 60 approx", "personnel 70 exact", "personnel", "")]
    [InlineData("personnel 60 approx", "personnel 8 exact", "", "personnel 60 vs 8")]
    [InlineData("personnel 20 exact", "personnel 45 exact", "", "personnel 20 vs 45")] // twofold and 25 apart
    [InlineData("tanks 3 exact", "killed 12 exact", "", "")]          // different units are not compared
    public void Compare_Figures_AgreeOrConflict(string a, string b, string agreeing, string conflicting)
    {
        var c = QuantityComparison.Compare([Figure(a)], [Figure(b)]);

        Assert.Equal(agreeing, string.Join(",", c.Agreeing));
        Assert.Equal(conflicting, string.Join(",", c.Conflicting));
    }

    [Fact]
    public void StableIds_SameInputs_SameIdsAndPrefixes()
    {
        Assert.Equal(StableIds.Event("doc-1", "e1"), StableIds.Event("doc-1", "e1"));
        Assert.NotEqual(StableIds.Event("doc-1", "e1"), StableIds.Event("doc-1", "e2"));
        Assert.Matches("^evt-[0-9a-f]{16}$", StableIds.Event("doc-1", "e1"));
        Assert.Matches("^clm-[0-9a-f]{16}$", StableIds.Claim("doc-1", "c1"));
    }

    private static QuantityDto Figure(string spec)
    {
        var p = spec.Split(' ');
        return new QuantityDto
        {
            Text = p[1], Start = 0, End = p[1].Length, Unit = p[0],
            Value = double.Parse(p[1], System.Globalization.CultureInfo.InvariantCulture), Approximate = p[2] == "approx",
        };
    }
}
