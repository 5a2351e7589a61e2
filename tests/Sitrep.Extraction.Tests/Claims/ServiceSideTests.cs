using Sitrep.Core.Documents;
using Sitrep.Core.Model;
using Sitrep.Extraction.Tests.Support;

namespace Sitrep.Extraction.Tests.Claims;

/// <summary>
/// An officer or soldier quoted without a side speaks for the forces whose units the story quotes, when those are all
/// of one side; with units of both sides quoted, or none, the officer keeps no side.
/// </summary>
public sealed class ServiceSideTests
{
    [Theory]
    [InlineData("The 47th Mechanized Brigade said its soldiers had repelled four assaults overnight. A logistics officer said a fuel truck was hit by a drone on Monday morning, wounding the driver.", "UA")]
    [InlineData("47-ма окрема механізована бригада повідомила, що відбила чотири штурми. Ворожий дрон атакував вантажівку з пальним, повідомив командир роти.", "UA")]
    [InlineData("В группировке войск «Центр» заявили, что отразили четыре атаки. По словам командира взвода, дрон атаковал грузовик с топливом.", "RU")]
    public void Process_OfficerWithNoSide_TakesTheSideOfTheUnitsQuoted(string text, string side)
    {
        var doc = Docs.Text(text, outlet: "Frontline Daily");

        var claims = Docs.ClaimsOf(doc);

        var strike = Assert.Single(claims, c => c.Kind == ClaimKind.Strike);
        Assert.Equal(side, strike.Side);
    }

    [Fact]
    public void Process_OfficerInAStoryQuotingBothSides_KeepsNoSide()
    {
        var doc = Docs.Text("The 47th Mechanized Brigade said its soldiers had repelled four assaults. The Centre group of forces said it had taken a village nearby. A logistics officer said a fuel truck was hit by a drone on Monday.", outlet: "Frontline Daily");

        var strike = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);

        Assert.Null(strike.Side);
    }

    [Fact]
    public void Process_CivilianWithNoSide_KeepsNoSide()
    {
        var doc = Docs.Text("The 47th Mechanized Brigade said its soldiers had repelled four assaults. Olena Kravets, who runs a shop near the market, said a fuel truck was hit by a drone on Monday.", outlet: "Frontline Daily");

        var strike = Assert.Single(Docs.ClaimsOf(doc), c => c.Kind == ClaimKind.Strike);

        Assert.Null(strike.Side);
    }
}
