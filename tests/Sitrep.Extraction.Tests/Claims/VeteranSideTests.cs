using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// A soldier or veteran quoted without a side, in a story that quotes no unit, is of the side of the formations the
/// story names (brigades, corps, groups of forces), when they are all of one side; the armies a story fights against
/// ("Russian forces", "ЗСУ") are no formations.
/// </summary>
public sealed class VeteranSideTests
{
    [Theory]
    [InlineData("Russian forces stormed the town for months while the 47th Mechanized Brigade held the southern approaches. \"We lost the bridge in a single night,\" said Taras, a former sniper who now drives a taxi.", "UA")]
    [InlineData("Російські війська штурмували місто місяцями, а 47-ма окрема механізована бригада тримала південні підходи. Міст ми втратили за одну ніч, повідомив командир роти.", "UA")]
    [InlineData("Украинские войска удерживали город до весны, пока группировка войск «Центр» не обошла его с севера. Мост мы потеряли за одну ночь, сообщил командир взвода.", "RU")]
    public void Process_VeteranInAStoryNamingOneSidesFormations_TakesTheirSide(string text, string side)
    {
        var doc = Docs.Text(text, outlet: "Veterans' Review");

        var claim = Assert.Single(Docs.ClaimsOf(doc), c => c.Claimant is "Taras" or "командир роти" or "командир взвода");

        Assert.Equal(side, claim.Side);
    }

    [Fact]
    public void Process_VeteranInAStoryNamingBothSidesFormations_KeepsNoSide()
    {
        var doc = Docs.Text("The 47th Mechanized Brigade held the southern approaches until the Centre group of forces broke through. \"We lost the bridge in a single night,\" said Taras, a former sniper who now drives a taxi.", outlet: "Veterans' Review");

        var claim = Assert.Single(Docs.ClaimsOf(doc), c => c.Claimant == "Taras");

        Assert.Null(claim.Side);
    }

    [Fact]
    public void Process_VeteranInAStoryNamingOnlyArmies_KeepsNoSide()
    {
        var doc = Docs.Text("Russian forces stormed the town for months. \"We lost the bridge in a single night,\" said Taras, a former sniper who now drives a taxi.", outlet: "Veterans' Review");

        var claim = Assert.Single(Docs.ClaimsOf(doc), c => c.Claimant == "Taras");

        Assert.Null(claim.Side);
    }
}
